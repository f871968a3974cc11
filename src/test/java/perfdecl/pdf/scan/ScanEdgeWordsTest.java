package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;

class ScanEdgeWordsTest {

    private static final int WIDTH = 1240, HEIGHT = 1754;

    /** The words' notes on a page whose ink is each word's box filled in. */
    private static List<ReaderNote> notes(int[] strips, OcrWord... words) {
        return notes(inked(List.of(words).stream().map(OcrWord::box).toArray(Box[]::new)), strips, words);
    }

    private static List<ReaderNote> notes(ScanRaster ink, int[] strips, OcrWord... words) {
        List<ReaderNote> notes = new ArrayList<>();
        ScanEdgeWords.note(List.of(words), ink, new AffineTransform(), strips, 1.0, 2, notes);
        return notes;
    }

    /** A page with the given boxes solid ink and paper elsewhere. */
    private static ScanRaster inked(Box... boxes) {
        boolean[] dark = new boolean[WIDTH * HEIGHT];
        for (Box b : boxes) {
            for (int y = (int) b.y(); y < Math.min(HEIGHT, b.bottom()); y++) {
                for (int x = (int) b.x(); x < Math.min(WIDTH, b.right()); x++) {
                    dark[y * WIDTH + x] = true;
                }
            }
        }
        return new ScanRaster(dark, WIDTH, HEIGHT, 1.0);
    }

    /** An amount printed at 10 pt with its first digit at {@code x}, on a page {@code width} px wide, 60 high. */
    private static ScanRaster printed(String amount, int x, int width) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.HEI)).deriveFont(21f);
        return new ScanRaster(ScanDrawing.image(width, 60, g -> {
            g.setFont(font);
            g.drawString(amount, x, 38);
        }), ScanDrawing.SCALE);
    }

    @Test
    void anAmountRunningToTheImagesRightEdgeIsSaidDoubtfulWhereItStands() {
        Box cut = new Box(1170, 600, 68, 18);
        List<ReaderNote> notes = notes(new int[4], new OcrWord("148000", cut, 0.98),
                new OcrWord("1650000", new Box(1100, 640, 60, 18), 0.99));
        assertThat(notes).extracting(ReaderNote::code).containsExactly("VALUE_UNCERTAIN");
        assertThat(notes.get(0).box()).isEqualTo(cut);
        assertThat(notes.get(0).page()).isEqualTo(2);
        assertThat(notes.get(0).message()).contains("\"148000\"", "right edge");
    }

    @Test
    void anAmountWhoseLeadingDigitsRanPastTheLeftEdgeIsSaidDoubtful() {
        List<ReaderNote> notes = notes(new int[4], new OcrWord("80000", new Box(1, 600, 50, 18), 0.97));
        assertThat(notes).extracting(ReaderNote::message).singleElement().asString().contains("left edge");
    }

    @Test
    void aNumberReadCharacterByCharacterIsJoinedBeforeItsEndIsMeasured() {
        // PP-OCR places each character on its own ink: "148000" as six words, only the last at the edge
        OcrWord[] characters = new OcrWord[6];
        for (int i = 0; i < 6; i++) {
            characters[i] = new OcrWord("148000".substring(i, i + 1), new Box(1180 + 10 * i, 600, 9, 18), 0.99);
        }
        List<ReaderNote> notes = notes(new int[4], characters);
        assertThat(notes).extracting(ReaderNote::message).singleElement().asString().contains("\"148000\"");
        assertThat(notes.get(0).box()).isEqualTo(new Box(1180, 600, 59, 18));
    }

    @Test
    void anAmountCutAcrossByTheImagesFootIsSaidDoubtful() {
        List<ReaderNote> notes = notes(new int[4], new OcrWord("240,6", new Box(1000, 1740, 48, 13), 0.81));
        assertThat(notes).extracting(ReaderNote::message).singleElement().asString().contains("bottom edge");
    }

    @Test
    void anAmountAtTheEdgeOfAStripClearedAlongTheImageIsSaidDoubtful() {
        // a dark lid strip 40 pixels wide was cleared along the right side: the paper ends there
        List<ReaderNote> notes = notes(new int[] {0, 0, 40, 0},
                new OcrWord("3860000", new Box(1140, 600, 58, 18), 0.99));
        assertThat(notes).hasSize(1);
    }

    @Test
    void aWholeAmountWhoseBoxReachesTheEdgeWithPaperBetweenItsInkAndTheEdgeIsLeft() {
        // the recogniser's box runs a few pixels past the last digit, into the edge's last pixels; the ink stops
        // 8 pixels short of the edge
        Box box = new Box(1170, 600, 67, 18);
        assertThat(notes(inked(new Box(1172, 602, 58, 14)), new int[4], new OcrWord("1480000", box, 0.99))).isEmpty();
        assertThat(notes(inked(new Box(1172, 602, 68, 14)), new int[4], new OcrWord("148000", box, 0.99)))
                .hasSize(1);
    }

    @Test
    void aPrintedAmountIsSaidDoubtfulOnlyWhereTheEdgeCutsItsDigits() throws Exception {
        // "1480000" drawn from x = 10 has ink from x = 12 to 99: a page 110 px wide ends 10 px past it, one 96 px
        // wide cuts its last zero; the recogniser's box on either runs to the page's last pixels
        ScanRaster clear = printed("1480000", 10, 110), cut = printed("1480000", 10, 96);
        List<ReaderNote> onClear = new ArrayList<>(), onCut = new ArrayList<>();
        ScanEdgeWords.note(List.of(new OcrWord("1480000", new Box(10, 20, 98, 20), 0.99)), clear,
                new AffineTransform(), new int[4], 1.0, 1, onClear);
        ScanEdgeWords.note(List.of(new OcrWord("148000", new Box(10, 20, 86, 20), 0.99)), cut,
                new AffineTransform(), new int[4], 1.0, 1, onCut);
        assertThat(onClear).isEmpty();
        assertThat(onCut).extracting(ReaderNote::message).singleElement().asString().contains("\"148000\"",
                "right edge");
    }

    @Test
    void wordsAtTheEdgeThatAreNoNumbersOrHoldTheirEdgeInTheMiddleAreLeft() {
        List<ReaderNote> notes = notes(new int[4], new OcrWord("预算金额（元）", new Box(1150, 600, 88, 18), 0.99),
                new OcrWord("5600", new Box(1236, 700, 4, 18), 0.99),
                new OcrWord("2352000", new Box(1100, 600, 120, 18), 0.99));
        assertThat(notes).isEmpty();
    }
}
