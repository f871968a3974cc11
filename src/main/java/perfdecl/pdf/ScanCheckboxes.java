package perfdecl.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds checkbox squares on a page image whose rulings were erased, and decides from the ink inside each whether
 * it is ticked. A box is a connected dark shape 6.5–16 pt across, about square, whose four sides are each drawn
 * along most of their length, with clear paper above and below it (the 口 inside 名 or 品 has its character's
 * other part right there); its state is the share of dark pixels in the inner area, away from the frame.
 * Where a page has several, one far off their common size is a character, not a box.
 */
final class ScanCheckboxes {

    static final double MIN_PT = 6.5, MAX_PT = 16;
    /** Inner ink share above which a box counts as ticked. */
    static final double THRESHOLD = 0.10;
    /** Ink distance from the threshold at which a decision is fully sure. */
    private static final double SURE_DISTANCE = 0.07;
    private static final double SIDE_COVERAGE = 0.8;
    private static final double STROKES_FROM = 0.42, FILLED_FROM = 0.8;

    private ScanCheckboxes() {
    }

    /** A box in pixels with its inner ink share. */
    record Found(int x, int y, int width, int height, double ink) {
        boolean checked() {
            return ink >= THRESHOLD;
        }

        double confidence() {
            return confidenceOf(ink);
        }
    }

    /**
     * Distance from the threshold, scaled; but a tick or cross covers well under half the inside and a filled box
     * nearly all of it, so ink in between looks like a character's strokes and is never sure.
     */
    static double confidenceOf(double ink) {
        double c = Math.min(1, Math.abs(ink - THRESHOLD) / SURE_DISTANCE);
        return ink > STROKES_FROM && ink < FILLED_FROM ? Math.min(c, 0.4) : c;
    }

    static List<Found> find(ScanRaster r) {
        int min = (int) Math.floor(MIN_PT * r.scale), max = (int) Math.ceil(MAX_PT * r.scale);
        int[] label = new int[r.width * r.height];
        int[] stack = new int[r.width * r.height];
        List<Found> out = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < label.length; start++) {
            int sx = start % r.width, sy = start / r.width;
            if (label[start] != 0 || !r.dark(sx, sy)) {
                continue;
            }
            next++;
            int minX = sx, maxX = sx, minY = sy, maxY = sy, top = 0;
            stack[top++] = start;
            label[start] = next;
            while (top > 0) {
                int p = stack[--top];
                int x = p % r.width, y = p / r.width;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy;
                        if ((dx != 0 || dy != 0) && r.dark(nx, ny) && label[ny * r.width + nx] == 0) {
                            label[ny * r.width + nx] = next;
                            stack[top++] = ny * r.width + nx;
                        }
                    }
                }
            }
            int w = maxX - minX + 1, h = maxY - minY + 1;
            if (w < min || h < min || w > max || h > max || Math.abs(w - h) > Math.max(2, 0.15 * Math.max(w, h))) {
                continue;
            }
            if (!clearAboveAndBelow(r, minX, minY, w, h)) {
                continue;
            }
            double ink = innerInk(r, minX, minY, w, h);
            // a side the scan blurred to gray counts only for an empty box: the strokes of 国 or 回 would pass too
            if (isFrame(r, minX, minY, w, h, false) || (ink < THRESHOLD / 2 && isFrame(r, minX, minY, w, h, true))) {
                out.add(new Found(minX, minY, w, h, ink));
            }
        }
        return commonSize(out);
    }

    private static boolean clearAboveAndBelow(ScanRaster r, int x, int y, int w, int h) {
        int margin = Math.max(2, Math.round(h * 0.3f));
        int inset = Math.max(1, w / 6);
        return r.ink(x + inset, y - margin, x + w - inset, y - 1) < 0.02
                && r.ink(x + inset, y + h + 1, x + w - inset, y + h + margin) < 0.02;
    }

    private static List<Found> commonSize(List<Found> found) {
        if (found.size() < 3) {
            return found;
        }
        double[] sizes = found.stream().mapToDouble(f -> Math.max(f.width(), f.height())).sorted().toArray();
        double median = sizes[sizes.length / 2];
        return found.stream().filter(f -> Math.abs(Math.max(f.width(), f.height()) - median) <= 0.25 * median)
                .toList();
    }

    /**
     * Each side: a dark pixel in its band along 80% of its length ({@code faint}: a visible gray pixel will do,
     * as a thin frame blurred by the scan leaves one).
     */
    static boolean isFrame(ScanRaster r, int x, int y, int w, int h, boolean faint) {
        int band = Math.max(2, Math.round(Math.min(w, h) * 0.15f));
        return side(r, x, y, w, band, true, faint) && side(r, x, y + h - band, w, band, true, faint)
                && side(r, x, y, h, band, false, faint) && side(r, x + w - band, y, h, band, false, faint);
    }

    private static boolean side(ScanRaster r, int x, int y, int len, int band, boolean horizontal, boolean faint) {
        int covered = 0;
        for (int p = 0; p < len; p++) {
            boolean any = false;
            for (int b = 0; b < band && !any; b++) {
                any = faint ? (horizontal ? r.inked(x + p, y + b) : r.inked(x + b, y + p))
                        : (horizontal ? r.dark(x + p, y + b) : r.dark(x + b, y + p));
            }
            if (any) {
                covered++;
            }
        }
        return covered >= SIDE_COVERAGE * len;
    }

    /** Share of dark pixels in the box's inner area: a quarter of the size in from every side of the frame. */
    static double innerInk(ScanRaster r, int x, int y, int w, int h) {
        int mx = Math.max(2, Math.round(w * 0.22f)), my = Math.max(2, Math.round(h * 0.22f));
        return r.ink(x + mx, y + my, x + w - mx, y + h - my);
    }
}
