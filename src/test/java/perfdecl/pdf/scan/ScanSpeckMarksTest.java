package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;

class ScanSpeckMarksTest {

    /** 2 px a point, 100 × 40 pt: a 1-bit copy read at 144 dpi. */
    private static final int W = 200, H = 80;

    /** A page holding one character (a 20 px square, points 5–15 across and down) and the given ink rectangles. */
    private static ScanRaster page(int[]... rects) {
        boolean[] dark = new boolean[W * H];
        fill(dark, 10, 10, 20, 2);
        fill(dark, 10, 28, 20, 2);
        fill(dark, 10, 10, 2, 20);
        fill(dark, 28, 10, 2, 20);
        for (int[] r : rects) {
            fill(dark, r[0], r[1], r[2], r[3]);
        }
        return new ScanRaster(dark, W, H, 2);
    }

    private static void fill(boolean[] dark, int x, int y, int w, int h) {
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                dark[yy * W + xx] = true;
            }
        }
    }

    /** The character as OCR places it, and a mark after it in points 17.5–21 across, 5–15 down. */
    private static List<String> read(String mark, ScanRaster r) {
        List<OcrWord> words = List.of(new OcrWord("发", new Box(5, 5, 10, 10), 0.9),
                new OcrWord(mark, new Box(17.5, 5, 3.5, 10), 0.9));
        return ScanSpeckMarks.strip(words, r).stream().map(OcrWord::text).toList();
    }

    @Test
    void quoteDashOrFullStopReadOverOneSpeckIsDropped() {
        ScanRaster speck = page(new int[] {37, 16, 2, 2});
        for (String mark : new String[] {"‘", "”", "\"", "-", "—", "。"}) {
            assertThat(read(mark, speck)).as(mark).containsExactly("发");
        }
    }

    @Test
    void marksWhoseInkIsMoreThanASpeckStay() {
        assertThat(read("“", page(new int[] {36, 12, 2, 4}, new int[] {40, 12, 2, 4}))).containsExactly("发", "“");
        assertThat(read("-", page(new int[] {35, 19, 7, 2}))).containsExactly("发", "-");
        assertThat(read("。", page(new int[] {36, 22, 6, 1}, new int[] {36, 27, 6, 1}, new int[] {36, 22, 1, 6},
                new int[] {41, 22, 1, 6}))).containsExactly("发", "。");
        assertThat(read("‘", page(new int[] {37, 12, 3, 5}))).containsExactly("发", "‘");
    }

    @Test
    void dotsColonsCommasAndMarksOverNoInkAreLeftAlone() {
        ScanRaster speck = page(new int[] {37, 16, 2, 2});
        for (String mark : new String[] {".", "·", "：", "；", "、", "，"}) {
            assertThat(read(mark, speck)).as(mark).containsExactly("发", mark);
        }
        assertThat(read("‘", page())).containsExactly("发", "‘");
    }

    @Test
    void aHyphenThinnedToASpeckBetweenTwoDigitsStays() {
        ScanRaster speck = page(new int[] {37, 16, 2, 2});
        List<OcrWord> words = List.of(new OcrWord("0", new Box(12, 5, 5, 10), 0.9),
                new OcrWord("-", new Box(17.5, 5, 3.5, 10), 0.9), new OcrWord("1", new Box(21.5, 5, 5, 10), 0.9));
        assertThat(ScanSpeckMarks.strip(words, speck).stream().map(OcrWord::text).toList())
                .containsExactly("0", "-", "1");
        List<OcrWord> afterAWord = List.of(new OcrWord("发", new Box(5, 5, 10, 10), 0.9),
                new OcrWord("-", new Box(17.5, 5, 3.5, 10), 0.9), new OcrWord("1", new Box(21.5, 5, 5, 10), 0.9));
        assertThat(ScanSpeckMarks.strip(afterAWord, speck).stream().map(OcrWord::text).toList())
                .containsExactly("发", "1");
    }
}
