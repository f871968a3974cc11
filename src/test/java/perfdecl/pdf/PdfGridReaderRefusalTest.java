package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.HostilePdfs;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;

class PdfGridReaderRefusalTest {

    private final PdfGridReader reader = new PdfGridReader();

    @TempDir
    Path dir;

    @Test
    void userPasswordIsRefused() throws Exception {
        Path pdf = HostilePdfs.userPassword(dir);
        assertThatThrownBy(() -> reader.read(pdf)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("encrypted with a user password");
    }

    @Test
    void ownerPasswordOnlyExtractsNormally() throws Exception {
        SourceDocument doc = reader.read(HostilePdfs.ownerPasswordOnly(dir));
        assertThat(doc.forms()).hasSize(1);
        assertThat(PdfGridReaderFixturesTest.rowStartingWith(doc.forms().get(0), "项目名称").cells().get(1).text())
                .isEqualTo("12333热线全媒体智能咨询平台项目经费");
    }

    @Test
    void aPageWithoutTextIsReadByTheDefaultEngineAndRefusedWhenItHoldsNoForm() throws Exception {
        Path out = imageOnlyPage();
        // an image that does not fill the page is no scan, but nothing else on the page can be read either
        assertThatThrownBy(() -> reader.read(out)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("not a declaration form: title 上海市财政支出项目绩效目标申报表 not found in the OCR text of the scan");
    }

    @Test
    void aPageWithoutTextIsRefusedNamingTheEngineToChooseWhenOcrIsOff() throws Exception {
        Path out = imageOnlyPage();
        PdfGridReader noOcr = new PdfGridReader(PdfLimits.STANDARD, OcrEngine.named(OcrEngine.NONE));
        assertThatThrownBy(() -> noOcr.read(out)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("no text on its pages (an image, or characters drawn as outlines); OCR is turned off"
                        + " (--ocr none); choose --ocr ppocr to OCR it");
    }

    private Path imageOnlyPage() throws Exception {
        Path out = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 50, 400, 400);
            }
            doc.save(out.toFile());
        }
        return out;
    }

    @Test
    void textPdfWithoutTheTitleIsNotADeclaration() throws Exception {
        Path out = HostilePdfs.notADeclaration(dir);
        assertThatThrownBy(() -> reader.read(out)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("not a declaration form: title 上海市财政支出项目绩效目标申报表 not found");
    }

    @Test
    void nonPdfIsRefusedAndNotAccepted() throws Exception {
        Path txt = dir.resolve("form.pdf");
        Files.writeString(txt, "上海市财政支出项目绩效目标申报表\n", StandardCharsets.UTF_8);
        assertThat(reader.accepts(txt, Files.readAllBytes(txt))).isFalse();
        assertThat(reader.accepts(Fixtures.input("pdf-form-1"), "%PDF-1.6\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThatThrownBy(() -> reader.read(txt)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("not a PDF");
    }

    @Test
    void truncatedPdfGivesOneLineReason() throws Exception {
        Path broken = dir.resolve("broken.pdf");
        Files.write(broken, "%PDF-1.6\n1 0 obj\n<<".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(UnreadableInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }
}
