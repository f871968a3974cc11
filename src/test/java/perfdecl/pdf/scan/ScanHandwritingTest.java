package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;

class ScanHandwritingTest {

    private static final double S = ScanDrawing.SCALE;

    /** A 600 × 120 px page image drawn by {@code draw} in black on paper. */
    private static ScanRaster page(Consumer<Graphics2D> draw) {
        return new ScanRaster(ScanDrawing.image(600, 120, draw), S);
    }

    /** A word read over pixels (x, y, width, height). */
    private static OcrWord word(String text, int x, int y, int width, int height, double confidence) {
        return new OcrWord(text, new Box(x / S, y / S, width / S, height / S), confidence);
    }

    private static Font font() throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
    }

    /** A looping stroke as a signature runs, 270 px long and 40 px high, from (x, y). */
    private static void signature(Graphics2D g, int x, int y) {
        g.setStroke(new BasicStroke(2.5f));
        Path2D p = new Path2D.Double();
        p.moveTo(x, y + 20);
        for (int i = 1; i <= 200; i++) {
            double t = i / 200.0;
            p.lineTo(x + 270 * t + 12 * Math.sin(2 * Math.PI * 14 * t), y + 20 - 19 * Math.sin(2 * Math.PI * 6 * t));
        }
        g.draw(p);
    }

    @Test
    void aWordWrittenInColouredPenIsLeftOutAndSaidPrintCrossedByPenStaysEvenADigitScoredThrough() throws Exception {
        Font font = font();
        // the print image: coloured ink lightened away, only the printed label is left
        ScanRaster print = page(g -> {
            g.setFont(font);
            g.drawString("项目名称", 300, 60);
            g.drawString("5", 480, 60);
        });
        // the pen's ink alone: a note written at the left, a stroke across the printed label
        ScanRaster pen = page(g -> {
            g.setFont(font.deriveFont(28f));
            g.drawString("存档", 40, 60);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(290, 50, 400, 45);
            g.drawLine(470, 40, 500, 58);
            g.drawLine(470, 52, 500, 46);
        });
        List<ReaderNote> notes = new ArrayList<>();

        List<OcrWord> kept = ScanHandwriting.strip(List.of(word("存档", 36, 30, 64, 40, 0.95),
                word("项目名称", 296, 38, 90, 28, 0.98), word("5", 478, 40, 14, 24, 0.9)), print, pen, 2, notes);

        assertThat(kept).extracting(OcrWord::text).containsExactly("项目名称", "5");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(ScanHandwriting.CODE);
            assertThat(n.page()).isEqualTo(2);
            assertThat(n.message()).contains("存档", "coloured pen");
        });
    }

    @Test
    void anUnsureWordOverASignaturesScribbleIsLeftOutInAnyInk() {
        ScanRaster print = page(g -> signature(g, 100, 40));
        List<ReaderNote> notes = new ArrayList<>();

        List<OcrWord> kept = ScanHandwriting.strip(List.of(word("AC", 180, 40, 60, 40, 0.33)), print, null, 1,
                notes);

        assertThat(kept).isEmpty();
        assertThat(notes).singleElement().satisfies(n -> assertThat(n.message()).contains("AC", "scribble"));
    }

    @Test
    void printedCharactersAreNoScribbleAndASureWordStaysWhateverItsInk() throws Exception {
        Font font = font();
        ScanRaster print = page(g -> {
            g.setFont(font);
            g.drawString("服务对象满意度", 20, 60);
            signature(g, 300, 40);
        });
        List<ReaderNote> notes = new ArrayList<>();

        List<OcrWord> kept = ScanHandwriting.strip(List.of(word("服务对象满意度", 16, 38, 160, 28, 0.5),
                word("同意", 380, 40, 60, 40, 0.9)), print, null, 1, notes);

        assertThat(kept).extracting(OcrWord::text).containsExactly("服务对象满意度", "同意");
        assertThat(notes).isEmpty();
    }

    /** A date printed at (300, 60) with a signature's loops drawn across it, and each figure read as a word. */
    private static List<OcrWord> datePrintedUnderASignature(String date, List<ReaderNote> notes) throws Exception {
        Font font = font();
        ScanRaster print = page(g -> {
            g.setFont(font);
            g.drawString(date, 300, 60);
            signature(g, 290, 36);
        });
        List<OcrWord> read = new ArrayList<>();
        for (int i = 0; i < date.length(); i++) {
            read.add(word(date.substring(i, i + 1), 300 + 11 * i, 44, 11, 18, 0.55));
        }
        return ScanHandwriting.strip(read, print, null, 1, notes);
    }

    @Test
    void aPrintedDateASignatureRunsThroughStaysPrintWhereItsFiguresAreLeftOutAlone() throws Exception {
        List<ReaderNote> notes = new ArrayList<>();

        List<OcrWord> date = datePrintedUnderASignature("2021/12/31", notes);
        List<OcrWord> two = datePrintedUnderASignature("12", notes);

        assertThat(date).extracting(OcrWord::text).containsExactly("2", "0", "2", "1", "/", "1", "2", "/", "3", "1");
        // two figures alone are no run of print: as a scribble's reading they are left out
        assertThat(two).isEmpty();
        assertThat(notes).singleElement().satisfies(n -> assertThat(n.message()).contains("1 2", "scribble"));
    }

    @Test
    void figuresOfUnevenHeightsOverASignatureAreItsLoopsReadAsFigures() {
        ScanRaster print = page(g -> signature(g, 100, 40));
        List<ReaderNote> notes = new ArrayList<>();

        List<OcrWord> kept = ScanHandwriting.strip(List.of(word("1", 110, 40, 10, 40, 0.4),
                word("2", 122, 52, 12, 12, 0.4), word("7", 136, 44, 10, 30, 0.4), word("1", 148, 58, 8, 8, 0.4)),
                print, null, 1, notes);

        assertThat(kept).isEmpty();
        assertThat(notes).singleElement().satisfies(n -> assertThat(n.message()).contains("1 2 7 1", "scribble"));
    }
}
