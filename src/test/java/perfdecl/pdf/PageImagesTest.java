package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A page is said to paint no image only when neither an image it reaches nor an inline image in its content or
 * its forms' content could be drawn; what merely looks like one (the letters BI in a word) is no image.
 */
class PageImagesTest {

    private final PDDocument doc = new PDDocument();

    @AfterEach
    void close() throws IOException {
        doc.close();
    }

    @Test
    void aPageOfTextPaintsNoImageAndTheLettersBIInAWordAreNoInlineImage() {
        assertThat(new PageImages().mayPaint(page("BT /F1 12 Tf 72 700 Td (HABIT BIN OBI) Tj ET", null)))
                .isFalse();
    }

    @Test
    void anImageTheResourcesHoldMayBePainted() {
        COSStream image = stream("\u0080");
        image.setItem(COSName.SUBTYPE, COSName.IMAGE);
        assertThat(new PageImages().mayPaint(page("q 10 0 0 10 0 0 cm /X0 Do Q", image))).isTrue();
    }

    @Test
    void anInlineImageInThePageOrInAFormItDrawsMayBePainted() {
        String inline = "q 10 0 0 10 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \u0080 EI Q";
        assertThat(new PageImages().mayPaint(page(inline, null))).isTrue();
        COSStream form = stream(inline);
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        assertThat(new PageImages().mayPaint(page("/X0 Do", form))).isTrue();
        // at the very end of a stream, too
        assertThat(new PageImages().mayPaint(page("q BI", null))).isTrue();
    }

    /** A page drawing {@code content}, its resources holding {@code xobject} as X0 (null: none). */
    private PDPage page(String content, COSStream xobject) {
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources resources = new PDResources();
        if (xobject != null) {
            COSDictionary xobjects = new COSDictionary();
            xobjects.setItem(COSName.getPDFName("X0"), xobject);
            resources.getCOSObject().setItem(COSName.XOBJECT, xobjects);
        }
        page.setResources(resources);
        page.getCOSObject().setItem(COSName.CONTENTS, stream(content));
        doc.addPage(page);
        return page;
    }

    private COSStream stream(String content) {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return stream;
    }
}
