package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds checkbox squares on a page image whose rulings were erased, and decides from the ink inside each whether
 * it is ticked. A box is a connected dark shape 6.5–16 pt across, about square, whose four sides are each drawn
 * along most of their length, with clear paper above and below it (the 口 inside 名 or 品 has its character's
 * other part right there; another box right above or below is no such part, as where wrapped options stand in
 * close lines); its state is the share of dark pixels in the inner area, away from the frame. A side blurred to
 * gray counts for an empty box, and for a ticked one whose other three sides are solid. A tick or cross is sure
 * only while its strokes slant and fill less than {@link #TICK_AT_MOST} of the inside: a level or upright stroke
 * from side to side is a character's. Where a page has several, one far off their common size is a character,
 * not a box.
 */
final class ScanCheckboxes {

    static final double MIN_PT = 6.5, MAX_PT = 16;
    /** Inner ink share above which a box counts as ticked. */
    static final double THRESHOLD = 0.10;
    /** Inner ink share a tick's or cross's strokes stay under, even blurred: a character's strokes fill more. */
    private static final double TICK_AT_MOST = 0.6;
    /** Ink distance from the threshold at which a decision is fully sure. */
    static final double SURE_DISTANCE = 0.07;
    private static final double SIDE_COVERAGE = 0.8;
    /** Inner ink share from which a box is filled in. */
    static final double FILLED_FROM = 0.8;
    /** Share of the inside a level or upright stroke covers that crosses a box from side to side. */
    private static final double ACROSS = 0.8;

    private ScanCheckboxes() {
    }

    /**
     * A box in pixels with its inner ink share, and whether a straight level or upright stroke crosses its inside
     * from side to side (the middle stroke of 日 or 田; a tick's or cross's strokes are slanted).
     */
    record Found(int x, int y, int width, int height, double ink, boolean strokeAcross, boolean open) {
        /** A box whose inside was not looked at for clear cells (a shape given its ink, not measured). */
        Found(int x, int y, int width, int height, double ink, boolean strokeAcross) {
            this(x, y, width, height, ink, strokeAcross, false);
        }

        boolean checked() {
            return ink >= THRESHOLD;
        }

        double confidence() {
            return confidenceOf(ink, strokeAcross, open);
        }
    }

    /**
     * Distance from the threshold, scaled; but a tick or cross covers less than {@link #TICK_AT_MOST} of the inside,
     * even blurred thick, and slants, while a filled box covers nearly all of it: ink in between, or ink with a
     * straight stroke from side to side, looks like a character's strokes and is never sure. A small box's cross
     * (☒ printed at 8 pt, read at 150 dpi) fills more than that with its two diagonals; where the inside still
     * leaves clear the cells a tick's or cross's arms pass by ({@code open}), ink up to a filled box's is a mark.
     */
    static double confidenceOf(double ink, boolean strokeAcross, boolean open) {
        double c = Math.min(1, Math.abs(ink - THRESHOLD) / SURE_DISTANCE);
        double strokesFrom = strokeAcross ? THRESHOLD : open ? FILLED_FROM : TICK_AT_MOST;
        return ink > strokesFrom && ink < FILLED_FROM ? Math.min(c, 0.4) : c;
    }

    /** Ink share under which a ninth of the inside counts as clear. */
    private static final double CLEAR_CELL = 0.2;
    /** Clear ninths a tick (its corners off the stroke) or a cross (the middles of its sides) leaves at least. */
    private static final int OPEN_CELLS = 2;

    /**
     * Whether the inside between the frame's bands, cut into three by three cells, leaves at least
     * {@link #OPEN_CELLS} of them nearly clear: a cross's diagonals miss the middle of every side and a tick's arms
     * miss two corners, while a character's strokes boxed in (回, 国) run through every cell round the middle.
     */
    static boolean open(ScanRaster r, int x, int y, int w, int h) {
        return open(r, x, y, w, h, bands(w, h));
    }

    /** {@link #open(ScanRaster, int, int, int, int)} between frame bands given (top, bottom, left, right). */
    static boolean open(ScanRaster r, int x, int y, int w, int h, int[] bands) {
        int x0 = x + bands[2], y0 = y + bands[0], iw = w - bands[2] - bands[3], ih = h - bands[0] - bands[1];
        if (iw < 3 || ih < 3) {
            return false;
        }
        int clear = 0;
        for (int cy = 0; cy < 3; cy++) {
            for (int cx = 0; cx < 3; cx++) {
                if (r.ink(x0 + cx * iw / 3, y0 + cy * ih / 3, x0 + (cx + 1) * iw / 3, y0 + (cy + 1) * ih / 3)
                        < CLEAR_CELL) {
                    clear++;
                }
            }
        }
        return clear >= OPEN_CELLS;
    }

    /**
     * Whether some row or column of the inside, between the frame's bands, is dark along most of the way from one
     * side to the other.
     */
    static boolean strokeAcross(ScanRaster r, int x, int y, int w, int h) {
        return strokeAcross(r, x, y, w, h, bands(w, h));
    }

    /** {@link #strokeAcross(ScanRaster, int, int, int, int)} between frame bands given (top, bottom, left, right). */
    static boolean strokeAcross(ScanRaster r, int x, int y, int w, int h, int[] bands) {
        for (int l = bands[0]; l < h - bands[1]; l++) {
            if (darkAlong(r, x, y, l, bands[2], w - bands[3], true)) {
                return true;
            }
        }
        for (int l = bands[2]; l < w - bands[3]; l++) {
            if (darkAlong(r, x, y, l, bands[0], h - bands[1], false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether line {@code l} of the square (a row, or a column) is dark along {@link #ACROSS} of its stretch
     * {@code from..to}.
     */
    static boolean darkAlong(ScanRaster r, int x, int y, int l, int from, int to, boolean row) {
        int dark = 0;
        for (int p = from; p < to; p++) {
            if (row ? r.dark(x + p, y + l) : r.dark(x + l, y + p)) {
                dark++;
            }
        }
        return to > from && dark >= ACROSS * (to - from);
    }

    /** The band a frame's side takes as printed thin, on each side (top, bottom, left, right). */
    static int[] bands(int w, int h) {
        int band = band(w, h);
        return new int[] {band, band, band, band};
    }

    static int band(int w, int h) {
        return Math.max(2, Math.round(Math.min(w, h) * 0.15f));
    }

    static List<Found> find(ScanRaster r) {
        return withFaintFrames(r, framed(r));
    }

    /**
     * {@code found} and the boxes whose frames the scan left too light to be print: a thin frame downsampled and
     * blurred (a low-quality JPEG copy) turns a gray that the print threshold drops, and its broken sides make no
     * shape, while the text beside it stays dark. They are looked for where visible gray counts as ink, and taken
     * only where two or more empty ones of one size show the page prints such boxes; a marked one must then have
     * their size and a tick's or cross's inside (slanted strokes, an open cell), since in that view a character's
     * strokes blur into a solid square.
     */
    private static List<Found> withFaintFrames(ScanRaster r, List<Found> found) {
        ScanRaster gray = r.grayAsDark();
        if (gray == null) {
            return found;
        }
        List<Found> candidates = new ArrayList<>();
        for (Found f : framed(gray)) {
            if (found.stream().noneMatch(o -> overlap(o, f))) {
                candidates.add(f);
            }
        }
        List<Found> empty = candidates.stream().filter(f -> f.ink() < THRESHOLD / 2 && !f.strokeAcross()).toList();
        if (empty.size() < 2) {
            return found;
        }
        double side = commonSide(empty);
        List<Found> out = new ArrayList<>(found);
        for (Found f : candidates) {
            boolean blank = empty.contains(f);
            boolean ticked = f.ink() < TICK_AT_MOST && f.open() && !f.strokeAcross();
            if ((blank || ticked) && Math.abs(Math.max(f.width(), f.height()) - side) <= 0.15 * side
                    && out.stream().noneMatch(o -> overlap(o, f))) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean overlap(Found a, Found b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    private static List<Found> framed(ScanRaster r) {
        int min = (int) Math.floor(MIN_PT * r.scale), max = (int) Math.ceil(MAX_PT * r.scale);
        InkComponents shapes = InkComponents.dark(r);
        int[] label = shapes.labels();
        List<int[]> squares = new ArrayList<>(), refused = new ArrayList<>();
        List<InkComponents.Shape> shapesFound = shapes.all();
        for (InkComponents.Shape shape : shapesFound) {
            int minX = shape.minX(), minY = shape.minY(), next = shape.label();
            int w = shape.width(), h = shape.height();
            if (w < min || h < min || w > max || h > max || Math.abs(w - h) > Math.max(2, 0.15 * Math.max(w, h))) {
                if (w >= min && h >= min) {
                    refused.add(new int[] {minX, minY, w, h, next});
                }
                continue;
            }
            squares.add(new int[] {minX, minY, w, h, next});
        }
        // another square shape above or below is no character's other part: options stacked in lines set close
        // put one box right over the next
        // nor is a speck: a pen stroke the print threshold broke into dots (blue ink on a colour scan) leaves some
        // beside the box it runs round
        boolean[] square = new boolean[shapes.count() + 1];
        for (int[] s : squares) {
            square[s[4]] = true;
        }
        for (InkComponents.Shape shape : shapesFound) {
            square[shape.label()] |= shape.size() <= SPECK;
        }
        List<Found> out = new ArrayList<>();
        List<int[]> unclear = new ArrayList<>();
        for (int[] s : squares) {
            int minX = s[0], minY = s[1], w = s[2], h = s[3];
            if (squares.stream().anyMatch(o -> o != s && o[0] <= minX && o[1] <= minY && o[0] + o[2] >= minX + w
                    && o[1] + o[3] >= minY + h)) {
                continue; // what fills a box is the box's ink
            }
            if (!clearAboveAndBelow(r, label, square, minX, minY, w, h)) {
                refused.add(s);
                unclear.add(s);
                continue;
            }
            Found f = measured(r, minX, minY, w, h);
            if (f != null) {
                out.add(f);
            } else {
                refused.add(s);
            }
        }
        List<Found> common = commonSize(out);
        for (int[] s : squares) {
            if (out.stream().anyMatch(f -> f.x() == s[0] && f.y() == s[1] && !common.contains(f))) {
                refused.add(s);
            }
        }
        List<Found> all = new ArrayList<>(ScanThickFrames.netOfFrames(r, common));
        List<Found> marked = ScanMarkedBoxes.find(r, label, refused, common);
        all.addAll(marked);
        all.addAll(ScanOpenBoxes.find(r, label, refused, all));
        if (!marked.isEmpty() && !unclear.isEmpty()) {
            // a pen mark run out of its box (a cross's arm, a tick's tail) may reach right under the box on the line
            // above, where options stand in tight lines: the marked box's ink is no character's other part
            for (Found m : marked) {
                for (int y = m.y(); y < m.y() + m.height(); y++) {
                    for (int x = m.x(); x < m.x() + m.width(); x++) {
                        if (r.dark(x, y)) {
                            square[label[y * r.width + x]] = true;
                        }
                    }
                }
            }
            double side = commonSide(common);
            for (int[] s : unclear) {
                boolean over = all.stream().anyMatch(o -> o.x() < s[0] + s[2] && s[0] < o.x() + o.width()
                        && o.y() < s[1] + s[3] && s[1] < o.y() + o.height());
                if (!over && Math.abs(Math.max(s[2], s[3]) - side) <= 0.25 * side
                        && clearAboveAndBelow(r, label, square, s[0], s[1], s[2], s[3])) {
                    Found f = measured(r, s[0], s[1], s[2], s[3]);
                    if (f != null) {
                        all.add(f);
                    }
                }
            }
        }
        return all;
    }

    /**
     * The square measured as a box, or {@code null} where its sides do not make a box's frame. A side the scan
     * blurred to gray counts for an empty box, and for a ticked one where the other three are solid and the inside
     * holds no more than a tick: a thin frame blurs on one side, while 国 or 回 blurred all round, or a 日 with its
     * middle strokes, would pass too.
     */
    private static Found measured(ScanRaster r, int minX, int minY, int w, int h) {
        double ink = innerInk(r, minX, minY, w, h);
        int solid = solidSides(r, minX, minY, w, h);
        boolean faintOk = ink < THRESHOLD / 2 || (solid == 3 && ink < TICK_AT_MOST);
        if (solid == 4 || (faintOk && isFrame(r, minX, minY, w, h, true))) {
            return new Found(minX, minY, w, h, ink, strokeAcross(r, minX, minY, w, h), open(r, minX, minY, w, h));
        }
        return null;
    }

    /**
     * The boxes with their ink measured again on another image of the same page (coloured pen ink kept), where it
     * shows more ink than the first: a pen tick the print image dropped.
     */
    static List<Found> remeasure(List<Found> boxes, ScanRaster penned) {
        List<Found> out = new ArrayList<>();
        for (Found f : boxes) {
            double ink = innerInk(penned, f.x(), f.y(), f.width(), f.height());
            out.add(ink > f.ink() ? new Found(f.x(), f.y(), f.width(), f.height(), ink,
                    strokeAcross(penned, f.x(), f.y(), f.width(), f.height()),
                    open(penned, f.x(), f.y(), f.width(), f.height())) : f);
        }
        return out;
    }

    /**
     * The boxes ticked by blue pen: a stroke of pen ink (a tick, a cross, a scribble, or a ring drawn round the
     * option) whose extent holds the box's centre and is no larger than an option with its label; a seal or a
     * signature is far larger. Such a box counts as ticked with the pen's ink share, at no more than
     * {@link #PEN_CONFIDENCE} where the pen only encircles it (nothing inside the box itself).
     */
    static List<Found> penTicks(List<Found> boxes, ScanRaster pen) {
        if (boxes.isEmpty()) {
            return boxes;
        }
        List<int[]> strokes = components(pen);
        List<Found> out = new ArrayList<>();
        for (Found f : boxes) {
            double cx = f.x() + f.width() / 2.0, cy = f.y() + f.height() / 2.0;
            int side = Math.max(f.width(), f.height());
            Found marked = f;
            for (int[] c : strokes) {
                int w = c[2] - c[0] + 1, h = c[3] - c[1] + 1;
                if (c[4] < side || w > OPTION_WIDE * side || h > 3.5 * side || cx < c[0] || cx > c[2] || cy < c[1]
                        || cy > c[3]) {
                    continue;
                }
                double inside = innerInk(pen, f.x(), f.y(), f.width(), f.height());
                if (inside >= THRESHOLD) {
                    // the ink is the pen's, however much of the inside it fills: no print is in this image
                    marked = new Found(f.x(), f.y(), f.width(), f.height(), Math.max(f.ink(), inside), false, true);
                } else if (!marked.checked()) {
                    // a ring round two boxes does not say which of them it means
                    long held = boxes.stream().filter(o -> o.x() + o.width() / 2.0 >= c[0]
                            && o.x() + o.width() / 2.0 <= c[2] && o.y() + o.height() / 2.0 >= c[1]
                            && o.y() + o.height() / 2.0 <= c[3]).count();
                    double confidence = held == 1 ? PEN_CONFIDENCE : 0.4;
                    marked = new Found(f.x(), f.y(), f.width(), f.height(), THRESHOLD + confidence
                            * SURE_DISTANCE, false);
                }
            }
            out.add(marked);
        }
        return out;
    }

    /**
     * The boxes with those added that coloured pen filled in so heavily that the print image kept no frame of
     * them (the frame's pixels lay under the pen, which the print image turns to paper): a blot of pen ink about a
     * box's size and mostly ink, on the line or in the column of the other boxes and over none of them. Such a box is
     * ticked, sure as a box filled in is.
     */
    static List<Found> penFilled(List<Found> boxes, ScanRaster pen) {
        if (boxes.isEmpty()) {
            return boxes;
        }
        double side = commonSide(boxes);
        List<Found> out = new ArrayList<>(boxes);
        for (InkComponents.Shape s : InkComponents.dark(pen).all()) {
            int w = s.width(), h = s.height();
            if (w < (1 - BLOT_SIZE) * side || h < (1 - BLOT_SIZE) * side || w > (1 + 2 * BLOT_SIZE) * side
                    || h > (1 + 2 * BLOT_SIZE) * side || s.size() < ScanMarkedBoxes.SCRIBBLED * w * h) {
                continue;
            }
            double cx = s.minX() + w / 2.0, cy = s.minY() + h / 2.0;
            boolean over = boxes.stream().anyMatch(o -> o.x() < s.maxX() && s.minX() < o.x() + o.width()
                    && o.y() < s.maxY() && s.minY() < o.y() + o.height());
            if (!over && ScanMarkedBoxes.aligned(boxes, cx, cy, side)) {
                out.add(new Found(s.minX(), s.minY(), w, h, innerInk(pen, s.minX(), s.minY(), w, h), false, true));
            }
        }
        return out;
    }

    /** How far a filled-in box's blot of pen may fall short of the page's box side (and twice that, overshoot it). */
    private static final double BLOT_SIZE = 0.2;

    /**
     * Whether a square stands apart on its line as a box does: paper at least {@link #APART_NEAR} of its side wide
     * on both sides, and {@link #APART_FAR} on one (a box keeps a space from its label, and the next option, or the
     * line's end, stands farther off). A character inside a run of text has its neighbours close on one side at
     * least.
     */
    static boolean setApart(ScanRaster r, int x, int y, int w, int h) {
        return setApart(r::dark, x, y, w, h);
    }

    /** {@link #setApart(ScanRaster, int, int, int, int)} with the ink that counts as other print given. */
    static boolean setApart(java.util.function.BiPredicate<Integer, Integer> ink, int x, int y, int w, int h) {
        int reach = (int) Math.ceil(APART_FAR * Math.max(w, h));
        int left = paperBeside(ink, y, h, x - 1, -1, reach), right = paperBeside(ink, y, h, x + w, 1, reach);
        double side = Math.max(w, h);
        return Math.min(left, right) >= APART_NEAR * side && Math.max(left, right) >= APART_FAR * side;
    }

    private static final double APART_NEAR = 0.25, APART_FAR = 0.7;

    /**
     * Columns of paper beside a square within its height ({@code y}, {@code h}), counted outward from column
     * {@code start} in direction {@code dir} up to {@code reach}.
     */
    private static int paperBeside(java.util.function.BiPredicate<Integer, Integer> ink, int y, int h, int start,
                                   int dir, int reach) {
        for (int d = 0; d < reach; d++) {
            int cx = start + dir * d;
            for (int cy = y; cy < y + h; cy++) {
                if (ink.test(cx, cy)) {
                    return d;
                }
            }
        }
        return reach;
    }

    /**
     * How many box sides wide a pen stroke round an option may be: the longest option's label (市委市政府已确定的新增
     * 项目, thirteen characters about a box wide each) with its box and the ring's play round them.
     */
    private static final double OPTION_WIDE = 16;

    /** Confidence of a box read as ticked because a pen ring encircles it. */
    static final double PEN_CONFIDENCE = 0.7;

    /** Connected dark shapes as {minX, minY, maxX, maxY, pixels}, specks of under four pixels left out. */
    static List<int[]> components(ScanRaster r) {
        List<int[]> out = new ArrayList<>();
        for (InkComponents.Shape s : InkComponents.dark(r).all()) {
            if (s.size() >= 4) {
                out.add(new int[] {s.minX(), s.minY(), s.maxX(), s.maxY(), s.size()});
            }
        }
        return out;
    }

    /** Pixels a dot of ink has at most: no part of a character. */
    private static final int SPECK = 5;

    private static boolean clearAboveAndBelow(ScanRaster r, int[] label, boolean[] square, int x, int y, int w,
                                              int h) {
        int margin = Math.max(2, Math.round(h * 0.3f));
        int inset = Math.max(1, w / 6);
        return otherInk(r, label, square, x + inset, y - margin, x + w - inset, y - 1) < 0.02
                && otherInk(r, label, square, x + inset, y + h + 1, x + w - inset, y + h + margin) < 0.02;
    }

    /** Share of dark pixels in the rectangle that are not part of a square shape or a speck. */
    private static double otherInk(ScanRaster r, int[] label, boolean[] square, int x0, int y0, int x1, int y1) {
        int n = 0, d = 0;
        for (int y = Math.max(0, y0); y < Math.min(r.height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(r.width, x1); x++) {
                n++;
                if (r.dark(x, y) && !square[label[y * r.width + x]]) {
                    d++;
                }
            }
        }
        return n == 0 ? 0 : d / (double) n;
    }

    /** The side of the page's boxes in pixels (their median), or 0 where none was found. */
    static double commonSide(List<Found> boxes) {
        return boxes.isEmpty() ? 0 : boxes.stream().mapToDouble(f -> Math.max(f.width(), f.height())).sorted()
                .toArray()[boxes.size() / 2];
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
        int band = band(w, h);
        return side(r, x, y, w, band, true, faint) && side(r, x, y + h - band, w, band, true, faint)
                && side(r, x, y, h, band, false, faint) && side(r, x + w - band, y, h, band, false, faint);
    }

    /** How many of the four sides are drawn in dark pixels along 80% of their length. */
    static int solidSides(ScanRaster r, int x, int y, int w, int h) {
        int band = band(w, h);
        int n = 0;
        n += side(r, x, y, w, band, true, false) ? 1 : 0;
        n += side(r, x, y + h - band, w, band, true, false) ? 1 : 0;
        n += side(r, x, y, h, band, false, false) ? 1 : 0;
        n += side(r, x + w - band, y, h, band, false, false) ? 1 : 0;
        return n;
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

    /**
     * {@link #innerInk(ScanRaster, int, int, int, int)} with the inner area kept a pixel clear of frame sides as
     * thick as given (top, bottom, left, right), where they reach farther in than its usual margin.
     */
    static double innerInk(ScanRaster r, int x, int y, int w, int h, int[] sides) {
        int mx = Math.max(2, Math.round(w * 0.22f)), my = Math.max(2, Math.round(h * 0.22f));
        return r.ink(x + Math.max(mx, sides[2] + 1), y + Math.max(my, sides[0] + 1),
                x + w - Math.max(mx, sides[3] + 1), y + h - Math.max(my, sides[1] + 1));
    }
}
