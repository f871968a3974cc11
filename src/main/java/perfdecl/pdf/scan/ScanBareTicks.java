package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;

/**
 * Finds ticks printed without a box: forms that draw an unticked option as □ and the ticked one as a bare ✓ (no
 * square round it), which OCR reads as a quote or a letter. A tick is a shape of about a box's size among the lines of
 * option boxes, apart from them, whose ink runs from a low vertex left of its middle up to its top right, and that
 * OCR did not read surely as a character; it counts as a ticked box, a little short of sure. Only a page whose
 * option boxes are all empty is searched.
 */
final class ScanBareTicks {

    /** Ink share a found tick is given: ticked, at a confidence of 0.85 (a shape, not a box with ink in it). */
    static final double TICK_INK = ScanCheckboxes.THRESHOLD + 0.85 * 0.07;
    /**
     * How far from an option box, in box sides, a tick may stand: on the box's line or the next two lines of its
     * group (the box on the tick's own line may have been missed).
     */
    private static final double OPTION_LINES = 3;
    /** What OCR makes of a bare tick. */
    static final String TICK_READINGS = "√✓✔vVyYJ丿乂レ\"“”'‘’";

    private ScanBareTicks() {
    }

    /** The boxes, with the bare ticks found on their lines added. */
    static List<ScanCheckboxes.Found> add(List<ScanCheckboxes.Found> boxes, ScanRaster r, List<OcrWord> words) {
        List<ScanCheckboxes.Found> empty = boxes.stream()
                .filter(f -> !f.checked() && f.confidence() >= ScanBoxOrCharacter.SURE).toList();
        if (empty.size() < 2) {
            return boxes;
        }
        double side = empty.stream().mapToDouble(f -> Math.max(f.width(), f.height())).sorted()
                .toArray()[empty.size() / 2];
        // a form that boxes its ticked options too has no bare ticks: what looks like one there is a character's.
        // Only a ticked box among the options says so: a boxed character in a paragraph (the 口 of 回 or 〕 with
        // the next stroke, crisp on a bilevel scan) can look like a ticked box too
        if (boxes.stream().anyMatch(f -> f.checked() && f.confidence() >= ScanBoxOrCharacter.SURE
                && onOptionLine(f.y() + f.height() / 2.0, side, empty))) {
            return boxes;
        }
        List<ScanCheckboxes.Found> out = new ArrayList<>(boxes);
        for (int[] c : ScanCheckboxes.components(r)) {
            int w = c[2] - c[0] + 1, h = c[3] - c[1] + 1;
            if (w < 0.45 * side || h < 0.45 * side || w > 1.3 * side || h > 1.3 * side) {
                continue;
            }
            double fill = c[4] / (double) (w * h);
            double cy = (c[1] + c[3]) / 2.0;
            if (fill < 0.06 || fill > 0.45 || !onOptionLine(cy, side, empty) || overlaps(c, boxes)
                    || !tickShaped(r, c[0], c[1], w, h) || readAsCharacter(c, r.scale, words)) {
                continue;
            }
            out.add(new ScanCheckboxes.Found(c[0], c[1], w, h, TICK_INK, false));
        }
        return out;
    }

    private static boolean onOptionLine(double cy, double side, List<ScanCheckboxes.Found> empty) {
        return empty.stream().anyMatch(f -> Math.abs(f.y() + f.height() / 2.0 - cy) <= OPTION_LINES * side);
    }

    private static boolean overlaps(int[] c, List<ScanCheckboxes.Found> boxes) {
        return boxes.stream().anyMatch(f -> c[0] <= f.x() + f.width() && f.x() <= c[2] && c[1] <= f.y() + f.height()
                && f.y() <= c[3]);
    }

    /**
     * A ✓: its lowest quarter's ink stands left of the middle (the vertex), its highest quarter's right of it (the
     * long arm's end), and the left half reaches higher than the vertex (the short arm).
     */
    static boolean tickShaped(ScanRaster r, int x, int y, int w, int h) {
        int quarter = Math.max(1, h / 4);
        double low = meanX(r, x, y + h - quarter, w, quarter), high = meanX(r, x, y, w, quarter);
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return false;
        }
        double shortArm = meanX(r, x, y + h / 4, w / 2, h / 2);
        return low < 0.55 * w && high > 0.6 * w && high - low > 0.2 * w && !Double.isNaN(shortArm);
    }

    private static double meanX(ScanRaster r, int x, int y, int w, int h) {
        double sum = 0;
        int n = 0;
        for (int yy = y; yy < y + h; yy++) {
            for (int xx = x; xx < x + w; xx++) {
                if (r.dark(xx, yy)) {
                    sum += xx - x;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Whether OCR read a character other than a tick's readings surely right where the shape stands. */
    private static boolean readAsCharacter(int[] c, double scale, List<OcrWord> words) {
        Box shape = new Box(c[0] / scale, c[1] / scale, (c[2] - c[0] + 1) / scale, (c[3] - c[1] + 1) / scale);
        for (OcrWord w : words) {
            Box b = w.box();
            if (shape.centerY() < b.y() || shape.centerY() > b.bottom() || w.confidence() < 0.8) {
                continue;
            }
            int n = w.text().codePointCount(0, w.text().length());
            double cw = b.width() / Math.max(1, n);
            int i = 0;
            for (int off = 0; off < w.text().length(); i++) {
                int cp = w.text().codePointAt(off);
                off += Character.charCount(cp);
                double cx = b.x() + (i + 0.5) * cw;
                if (Math.abs(cx - shape.centerX()) <= 0.5 * Math.max(cw, shape.width())
                        && Character.isLetter(cp) && TICK_READINGS.indexOf(cp) < 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
