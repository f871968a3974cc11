package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the checkboxes a 1-bit copy left with one side missing: toner dropout thins a patch of the page until its
 * thin lines vanish, and where the patch's edge crosses a box one side goes (⊔, ⊓, ⊏, ⊐) while the others stay. The
 * square search refuses such a shape (a box has four sides); without it the option reads as having no box, and a
 * ticked one makes its group read none ticked. A shape is taken for such a box only where it is one: its open side
 * as long as the page's other boxes' side, the side facing it drawn along most of its length and the two between
 * along half of theirs at least; standing on the line or in the column of another box, set apart by paper from the
 * ink beside, above and below it (凵, 匚 or 冂 inside a character, or the 冂 of 同 or 网, have their character's other
 * strokes close round them); and either empty inside or holding what a tick or cross leaves (slanted strokes that
 * leave clear cells), never a character's strokes.
 */
final class ScanOpenBoxes {

    /** How far the open side may differ from the page's common box side. */
    private static final double SIZE_TOLERANCE = 0.15;
    /** How short of a box's side the two sides beside the open one may stand (the patch eats into them too). */
    private static final double SHORTEST = 0.6;
    /** Share of its length the side facing the open one must be drawn along. */
    private static final double FACING = 0.8;
    /** Share of their length the two sides beside the open one must be drawn along. */
    private static final double BESIDE = 0.5;
    /**
     * Share of its length the open side may still be drawn along: what a dropout leaves of it are stubs at the
     * corners, while the top of 凹 (its notch between two corners) covers two thirds.
     */
    private static final double OPEN = 0.5;
    /** Share of the strips above and below the box other print may cover. */
    private static final double CLEAR = 0.02;

    private ScanOpenBoxes() {
    }

    /**
     * @param label  the component label of each pixel
     * @param shapes the components the square search refused, as {minX, minY, width, height, label}
     * @param boxes  the boxes found whole (two at least, to know the page's box size and lines)
     * @return the open boxes among those shapes, measured as {@link ScanCheckboxes#find} measures a box
     */
    static List<ScanCheckboxes.Found> find(ScanRaster r, int[] label, List<int[]> shapes,
                                           List<ScanCheckboxes.Found> boxes) {
        List<ScanCheckboxes.Found> out = new ArrayList<>();
        if (boxes.size() < 2) {
            return out;
        }
        double side = ScanCheckboxes.commonSide(boxes);
        double lo = side * (1 - SIZE_TOLERANCE), hi = side * (1 + SIZE_TOLERANCE);
        for (int[] s : shapes) {
            int[] square = openSquare(r, label, s, lo, hi, side);
            if (square == null) {
                continue;
            }
            int x = square[0], y = square[1], d = square[2];
            List<ScanCheckboxes.Found> all = new ArrayList<>(boxes);
            all.addAll(out);
            boolean over = all.stream().anyMatch(o -> o.x() < x + d && x < o.x() + o.width() && o.y() < y + d
                    && y < o.y() + o.height());
            if (over || !ScanMarkedBoxes.aligned(boxes, x + d / 2.0, y + d / 2.0, side)
                    || !ScanCheckboxes.setApart((px, py) -> other(r, label, s[4], px, py), x, y, d, d)
                    || !clearAboveAndBelow(r, label, s[4], x, y, d)) {
                continue;
            }
            double ink = ScanCheckboxes.innerInk(r, x, y, d, d);
            boolean across = ScanCheckboxes.strokeAcross(r, x, y, d, d);
            boolean open = ScanCheckboxes.open(r, x, y, d, d);
            if (ink >= ScanCheckboxes.THRESHOLD / 2 && (across || !open || ink >= ScanCheckboxes.FILLED_FROM)) {
                continue; // a character's strokes boxed in on three sides, not a tick's
            }
            out.add(new ScanCheckboxes.Found(x, y, d, d, ink, across, open));
        }
        return out;
    }

    /**
     * The square {x, y, side} a shape frames on three sides, or {@code null}: the side across its open side within
     * {@code lo..hi}, the sides along it no longer than that and no shorter than {@link #SHORTEST} of the page's
     * side, the square set against the side facing the open one.
     */
    static int[] openSquare(ScanRaster r, int[] label, int[] s, double lo, double hi, double side) {
        int w = s[2], h = s[3];
        for (int open = 0; open < 4; open++) {
            boolean level = open < 2; // the open side is the top (0) or the bottom (1)
            int across = level ? w : h, along = level ? h : w;
            if (across < lo || across > hi || along < SHORTEST * side || along > hi) {
                continue;
            }
            int d = across;
            int x = open == 2 ? s[0] + w - d : s[0], y = open == 0 ? s[1] + h - d : s[1];
            double[] c = coverage(r, label, s[4], x, y, d);
            int facing = open ^ 1;
            boolean besides = level ? c[2] >= BESIDE && c[3] >= BESIDE : c[0] >= BESIDE && c[1] >= BESIDE;
            if (c[facing] >= FACING && besides && c[open] < OPEN) {
                return new int[] {x, y, d};
            }
        }
        return null;
    }

    /** Share of each side (top, bottom, left, right) of the square the shape's pixels cover in its band. */
    private static double[] coverage(ScanRaster r, int[] label, int id, int x, int y, int d) {
        int band = Math.max(2, Math.round(d * 0.15f));
        double[] out = new double[4];
        for (int k = 0; k < 4; k++) {
            int covered = 0;
            for (int p = 0; p < d; p++) {
                boolean any = false;
                for (int b = 0; b < band && !any; b++) {
                    int px = switch (k) {
                        case 0, 1 -> x + p;
                        case 2 -> x + b;
                        default -> x + d - 1 - b;
                    };
                    int py = switch (k) {
                        case 0 -> y + b;
                        case 1 -> y + d - 1 - b;
                        default -> y + p;
                    };
                    any = own(r, label, id, px, py);
                }
                covered += any ? 1 : 0;
            }
            out[k] = covered / (double) d;
        }
        return out;
    }

    /** Whether the strips above and below the square, as high as a third of its side, are clear of other print. */
    private static boolean clearAboveAndBelow(ScanRaster r, int[] label, int id, int x, int y, int d) {
        int margin = Math.max(2, Math.round(d * 0.3f)), inset = Math.max(1, d / 6);
        return otherInk(r, label, id, x + inset, y - margin, x + d - inset, y - 1) < CLEAR
                && otherInk(r, label, id, x + inset, y + d + 1, x + d - inset, y + d + margin) < CLEAR;
    }

    private static double otherInk(ScanRaster r, int[] label, int id, int x0, int y0, int x1, int y1) {
        int n = 0, dark = 0;
        for (int y = Math.max(0, y0); y < Math.min(r.height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(r.width, x1); x++) {
                n++;
                dark += other(r, label, id, x, y) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : dark / (double) n;
    }

    private static boolean own(ScanRaster r, int[] label, int id, int x, int y) {
        return x >= 0 && y >= 0 && x < r.width && y < r.height && r.dark(x, y) && label[y * r.width + x] == id;
    }

    private static boolean other(ScanRaster r, int[] label, int id, int x, int y) {
        return x >= 0 && y >= 0 && x < r.width && y < r.height && r.dark(x, y) && label[y * r.width + x] != id;
    }
}
