package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReleasedDocumentTest {

    @Test
    void closingLetsGoOfEveryObjectTheDocumentParsed() throws Exception {
        PDDocument doc = PDDocument.load(Fixtures.input("pdf-form-1").toFile());
        List<COSObject> objects;
        try (ReleasedDocument released = new ReleasedDocument(doc)) {
            assertThat(new PDFTextStripper().getText(released.document())).contains("项目名称");
            objects = doc.getDocument().getObjects();
            assertThat(objects).isNotEmpty().anyMatch(o -> o.getObject() != null);
        }
        assertThat(doc.getDocument().isClosed()).isTrue();
        assertThat(objects).allMatch(o -> o.getObject() == null);
        assertThat(doc.getDocument().getTrailer().size()).isZero();
    }
}
