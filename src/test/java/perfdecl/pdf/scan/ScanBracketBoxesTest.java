package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScanBracketBoxesTest {

    private static final int W = 600, H = 80;

    /** A bracket 20 px tall, its upright stroke at {@code x}, its 4 px end strokes turned {@code facing}. */
    private static void bracket(boolean[] dark, int x, int y, int facing) {
        for (int i = 0; i < 20; i++) {
            dark[(y + i) * W + x] = true;
        }
        for (int i = 1; i <= 4; i++) {
            dark[y * W + x + facing * i] = dark[(y + 19) * W + x + facing * i] = true;
        }
    }

    /** "[ ]" with its brackets {@code gap} px apart inside, at (x, y). */
    private static int pair(boolean[] dark, int x, int y, int gap) {
        bracket(dark, x, y, 1);
        bracket(dark, x + gap + 1, y, -1);
        return x + gap + 1;
    }

    /** A ✓ 12 px high at (x, y): a short arm down to a vertex, a long arm up right. */
    private static void tick(boolean[] dark, int x, int y) {
        for (int i = 0; i < 4; i++) {
            dark[(y + 8 + i) * W + x + i] = true;
        }
        for (int i = 0; i < 12; i++) {
            dark[(y + 11 - i) * W + x + 3 + (i * 7) / 11] = true;
        }
    }

    private static List<ScanCheckboxes.Found> found(boolean[] dark) {
        return ScanBracketBoxes.find(new ScanRaster(dark, W, H, ScanDrawing.SCALE)).stream()
                .sorted(Comparator.comparingInt(ScanCheckboxes.Found::x)).toList();
    }

    @Test
    void emptyBracketPairsBesideOptionsAreEmptyBoxes() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        pair(dark, 400, 30, 22);
        List<ScanCheckboxes.Found> boxes = found(dark);
        assertThat(boxes).hasSize(3);
        assertThat(boxes).allSatisfy(b -> {
            assertThat(b.checked()).isFalse();
            assertThat(b.confidence()).isEqualTo(1.0);
            assertThat(b.height()).isEqualTo(20);
        });
        assertThat(boxes.get(0).x()).isEqualTo(20);
        assertThat(boxes.get(0).width()).isEqualTo(24);
    }

    @Test
    void aTickBetweenBracketsIsASurelyTickedBox() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        pair(dark, 400, 30, 26);
        tick(dark, 409, 34);
        List<ScanCheckboxes.Found> boxes = found(dark);
        assertThat(boxes).hasSize(3);
        assertThat(boxes.get(2).x()).isEqualTo(400);
        assertThat(boxes.get(2).checked()).isTrue();
        assertThat(boxes.get(2).confidence()).isEqualTo(1.0);
        assertThat(boxes.get(0).checked()).isFalse();
    }

    @Test
    void inkBetweenBracketsThatIsNoTickIsTickedUnsurely() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        pair(dark, 400, 30, 22);
        // a blot in one corner with a tail: a smudge, neither tick nor cross nor fill
        for (int y = 34; y < 40; y++) {
            for (int x = 407; x < 413; x++) {
                dark[y * W + x] = true;
            }
        }
        for (int i = 0; i < 6; i++) {
            dark[(40 + i) * W + 413 + i / 2] = true;
        }
        List<ScanCheckboxes.Found> boxes = found(dark);
        assertThat(boxes).hasSize(3);
        assertThat(boxes.get(2).checked()).isTrue();
        assertThat(boxes.get(2).confidence()).isLessThan(ScanBoxOrCharacter.SURE);
    }

    @Test
    void aCitationsBracketsStandTooFarApartForABox() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        // "[2015]": four digits between, wider than a box
        pair(dark, 400, 30, 50);
        for (int d = 0; d < 4; d++) {
            for (int y = 33; y < 47; y++) {
                dark[y * W + 406 + d * 10] = dark[y * W + 411 + d * 10] = true;
            }
        }
        assertThat(found(dark)).extracting(ScanCheckboxes.Found::x).containsExactly(20, 200);
    }

    @Test
    void aCharactersUprightStrokeBetweenBracketsIsNoTick() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        // "[1]" as a box would be: the 1's stroke runs down the whole of it
        pair(dark, 400, 30, 22);
        for (int y = 33; y < 47; y++) {
            dark[y * W + 411] = true;
        }
        assertThat(found(dark)).extracting(ScanCheckboxes.Found::x).containsExactly(20, 200);
    }

    @Test
    void aPageWithOneBracketPairPrintsNoSuchBoxes() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 26);
        tick(dark, 209, 34);
        assertThat(found(dark)).isEmpty();
    }

    @Test
    void uprightStrokesWithoutEndsTurnedInwardAreNoPair() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        // "| |", or 1 and l set apart: nothing says they face each other
        bracket(dark, 400, 30, 0);
        bracket(dark, 423, 30, 0);
        // "] [": facing away from each other
        bracket(dark, 480, 30, -1);
        bracket(dark, 503, 30, 1);
        List<ScanCheckboxes.Found> boxes = found(dark);
        assertThat(boxes).extracting(ScanCheckboxes.Found::x).contains(20, 200).doesNotContain(400, 476);
        // each of "] [" stands for a box of its own on its open side, read at a pen ring's confidence
        assertThat(boxes).filteredOn(b -> b.x() > 400).extracting(ScanCheckboxes.Found::x).containsExactly(457, 503);
        assertThat(boxes).filteredOn(b -> b.x() > 400).allSatisfy(b -> {
            assertThat(b.checked()).isFalse();
            assertThat(b.confidence()).isCloseTo(ScanCheckboxes.PEN_CONFIDENCE, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void aLoneBracketWithInkOnItsOpenSideIsNoBox() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        // "[" whose partner is lost, a tick after it: which box the tick is in is not known
        bracket(dark, 400, 30, 1);
        tick(dark, 407, 34);
        assertThat(found(dark)).extracting(ScanCheckboxes.Found::x).containsExactly(20, 200);
    }

    @Test
    void aLoneBracketBesideARingsStrokeStandsForAnEmptyBox() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        // "]" whose "[" a pen's ring joined to its stroke: the ring's arc passes through the box
        bracket(dark, 423, 30, -1);
        for (int x = 300; x < 560; x++) {
            int y = 50 + (int) Math.round(25 * Math.sqrt(Math.max(0, 1 - Math.pow((x - 430) / 130.0, 2))));
            dark[Math.min(H - 1, y) * W + x] = true;
            dark[Math.max(0, 100 - y) * W + x] = true;
        }
        for (int y = 25; y <= 75; y++) {
            dark[y * W + 405] = true;
        }
        List<ScanCheckboxes.Found> boxes = found(dark);
        assertThat(boxes).extracting(ScanCheckboxes.Found::x).containsExactly(20, 200, 400);
        assertThat(boxes.get(2).checked()).isFalse();
    }

    @Test
    void onesOfANumberWithAFlagAtTheirTopOnlyAreNoBrackets() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        // "1 1": each stroke's top flag turned left or right, its foot plain
        for (int k = 0; k < 2; k++) {
            int x = 400 + 23 * k;
            for (int i = 0; i < 20; i++) {
                dark[(30 + i) * W + x] = true;
            }
            for (int i = 1; i <= 4; i++) {
                dark[30 * W + x + (k == 0 ? i : -i)] = true;
            }
        }
        assertThat(found(dark)).extracting(ScanCheckboxes.Found::x).containsExactly(20, 200);
    }

    @Test
    void aBracketFacingTheOtherWhoseEndsBlurredOffStillMakesAPair() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        bracket(dark, 200, 30, 1);
        bracket(dark, 223, 30, 0);
        assertThat(found(dark)).extracting(ScanCheckboxes.Found::x).containsExactly(20, 200);
    }

    @Test
    void parenthesesAreNoBrackets() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 20, 30, 22);
        pair(dark, 200, 30, 22);
        // "( )": each stroke bows out in its middle
        for (int i = 0; i < 20; i++) {
            int bow = i > 4 && i < 15 ? 0 : i > 2 && i < 17 ? 1 : 2;
            dark[(30 + i) * W + 400 + bow] = true;
            dark[(30 + i) * W + 423 - bow] = true;
        }
        assertThat(found(dark)).extracting(ScanCheckboxes.Found::x).containsExactly(20, 200);
    }

    @Test
    void aMarkedPairLeftOfEveryEmptyOneIsACharacterInTheLabelColumn() {
        boolean[] dark = new boolean[W * H];
        pair(dark, 200, 30, 22);
        pair(dark, 400, 30, 22);
        pair(dark, 20, 30, 26);
        tick(dark, 29, 34);
        assertThat(found(dark)).extracting(ScanCheckboxes.Found::x).containsExactly(200, 400);
    }

    @Test
    void bracketsTypedInASongFaceAreFoundWithTheirTick() throws Exception {
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.SONG, "[ ]新增项目 [ ]结转项目 [√]其他项目", 560);
        List<ScanCheckboxes.Found> boxes = ScanBracketBoxes.find(r).stream()
                .sorted(Comparator.comparingInt(ScanCheckboxes.Found::x)).toList();
        assertThat(boxes).hasSize(3);
        assertThat(boxes).extracting(ScanCheckboxes.Found::checked).containsExactly(false, false, true);
    }

    @Test
    void citationsInTextAreNoBoxes() throws Exception {
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.SONG, "沪财教[2015]44号 见[1]第三条 [ ] [ ]", 560);
        // the two empty pairs at the line's end only
        assertThat(ScanBracketBoxes.find(r)).hasSize(2).allSatisfy(b -> {
            assertThat(b.checked()).isFalse();
            assertThat(b.x()).isGreaterThan(300);
        });
    }
}
