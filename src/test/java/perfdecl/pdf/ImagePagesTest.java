package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Bundles;
import perfdecl.fixtures.gen.FontSet;
import perfdecl.grid.FormTitles;
import perfdecl.pdf.scan.ScanTextLayer;

class ImagePagesTest {

    @TempDir
    Path dir;

    @Test
    void aGlossaryPageAfterTheLastScannedFormEndsThatFormAndIsSkipped() throws Exception {
        Path bundle = dir.resolve("bundle.pdf");
        int formPages;
        try (Bundles b = new Bundles()) {
            b.form("scan-form-1");
            formPages = b.pages();
            b.write(bundle);
        }
        Path withGlossary = dir.resolve("with-glossary.pdf");
        try (PDDocument doc = PDDocument.load(bundle.toFile()); FontSet fonts = new FontSet(doc)) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // a budget disclosure's glossary, its heading over one framed entry
                show(cs, fonts, 16, 265, 760, "名词解释");
                show(cs, fonts, 10.5f, 80, 720, "1.财政拨款收入：指本级财政当年拨付的资金。2.事业收入：指事业单位开展专业业务活动取得的收入。");
                cs.addRect(72, 700, 450, 40);
                cs.stroke();
            }
            doc.save(withGlossary.toFile());
        }
        int pages = formPages + 1;
        ImagePages.Plan plan = new ImagePages.Plan(pages, Map.of(), false, List.of(),
                OcrEngine.named(OcrEngine.NONE), FormTitles.SH_2019);
        RecordingListener read = new RecordingListener();
        try (PDDocument doc = PDDocument.load(withGlossary.toFile())) {
            new ImagePages(plan, new PDFRenderer(doc), p -> PagedReading.layerOf(new ScanTextLayer(), doc, p), read)
                    .read(1, pages);
        }

        assertThat(read.forms).singleElement().satisfies(f -> {
            assertThat(f.lastPage()).isEqualTo(formPages);
            assertThat(f.rows()).noneMatch(r -> r.filled().stream().anyMatch(c -> c.text().contains("名词解释")));
        });
        assertThat(read.events).contains("skipped " + pages);
    }

    private static void show(PDPageContentStream cs, FontSet fonts, float size, float x, float y, String text)
            throws java.io.IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (FontSet.Run run : fonts.runs(text)) {
            cs.setFont(run.font(), size);
            cs.showText(run.text());
        }
        cs.endText();
    }
}
