package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the checkboxes that a pen mark runs out of: a × drawn past the corners, a √ whose long arm leaves the box,
 * a filled box scribbled over its frame, a ring drawn round the option that touches the box. In black pen (or any
 * pen on a grey scan) the mark and the printed frame are one shape, larger than a box and no longer square, which
 * the search for clean squares refuses. Inside such a shape this looks for the frame itself: four straight sides,
 * of the size the page's other boxes have, with the mark's strokes only crossing the paper around it; a shape of
 * about a box's size that is mostly ink is a box filled in over its frame. A frame found so counts only on the
 * line of another box or a few lines above or below one in its column (options stand in lines or columns); a
 * mark that runs on out of it is a pen's, and reads as one however much of the inside it fills.
 */
final class ScanMarkedBoxes {

    /** How far a frame's side may differ from the page's common box side. */
    private static final double SIZE_TOLERANCE = 0.12;
    /** Share of a side's length its own shape must cover. */
    private static final double SIDE_COVERAGE = 0.8;
    /** Share of the paper just outside a side that a mark's strokes may cover where they cross it. */
    private static final double OUTSIDE_AT_MOST = 0.5;
    /** Share of its extent a shape of about a box's size covers that is a box filled in, frame and all. */
    static final double SCRIBBLED = 0.7;
    /** How far off another box's line or column a frame may stand, in box sides. */
    private static final double ALIGNED = 0.35;
    /**
     * How far along a line, and down a column, the nearest other box of its group may stand, in box sides: options
     * share a cell, one line under the next.
     */
    private static final double ROW = 25, COLUMN = 4;
    /** How far below its frame a boxed character's legs reach at most, in box sides. */
    private static final double LEGS = 0.35;

    private ScanMarkedBoxes() {
    }

    /**
     * @param label  the component label of each pixel
     * @param shapes the components the square search refused, as {minX, minY, width, height, label}
     * @param boxes  the boxes found clean (at least one, to know the page's box size)
     * @return the frames found inside those shapes, measured as {@link ScanCheckboxes#find} measures a box
     */
    static List<ScanCheckboxes.Found> find(ScanRaster r, int[] label, List<int[]> shapes,
                                           List<ScanCheckboxes.Found> boxes) {
        List<ScanCheckboxes.Found> out = new ArrayList<>();
        if (boxes.isEmpty()) {
            return out;
        }
        double side = ScanCheckboxes.commonSide(boxes);
        // rounded inwards: the boxed part of a character ending a label (the 贝 of 费) runs only a few pixels under
        // the boxes' side, and its strokes joined on look like a mark run out of it
        int lo = (int) Math.ceil(side * (1 - SIZE_TOLERANCE)), hi = (int) Math.floor(side * (1 + SIZE_TOLERANCE));
        for (int[] s : shapes) {
            int w = s[2], h = s[3];
            if (Math.max(w, h) < hi || Math.min(w, h) < lo || h > 5 * side) {
                continue;
            }
            List<int[]> found = frames(r, label, s, lo, hi);
            boolean framed = !found.isEmpty();
            if (found.isEmpty() && w <= 1.6 * side && h <= 1.6 * side && ink(r, label, s) >= SCRIBBLED) {
                // scribbled over, frame and all: the ink is where the box was
                found = List.of(new int[] {s[0] + (w - (int) Math.round(side)) / 2,
                        s[1] + (h - (int) Math.round(side)) / 2, (int) Math.round(side)});
            }
            for (int[] f : found) {
                double cx = f[0] + f[2] / 2.0, cy = f[1] + f[2] / 2.0;
                boolean aligned = aligned(boxes, cx, cy, side);
                boolean apart = boxes.stream().noneMatch(o -> o.x() < f[0] + f[2] && f[0] < o.x() + o.width()
                        && o.y() < f[1] + f[2] && f[1] < o.y() + o.height());
                if (!aligned || !apart) {
                    continue;
                }
                double ink = ScanCheckboxes.innerInk(r, f[0], f[1], f[2], f[2]);
                if (boxedCharacter(r, s, f, ink, framed)) {
                    continue;
                }
                if (ink >= ScanCheckboxes.THRESHOLD && spill(r, label, s[4], f) >= side) {
                    // strokes that run on out of the frame are a pen's: no character boxed in reaches out of its box
                    // through the paper round it, so the ink inside is a mark however heavy
                    out.add(new ScanCheckboxes.Found(f[0], f[1], f[2], f[2], ink, false, true));
                } else {
                    out.add(new ScanCheckboxes.Found(f[0], f[1], f[2], f[2], ink,
                            ScanCheckboxes.strokeAcross(r, f[0], f[1], f[2], f[2]),
                            ScanCheckboxes.open(r, f[0], f[1], f[2], f[2])));
                }
            }
        }
        return out;
    }

