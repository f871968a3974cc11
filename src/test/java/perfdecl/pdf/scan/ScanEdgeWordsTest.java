package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;

class ScanEdgeWordsTest {

    private static final int WIDTH = 1240, HEIGHT = 1754;

    private static List<ReaderNote> notes(int[] strips, OcrWord... words) {
        List<ReaderNote> notes = new ArrayList<>();
        ScanEdgeWords.note(List.of(words), WIDTH, HEIGHT, new AffineTransform(), strips, 1.0, 2, notes);
        return notes;
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
    void wordsAtTheEdgeThatAreNoNumbersOrHoldTheirEdgeInTheMiddleAreLeft() {
        List<ReaderNote> notes = notes(new int[4], new OcrWord("预算金额（元）", new Box(1150, 600, 88, 18), 0.99),
                new OcrWord("5600", new Box(1236, 700, 4, 18), 0.99),
                new OcrWord("2352000", new Box(1100, 600, 120, 18), 0.99));
        assertThat(notes).isEmpty();
    }
}
