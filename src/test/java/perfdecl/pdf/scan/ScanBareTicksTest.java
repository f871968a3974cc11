package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;

class ScanBareTicksTest {

    /** Pixels at scale 2: OCR words are in page points, half the pixel coordinates. */
    private static final int W = 300, H = 60;

    private static void square(boolean[] dark, int x, int y, int side) {
        for (int i = 0; i < side; i++) {
            dark[y * W + x + i] = dark[(y + side - 1) * W + x + i] = true;
            dark[(y + i) * W + x] = dark[(y + i) * W + x + side - 1] = true;
        }
    }

    /** A ✓ in a 16 px square at (x, y): a short arm down to a vertex left of the middle, a long arm up right. */
    private static void tick(boolean[] dark, int x, int y) {
        for (int i = 0; i < 6; i++) {
            for (int t = 0; t < 2; t++) {
                dark[(y + 9 + i) * W + x + i + t] = true;
            }
        }
        for (int i = 0; i < 15; i++) {
            for (int t = 0; t < 2; t++) {
                dark[(y + 15 - i) * W + x + 5 + (i * 10) / 14 + t] = true;
            }
        }
    }

    private static List<ScanCheckboxes.Found> emptyBoxes(boolean[] dark) {
        square(dark, 20, 20, 18);
        square(dark, 120, 20, 18);
        ScanRaster r = new ScanRaster(dark, W, H, 2);
        return ScanCheckboxes.find(r);
    }

    @Test
    void aBareTickOnALineOfEmptyBoxesCountsAsATickedBox() {
        boolean[] dark = new boolean[W * H];
        tick(dark, 220, 21);
        List<ScanCheckboxes.Found> boxes = emptyBoxes(dark);
        assertThat(boxes).hasSize(2);
        List<ScanCheckboxes.Found> withTicks = ScanBareTicks.add(boxes, new ScanRaster(dark, W, H, 2), List.of(
                new OcrWord("”", new Box(110, 10, 9, 9), 0.5)));
        assertThat(withTicks).hasSize(3);
        ScanCheckboxes.Found t = withTicks.get(2);
        assertThat(t.checked()).isTrue();
        assertThat(t.x()).isBetween(219, 222);
        assertThat(t.confidence()).isBetween(0.8, 0.9);
    }

    @Test
    void aTickShapeThatOcrReadSurelyAsACharacterIsLeftToTheText() {
        boolean[] dark = new boolean[W * H];
        tick(dark, 220, 21);
        List<ScanCheckboxes.Found> boxes = emptyBoxes(dark);
        List<ScanCheckboxes.Found> withTicks = ScanBareTicks.add(boxes, new ScanRaster(dark, W, H, 2), List.of(
                new OcrWord("以", new Box(110, 10, 9, 9), 0.95)));
        assertThat(withTicks).isEqualTo(boxes);
    }

    @Test
    void withoutOptionBoxesNothingIsTakenForATick() {
        boolean[] dark = new boolean[W * H];
        tick(dark, 220, 21);
        ScanRaster r = new ScanRaster(dark, W, H, 2);
        assertThat(ScanBareTicks.add(new ArrayList<>(), r, List.of())).isEmpty();
    }
    @Test
    void aPageWithABoxTickedInsideHasNoBareTicks() {
        boolean[] dark = new boolean[W * H];
        tick(dark, 220, 21);
        List<ScanCheckboxes.Found> boxes = new ArrayList<>(emptyBoxes(dark));
        boxes.add(new ScanCheckboxes.Found(170, 20, 18, 18, 0.3, false));
        assertThat(ScanBareTicks.add(boxes, new ScanRaster(dark, W, H, 2), List.of())).isEqualTo(boxes);
    }

    @Test
    void aTickedLookingSquareInAParagraphBelowTheOptionsDoesNotHideTheirBareTicks() {
        int tall = 150;
        boolean[] dark = new boolean[W * tall];
        tick(dark, 220, 21);
        List<ScanCheckboxes.Found> boxes = new ArrayList<>(emptyBoxes(dark));
        // a character's enclosed square read crisply as a ticked box, five lines below the option line
        boxes.add(new ScanCheckboxes.Found(170, 120, 16, 16, 0.64, false, true));
        List<ScanCheckboxes.Found> withTicks = ScanBareTicks.add(boxes, new ScanRaster(dark, W, tall, 2), List.of());
        assertThat(withTicks).hasSize(4);
        assertThat(withTicks.get(3).checked()).isTrue();
        assertThat(withTicks.get(3).x()).isBetween(219, 222);
    }
}