    /**
     * Whether a point stands on the line of one of the boxes, not too far along it, or in the column of one a few
     * lines above or below it: where a group's options put their boxes.
     */
    static boolean aligned(List<ScanCheckboxes.Found> boxes, double cx, double cy, double side) {
        return boxes.stream().anyMatch(o -> {
            double dx = Math.abs(o.x() + o.width() / 2.0 - cx), dy = Math.abs(o.y() + o.height() / 2.0 - cy);
            return dy <= ALIGNED * side && dx <= ROW * side || dx <= ALIGNED * side && dy <= COLUMN * side;
        });
    }

    /**
     * The square frames {x, y, side} inside one shape, best first and not overlapping: the shape's rows and
     * columns with a run of its pixels as long as most of a side are where its sides can lie.
     */
    static List<int[]> frames(ScanRaster r, int[] label, int[] s, int lo, int hi) {
        int x0 = s[0], y0 = s[1], w = s[2], h = s[3], id = s[4];
        int need = (int) Math.floor(SIDE_COVERAGE * lo);
        List<Integer> rows = new ArrayList<>(), cols = new ArrayList<>();
        for (int y = y0; y < y0 + h; y++) {
            if (longestRun(r, label, id, x0, y, w, true) >= need) {
                rows.add(y);
            }
        }
        for (int x = x0; x < x0 + w; x++) {
            if (longestRun(r, label, id, x, y0, h, false) >= need) {
                cols.add(x);
            }
        }
        List<double[]> scored = new ArrayList<>();
        for (int top : rows) {
            for (int bottom : rows) {
                int d = bottom - top + 1;
                if (d < lo || d > hi) {
                    continue;
                }
                for (int left : cols) {
                    int right = left + d - 1;
                    if (!cols.contains(right) && !cols.contains(right - 1) && !cols.contains(right + 1)) {
                        continue;
                    }
                    double score = frameScore(r, label, id, left, top, d);
                    if (score > 0) {
                        scored.add(new double[] {score, left, top, d});
                    }
                }
            }
        }
        scored.sort((a, b) -> Double.compare(b[0], a[0]));
        List<int[]> out = new ArrayList<>();
        for (double[] c : scored) {
            int x = (int) c[1], y = (int) c[2], d = (int) c[3];
            if (out.stream().noneMatch(o -> o[0] < x + d && x < o[0] + o[2] && o[1] < y + d && y < o[1] + o[2])) {
                out.add(new int[] {x, y, d});
            }
        }
        return out;
    }

    /**
     * How well a square of side {@code d} at (x, y) is a frame of the shape: each side covered by the shape's
     * pixels along {@link #SIDE_COVERAGE} of its length within a band as thick as a printed frame, and the line
     * of paper just outside it mostly clear on at least two sides (a filled area holds squares everywhere, none of
     * them a frame; a ring drawn round the option may run along one or two sides); the mean coverage of the sides
     * less that of the paper outside, or 0 where it is no frame.
     */
    private static double frameScore(ScanRaster r, int[] label, int id, int x, int y, int d) {
        int band = Math.max(2, Math.round(d * 0.12f));
        double sum = 0, outside = 0;
        int inkedOutside = 0;
        for (int k = 0; k < 4; k++) {
            int covered = 0, beyond = 0;
            for (int p = 0; p < d; p++) {
                boolean any = false;
                for (int b = 0; b < band && !any; b++) {
                    int px, py;
                    switch (k) {
                        case 0 -> { px = x + p; py = y + b; }
                        case 1 -> { px = x + p; py = y + d - 1 - b; }
                        case 2 -> { px = x + b; py = y + p; }
                        default -> { px = x + d - 1 - b; py = y + p; }
                    }
                    any = own(r, label, id, px, py);
                }
                covered += any ? 1 : 0;
                int ox = k == 2 ? x - 2 : k == 3 ? x + d + 1 : x + p;
                int oy = k == 0 ? y - 2 : k == 1 ? y + d + 1 : y + p;
                beyond += r.dark(ox, oy) ? 1 : 0;
            }
            double c = covered / (double) d, o = beyond / (double) d;
            if (c < SIDE_COVERAGE) {
                return 0;
            }
            inkedOutside += o > OUTSIDE_AT_MOST ? 1 : 0;
            sum += c;
            outside += o;
        }
        return inkedOutside > 2 ? 0 : (sum - outside) / 4;
    }

    /**
     * Whether a frame found in a shape is the boxed part of a character such as 目 or 日: a level or upright bar
     * crosses it from side to side, the inside is not filled, and the shape stands no wider than the frame (its
     * legs, which made the square search refuse it, run a little way on below, nothing above). A pen's mark slants,
     * and where it runs out of the frame it leaves it sideways or upwards (a × past the corners, a √'s long arm).
     */
    private static boolean boxedCharacter(ScanRaster r, int[] s, int[] f, double ink, boolean framed) {
        int above = f[1] - s[1], below = s[1] + s[3] - (f[1] + f[2]);
        return framed && ink >= ScanCheckboxes.THRESHOLD && ink < ScanCheckboxes.FILLED_FROM
                && s[2] <= f[2] + 4 && above <= 2 && below <= LEGS * f[2]
                && ScanCheckboxes.strokeAcross(r, f[0], f[1], f[2], f[2]);
    }

