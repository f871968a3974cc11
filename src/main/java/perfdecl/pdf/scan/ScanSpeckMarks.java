package perfdecl.pdf.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;

/**
 * Drops a punctuation mark OCR read where the page holds nothing but a speck of dust. A photocopier's specks that
 * stand close to print outlive {@link ScanDust} and are read, beside a character, as the mark the context suggests:
 * an opening quote after the last character of a cell (软件开发‘), a closing quote or a dash before the first
 * (“重复投诉率, -信息库维护费), a double quote between a number and its unit (85"%). Every such mark is more ink
 * than one speck: a double quote is two blobs, a single quote has a tail, a dash is longer than it is thick, 。 is
 * a ring. A dot is not: a speck and a full stop look alike, and {@link ScanSpecks} judges those by what stands
 * round them.
 */
final class ScanSpeckMarks {

    /**
     * The marks whose print is more than one speck, however a copy thins it. Not a colon or semicolon (a copy's
     * dropout takes one of its dots: 组织保障：市 kept a dot the size of a speck), nor 、 or a comma (small enough
     * at 10 pt to be thinned to one).
     */
    private static final String SHAPED = "“”\"‘’'`。-－—–~～";
    /** The dashes of {@link #SHAPED}: between two digits one is a date's or a range's, however little ink is left. */
    private static final String DASHES = "-－—–~～";
    /** The most ink a speck has, in square points (a 10 pt single quote has about 3). */
    private static final double SPECK_PT2 = 2.0;
    /** A speck's widest side, in points: a 10 pt hyphen is about 3 long, a single quote 2.5 tall. */
    private static final double SPECK_SIDE_PT = 1.5;

    private ScanSpeckMarks() {
    }

    /**
     * The words without those that are one {@link #SHAPED} mark over a single speck of {@code ink} (in page points,
     * as the words are); every other word as it was, in order.
     */
    static List<OcrWord> strip(List<OcrWord> words, ScanRaster ink) {
        List<OcrWord> kept = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            if (!isSpeckMark(w, ink) || betweenDigits(w, words)) {
                kept.add(w);
            }
        }
        return kept;
    }

    /**
     * Whether {@code w} is a dash between two digits that continue it on its line ({@link ScanSpecks#touching}):
     * the hyphen of 2020-01-01 on a 150 dpi copy thins to a speck's ink, and dropping it leaves a date that does not
     * parse.
     */
    static boolean betweenDigits(OcrWord w, List<OcrWord> words) {
        String text = w.text().strip();
        if (text.isEmpty() || DASHES.indexOf(text.codePointAt(0)) < 0) {
            return false;
        }
        OcrWord before = ScanSpecks.touching(w, words, true), after = ScanSpecks.touching(w, words, false);
        return before != null && after != null && Character.isDigit(ScanSpecks.lastOf(before))
                && Character.isDigit(ScanSpecks.firstOf(after));
    }

    /**
     * Whether {@code w} is a single {@link #SHAPED} mark whose box holds (by the centres of the ink shapes in it)
     * exactly one shape, and that one no bigger than a speck. A box holding no ink says nothing about the mark
     * (OCR places a mark's box loosely) and keeps it.
     */
    static boolean isSpeckMark(OcrWord w, ScanRaster ink) {
        String text = w.text().strip();
        if (text.codePointCount(0, text.length()) != 1 || SHAPED.indexOf(text.codePointAt(0)) < 0) {
            return false;
        }
        double s = ink.scale;
        Box b = w.box();
        int x0 = (int) Math.floor(b.x() * s), x1 = (int) Math.ceil(b.right() * s);
        int y0 = (int) Math.floor(b.y() * s), y1 = (int) Math.ceil(b.bottom() * s);
        int reach = Math.max(y1 - y0, x1 - x0);
        int wx0 = Math.max(0, x0 - reach), wy0 = Math.max(0, y0 - reach);
        int wx1 = Math.min(ink.width, x1 + reach), wy1 = Math.min(ink.height, y1 + reach);
        if (wx1 <= wx0 || wy1 <= wy0) {
            return false;
        }
        int ww = wx1 - wx0, wh = wy1 - wy0;
        boolean[] seen = new boolean[ww * wh];
        int largest = Math.max(1, (int) Math.floor(SPECK_PT2 * s * s));
        int side = Math.max(1, (int) Math.round(SPECK_SIDE_PT * s));
        int shapes = 0;
        boolean speck = false;
        for (int y = Math.max(y0, 0); y < Math.min(y1, ink.height); y++) {
            for (int x = Math.max(x0, 0); x < Math.min(x1, ink.width); x++) {
                if (seen[(y - wy0) * ww + x - wx0] || !ink.inked(x, y)) {
                    continue;
                }
                int[] shape = grow(ink, x, y, wx0, wy0, ww, wh, seen);
                double cx = (shape[0] + shape[2]) / 2.0, cy = (shape[1] + shape[3]) / 2.0;
                if (cx < x0 || cx >= x1 || cy < y0 || cy >= y1) {
                    continue;
                }
                shapes++;
                speck = shape[4] <= largest && shape[2] - shape[0] + 1 <= side && shape[3] - shape[1] + 1 <= side;
            }
        }
        return shapes == 1 && speck;
    }

    /** The inked shape through (x, y) within the window, 8-connected: min x, min y, max x, max y, pixels. */
    private static int[] grow(ScanRaster ink, int x, int y, int wx0, int wy0, int ww, int wh, boolean[] seen) {
        int[] box = {x, y, x, y, 0};
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        seen[(y - wy0) * ww + x - wx0] = true;
        todo.add(new int[] {x, y});
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.min(box[1], p[1]);
            box[2] = Math.max(box[2], p[0]);
            box[3] = Math.max(box[3], p[1]);
            box[4]++;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = p[0] + dx, ny = p[1] + dy;
                    if (nx < wx0 || ny < wy0 || nx >= wx0 + ww || ny >= wy0 + wh
                            || seen[(ny - wy0) * ww + nx - wx0] || !ink.inked(nx, ny)) {
                        continue;
                    }
                    seen[(ny - wy0) * ww + nx - wx0] = true;
                    todo.add(new int[] {nx, ny});
                }
            }
        }
        return box;
    }
}
