package perfdecl.pdf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.grid.SourceDocument;
import perfdecl.pdf.Fixtures;
import perfdecl.pdf.PdfGridReader;

/**
 * A path operator with too few operands, or operands of the wrong type, is skipped as PDFBox's own operator
 * processors skip it: the rest of the page, and the file, read as if it were not there.
 */
class MalformedOperatorsTest {

    /** Each of the collector's numeric operators, short of operands or given a name, a string or an array. */
    private static final String MALFORMED = String.join("\n",
            "/Name 60 60 10 re S", "60 60 re S", "re S", "60 (x) 10 10 re f",
            "(a) 5 m (b) 6 l S", "5 m 6 l S", "/P 10 l S",
            "1 2 3 c S", "1 2 3 4 5 [6] c S", "1 2 v S", "1 2 (x) 4 v S", "1 2 3 y S", "/Y 2 3 4 y S", "");

    private static final String RULINGS = "0.5 w 50 700 m 300 700 l S 50 600 200 50 re S 40 500 8 8 re S";
    private static final String TEXT = "BT /F1 12 Tf 100 400 Td (Budget 2019) Tj ET";

    @Test
    void malformedPathOperatorsAreSkippedAndTheRestOfThePageIsRead() throws Exception {
        PageContent clean = collect(RULINGS + "\n" + TEXT);
        // malformed operators before, between and after the good ones
        PageContent malformed = collect(MALFORMED + "0.5 w 50 700 m 300 700 l S\n" + MALFORMED
                + "50 600 200 50 re S 40 500 8 8 re S\n" + MALFORMED + TEXT + "\n" + MALFORMED);

        assertThat(clean.segments()).as("the clean page's rulings").hasSizeGreaterThanOrEqualTo(5);
        assertThat(clean.glyphs()).as("the clean page's text and checkbox").isNotEmpty();
        assertThat(malformed.segments()).isEqualTo(clean.segments());
        assertThat(malformed.glyphs()).isEqualTo(clean.glyphs());
    }

    @Test
    void aFormWithMalformedOperatorsOnEveryPageReadsAsWithout(@TempDir Path dir) throws Exception {
        Path damaged = dir.resolve("malformed.pdf");
        try (PDDocument doc = PDDocument.load(Fixtures.input("pdf-form-1").toFile())) {
            for (PDPage page : doc.getPages()) {
                List<PDStream> streams = new ArrayList<>();
                streams.add(stream(doc, MALFORMED));
                for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
                    streams.add(it.next());
                }
                streams.add(stream(doc, "\n" + MALFORMED));
                page.setContents(streams);
            }
            doc.save(damaged.toFile());
        }
        PdfGridReader reader = new PdfGridReader();
        SourceDocument original = reader.read(Fixtures.input("pdf-form-1"));

        SourceDocument read = reader.read(damaged);

        assertThat(original.forms()).isNotEmpty();
        assertThat(read.forms()).isEqualTo(original.forms());
    }

    private static PageContent collect(String content) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), PDType1Font.HELVETICA);
            page.setResources(resources);
            page.setContents(stream(doc, content));
            doc.addPage(page);
            PageContentCollector collector = new PageContentCollector();
            collector.getText(doc);
            return collector.pages().get(0);
        }
    }

    private static PDStream stream(PDDocument doc, String content) throws Exception {
        return new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)));
    }
}