    /**
     * Paints paper over the pen strokes that run out of the boxes surely ticked: the ink of a box's own shape in the
     * paper round it, up to half its side out. A cross's arm or a tick's tail reaching under the box on the line
     * above joins two tight lines of options into one for OCR, which then reads their characters mixed.
     *
     * @param image   the page image OCR reads, as {@code cleaned} stands
     * @param cleaned the page's print with its rulings erased, where the boxes were found
     */
    static void eraseRunOut(java.awt.image.BufferedImage image, ScanRaster cleaned, List<ScanCheckboxes.Found> boxes) {
        List<ScanCheckboxes.Found> ticked = boxes.stream()
                .filter(f -> f.checked() && f.confidence() >= ScanBoxOrCharacter.SURE).toList();
        if (ticked.isEmpty()) {
            return;
        }
        InkComponents shapes = InkComponents.dark(cleaned);
        shapes.all(); // grows every shape, so that each dark pixel has its label
        int[] label = shapes.labels();
        int white = 0xffffffff;
        for (ScanCheckboxes.Found f : ticked) {
            java.util.Set<Integer> own = new java.util.HashSet<>();
            for (int x = f.x(); x < f.x() + f.width(); x++) {
                for (int y = f.y(); y < f.y() + f.height(); y++) {
                    if (cleaned.dark(x, y)) {
                        own.add(label[y * cleaned.width + x]);
                    }
                }
            }
            if (!apartFromOthers(cleaned, label, own, f)) {
                continue; // a character's square inside a run of text, its own strokes round it
            }
            int reach = Math.max(2, Math.max(f.width(), f.height()) / 2);
            for (int y = Math.max(0, f.y() - reach); y < Math.min(cleaned.height, f.y() + f.height() + reach); y++) {
                for (int x = Math.max(0, f.x() - reach); x < Math.min(cleaned.width, f.x() + f.width() + reach); x++) {
                    boolean outside = x < f.x() - 1 || y < f.y() - 1 || x > f.x() + f.width() || y > f.y() + f.height();
                    if (outside && cleaned.dark(x, y) && own.contains(label[y * cleaned.width + x])) {
                        for (int dy = -1; dy <= 1; dy++) {
                            for (int dx = -1; dx <= 1; dx++) {
                                int nx = x + dx, ny = y + dy;
                                if (nx >= 0 && ny >= 0 && nx < image.getWidth() && ny < image.getHeight()) {
                                    image.setRGB(nx, ny, white);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether the box stands apart from the other ink on its line as {@link ScanCheckboxes#setApart} asks, its own
     * shapes (the pen's strokes run out of it) not counted: a label keeps a space from its box.
     */
    private static boolean apartFromOthers(ScanRaster r, int[] label, java.util.Set<Integer> own,
                                           ScanCheckboxes.Found f) {
        return ScanCheckboxes.setApart((x, y) -> r.dark(x, y) && !own.contains(label[y * r.width + x]), f.x(), f.y(),
                f.width(), f.height());
    }

    /** How many of the shape's pixels stand in the paper round a frame, up to a third of its side out. */
    private static int spill(ScanRaster r, int[] label, int id, int[] f) {
        int reach = Math.max(2, f[2] / 3), n = 0;
        for (int y = f[1] - reach; y < f[1] + f[2] + reach; y++) {
            for (int x = f[0] - reach; x < f[0] + f[2] + reach; x++) {
                boolean outside = x < f[0] - 1 || y < f[1] - 1 || x > f[0] + f[2] || y > f[1] + f[2];
                n += outside && own(r, label, id, x, y) ? 1 : 0;
            }
        }
        return n;
    }

    /** Share of a shape's bounding box its pixels cover. */
    private static double ink(ScanRaster r, int[] label, int[] s) {
        int n = 0;
        for (int y = s[1]; y < s[1] + s[3]; y++) {
            for (int x = s[0]; x < s[0] + s[2]; x++) {
                n += own(r, label, s[4], x, y) ? 1 : 0;
            }
        }
        return n / (double) (s[2] * s[3]);
    }

    private static boolean own(ScanRaster r, int[] label, int id, int x, int y) {
        return r.dark(x, y) && label[y * r.width + x] == id;
    }

    /** The longest run of the shape's pixels along a row or column, a one-pixel gap (noise, JPEG) bridged. */
    private static int longestRun(ScanRaster r, int[] label, int id, int x, int y, int len, boolean horizontal) {
        int best = 0, run = 0, gap = 0;
        for (int p = 0; p < len; p++) {
            if (horizontal ? own(r, label, id, x + p, y) : own(r, label, id, x, y + p)) {
                run += gap + 1;
                gap = 0;
                best = Math.max(best, run);
            } else if (run > 0 && gap == 0) {
                gap = 1;
            } else {
                run = 0;
                gap = 0;
            }
        }
        return best;
    }
}
