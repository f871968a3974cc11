package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;

class ScanWordHeightsTest {

    /** A 200 × 100 px page at scale 1 (pixels are points) with ink in the given rectangles {x0, y0, x1, y1}. */
    private static ScanRaster page(int[]... inked) {
        int w = 200, h = 100;
        boolean[] dark = new boolean[w * h];
        for (int[] r : inked) {
            for (int y = r[1]; y < r[3]; y++) {
                for (int x = r[0]; x < r[2]; x++) {
                    dark[y * w + x] = true;
                }
            }
        }
        return new ScanRaster(dark, w, h, 1);
    }

    private static List<OcrWord> withBodyWords(OcrWord word) {
        List<OcrWord> words = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            words.add(new OcrWord("字", new Box(150, 10 + 12 * i, 10, 10), 0.9));
        }
        words.add(word);
        return words;
    }

    @Test
    void aWordGivenTheHeightOfTwoLinesIsFittedToTheLineWithMostInk() {
        ScanRaster raster = page(new int[] {10, 20, 60, 30}, new int[] {10, 40, 20, 50});
        List<OcrWord> fitted = ScanWordHeights.fit(withBodyWords(new OcrWord("投入和管理", new Box(10, 18, 50, 34),
                0.9)), raster);
        Box b = fitted.get(5).box();
        assertThat(b.height()).isEqualTo(10.0);
        assertThat(b.y()).isEqualTo(20.0);
        assertThat(fitted.get(5).text()).isEqualTo("投入和管理");
        assertThat(fitted.subList(0, 5)).isEqualTo(withBodyWords(fitted.get(5)).subList(0, 5));
    }

    @Test
    void aWordSetLargerThatFillsItsBoxKeepsIt() {
        ScanRaster raster = page(new int[] {10, 20, 90, 45});
        OcrWord title = new OcrWord("申报表", new Box(10, 19, 80, 27), 0.9);
        assertThat(ScanWordHeights.fit(withBodyWords(title), raster).get(5)).isEqualTo(title);
    }
}
