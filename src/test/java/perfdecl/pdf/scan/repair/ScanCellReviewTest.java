package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;
import perfdecl.pdf.scan.OcrWord;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.ScanRaster;
import perfdecl.pdf.scan.TesseractOcr;

class ScanCellReviewTest {

    private static final Box CELL = new Box(0, 0, 260 / ScanDrawing.SCALE, 44 / ScanDrawing.SCALE);

    /** One table row of one cell showing 预算执行率, which the page's OCR read as {@code read} with {@code confidence}. */
    private static ScanCellReview.Reviewed review(String read, double confidence) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        BufferedImage image = ScanDrawing.image(260, 44, g -> {
            g.setFont(font);
            g.drawString("预算执行率", 30, 30);
        });
        Box text = new Box(30 / ScanDrawing.SCALE, 8 / ScanDrawing.SCALE, 110 / ScanDrawing.SCALE,
                26 / ScanDrawing.SCALE);
        CellContent content = new CellContent(read, List.of(Token.text(read, 0, text)), text);
        List<LayoutRow> rows = List.of(new LayoutRow(1, 0, true, true, true,
                List.of(new LayoutCell(CELL, content, false, false))));
        List<OcrWord> words = List.of(new OcrWord(read, text, confidence));
        List<ReaderNote> notes = new ArrayList<>();
        return ScanCellReview.review(rows, 1, words, Map.of(), notes, image,
                new ScanRaster(image, ScanDrawing.SCALE), 5, true, TesseractOcr.INSTANCE);
    }

    @Test
    void aStraightQuoteClosingACurlyOneIsMadeCurlyThoughTheCellHoldsAMark() {
        Box left = new Box(10, 10, 60, 12);
        Box mark = new Box(72, 10, 10, 12);
        Box right = new Box(84, 10, 120, 12);
        CellContent read = new CellContent("区属中小学“智慧校园\"5G网络覆盖项目", List.of(
                Token.text("区属中小学“智慧校园", 0, left), Token.mark(true, "pixels ink=0.53", 0, mark, 0.9),
                Token.text("\"5G网络覆盖项目", 0, right)), new Box(10, 10, 194, 12));

        CellContent paired = ScanCellReview.quotesPaired(read, ScanCjkText.pairQuotes(read.text()));

        assertThat(paired.text()).isEqualTo("区属中小学“智慧校园”5G网络覆盖项目");
        assertThat(paired.tokens()).extracting(Token::text)
                .containsExactly("区属中小学“智慧校园", "pixels ink=0.53", "”5G网络覆盖项目");
        assertThat(paired.tokens().get(1).isMark()).isTrue();
        assertThat(paired.tokens()).extracting(Token::box).containsExactly(left, mark, right);
    }

    @Test
    void aShortCellReadJustAboveTheUncertaintyLineIsReadAgain() throws Exception {
        assumeTrue(TesseractOcr.INSTANCE.available(), "tesseract with chi_sim is not installed");

        ScanCellReview.Reviewed reviewed = review("预算执行素", 0.62);

        assertThat(reviewed.rereads()).isEqualTo(1);
        assertThat(reviewed.rows().get(0).cells().get(0).text()).isEqualTo("预算执行率");
    }

    @Test
    void aShortCellReadSurelyIsLeftAlone() throws Exception {
        assumeTrue(TesseractOcr.INSTANCE.available(), "tesseract with chi_sim is not installed");

        ScanCellReview.Reviewed reviewed = review("预算执行素", 0.9);

        assertThat(reviewed.rereads()).isZero();
        assertThat(reviewed.rows().get(0).cells().get(0).text()).isEqualTo("预算执行素");
    }

    /** One amount cell showing {@code printed}, which the page's OCR read as {@code read}; no re-reads. */
    private static ScanCellReview.Reviewed amountCell(String printed, String read, List<ReaderNote> notes)
            throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        BufferedImage image = ScanDrawing.image(260, 44, g -> {
            g.setFont(font);
            g.drawString(printed, 30, 30);
        });
        Box text = new Box(30 / ScanDrawing.SCALE, 8 / ScanDrawing.SCALE, 200 / ScanDrawing.SCALE,
                26 / ScanDrawing.SCALE);
        CellContent content = new CellContent(read, List.of(Token.text(read, 0, text)), text);
        List<LayoutRow> rows = List.of(new LayoutRow(1, 0, true, true, true,
                List.of(new LayoutCell(CELL, content, false, false))));
        return ScanCellReview.review(rows, 1, List.of(new OcrWord(read, text, 0.95)), Map.of(), notes, image,
                new ScanRaster(image, ScanDrawing.SCALE), 0, true, TesseractOcr.INSTANCE);
    }

    @Test
    void anAmountReadTwiceOverOneAmountsInkIsReadOnceWithANote() throws Exception {
        List<ReaderNote> notes = new ArrayList<>();
        ScanCellReview.Reviewed reviewed = amountCell("860000", "860000860000", notes);

        assertThat(reviewed.rows().get(0).cells().get(0).text()).isEqualTo("860000");
        assertThat(reviewed.cellConfidence().get(CELL)).isGreaterThanOrEqualTo(Token.UNCERTAIN);
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("OCR_REPAIRED");
            assertThat(n.message()).contains("860000860000", "holds one amount");
        });
    }

    @Test
    void twoAmountsRunTogetherInOneCellAreReportedUncertainNotPassedSilently() throws Exception {
        List<ReaderNote> notes = new ArrayList<>();
        ScanCellReview.Reviewed reviewed = amountCell("860000         860000", "860000860000", notes);

        assertThat(reviewed.rows().get(0).cells().get(0).text()).isEqualTo("860000860000");
        assertThat(reviewed.cellConfidence().get(CELL)).isLessThan(Token.UNCERTAIN);
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("OCR_REREAD");
            assertThat(n.message()).contains("two runs of ink");
        });
    }
}
