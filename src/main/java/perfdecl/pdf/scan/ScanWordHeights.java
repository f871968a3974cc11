package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;

/**
 * Fits OCR word boxes that stand far taller than the page's text to the line of ink inside them. On a noisy scan
 * (a bilevel page's dropout, JPEG blocks) an engine takes two lines of a cell, or a line and the specks under it,
 * for one line, and gives every word of it that height; the layout of a page without rulings measures its line
 * pitch in such heights, so one tall line stacks the rows of a whole column into one cell. A word whose ink
 * fills its box (a title in a larger size) keeps it.
 */
final class ScanWordHeights {

    /** A word this much taller than the page's median word is refitted. */
    static final double TALL = 1.35;

    private ScanWordHeights() {
    }

    /** The words, those much taller than the median fitted to the line of ink inside them. */
    static List<OcrWord> fit(List<OcrWord> words, ScanRaster raster) {
        if (words.size() < 5) {
            return words;
        }
        double median = median(words);
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            out.add(w.box().height() > TALL * median ? refit(w, median, raster) : w);
        }
        return out;
    }

    /**
     * The word fitted to its heaviest run of inked rows, when that run is clearly shorter than the box; a word
     * set in a larger size (a title) fills its box and is left as it is.
     */
    private static OcrWord refit(OcrWord w, double median, ScanRaster raster) {
        double s = raster.scale;
        int x0 = (int) Math.floor(w.box().x() * s), x1 = (int) Math.ceil(w.box().right() * s);
        int y0 = (int) Math.floor(w.box().y() * s), y1 = (int) Math.ceil(w.box().bottom() * s);
        int[] ink = new int[Math.max(0, y1 - y0)];
        int max = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (raster.dark(x, y)) {
                    ink[y - y0]++;
                }
            }
            max = Math.max(max, ink[y - y0]);
        }
        if (max == 0) {
            return w;
        }
        // runs of rows with ink, bridged over gaps of a pixel or two (a stroke's thin horizontal part)
        int floor = Math.max(1, max / 10), gap = Math.max(2, (int) Math.round(0.15 * median * s));
        int bestFrom = -1, bestTo = -1;
        long bestInk = -1;
        for (int i = 0; i < ink.length; ) {
            if (ink[i] < floor) {
                i++;
                continue;
            }
            int from = i, to = i, blank = 0;
            long sum = 0;
            for (; i < ink.length && blank <= gap; i++) {
                if (ink[i] >= floor) {
                    to = i;
                    blank = 0;
                    sum += ink[i];
                } else {
                    blank++;
                }
            }
            if (sum > bestInk) {
                bestInk = sum;
                bestFrom = from;
                bestTo = to;
            }
        }
        double runHeight = (bestTo - bestFrom + 1) / s;
        if (runHeight >= 0.8 * w.box().height() || runHeight >= TALL * median) {
            return w;
        }
        double height = Math.max(runHeight, 0.8 * median);
        double centre = (y0 + (bestFrom + bestTo + 1) / 2.0) / s;
        Box b = new Box(w.box().x(), centre - height / 2, w.box().width(), height);
        return new OcrWord(w.text(), b, w.confidence());
    }

    private static double median(List<OcrWord> words) {
        double[] h = words.stream().mapToDouble(w -> w.box().height()).sorted().toArray();
        return h[h.length / 2];
    }
}
