package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the checkboxes a word processor's form types as brackets ("[ ]结转项目 [√]其他一次性项目"): OCR reads the
 * brackets as "[", "I", "1" or "|" and drops the blank or the thin tick between them, so the group loses its boxes
 * and its tick. A bracket is a thin upright stroke of about a line's height with short level strokes at its ends
 * turned one way (a parenthesis curves, 1 and l have no such ends, or a foot both ways); a pair is an opening one and
 * a closing one of one height on one line, facing each other an em or so apart. Such a pair is a box: empty where
 * nothing lies between, ticked where a tick, a cross or a blot does, and unsure where other ink does that is no
 * character's stroke. Brackets in ordinary text are kept out three ways: a citation's brackets ("[2021]") stand
 * farther apart than a box's; an upright or level stroke from end to end between them ("[1]", "[一]") is a
 * character's; and a page's pairs count only where two empty ones show that it prints such boxes, a marked one only
 * on their lines.
 */
final class ScanBracketBoxes {

    /** Height of a bracket in points: a line's height of type from small print to a heading. */
    private static final double MIN_PT = 6, MAX_PT = 16;
    /** Widest a bracket stands, its end strokes included, as a share of its height. */
    private static final double THIN = 0.35;
    /** Share of its height the upright stroke is drawn along. */
    private static final double UPRIGHT = 0.85;
    /** How far apart a pair's brackets stand inside, in bracket heights: a blank or a tick, not a word. */
    private static final double GAP_MIN = 0.6, GAP_MAX = 1.7;
    /** How much a pair's brackets may differ in height and in where they start, in bracket heights. */
    private static final double SAME = 0.2;
    /** Ink between a pair's brackets smaller than this share of their height is a speck, not a mark. */
    private static final double MARK_EXTENT = 0.35;
    /** Share of its extent a stroke runs along to cross the ink between from end to end (a character's). */
    private static final double ACROSS = 0.8;
    /** How far from an empty pair's line, in bracket heights, a marked pair may stand (a wrapped group's lines). */
    private static final double OPTION_LINES = 3;
    /** Pixels a dot of ink has at most. */
    private static final int SPECK = 3;
    /** Ink share a surely ticked pair is given: ticked, sure. */
    static final double TICKED = ScanCheckboxes.THRESHOLD + ScanCheckboxes.SURE_DISTANCE;
    /** Ink share of a pair holding ink that is neither blank nor a tick's: ticked at a confidence of 0.4. */
    static final double UNSURE = ScanCheckboxes.THRESHOLD + 0.4 * ScanCheckboxes.SURE_DISTANCE;

    private ScanBracketBoxes() {
    }

    /** One bracket: its extent in pixels and which way its end strokes turn (+1 right, -1 left). */
    record Bracket(int minX, int minY, int maxX, int maxY, int facing) {
        int height() {
            return maxY - minY + 1;
        }
    }

    /** The boxes with the page's bracket pairs added, those over a box already found left out. */
    static List<ScanCheckboxes.Found> add(List<ScanCheckboxes.Found> boxes, ScanRaster r) {
        List<ScanCheckboxes.Found> pairs = find(r);
        if (pairs.isEmpty()) {
            return boxes;
        }
        List<ScanCheckboxes.Found> out = new ArrayList<>(boxes);
        for (ScanCheckboxes.Found p : pairs) {
            if (boxes.stream().noneMatch(b -> b.x() < p.x() + p.width() && p.x() < b.x() + b.width()
                    && b.y() < p.y() + p.height() && p.y() < b.y() + b.height())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The bracket pairs on a page as boxes, or none where fewer than two empty ones show the page prints them. */
    static List<ScanCheckboxes.Found> find(ScanRaster r) {
        InkComponents shapes = InkComponents.inked(r);
        int[] label = shapes.labels();
        List<InkComponents.Shape> all = shapes.all();
        // the largest extent of each shape: a stroke far larger than a box passing between two brackets (a pen's
        // ring round the option, a signature's tail) is none of the box's ink
        int[] extent = new int[shapes.count() + 1];
        List<Bracket> brackets = new ArrayList<>();
        for (InkComponents.Shape s : all) {
            extent[s.label()] = Math.max(s.width(), s.height());
            Bracket b = bracket(r, label, s);
            if (b != null) {
                brackets.add(b);
            }
        }
        Inside inside = new Inside(r, label, extent);
        List<ScanCheckboxes.Found> empty = new ArrayList<>(), marked = new ArrayList<>();
        List<Bracket> paired = new ArrayList<>();
        for (Bracket open : brackets) {
            if (open.facing() < 0) {
                continue;
            }
            Bracket close = closing(open, brackets);
            if (close == null) {
                continue;
            }
            paired.add(open);
            paired.add(close);
            ScanCheckboxes.Found f = inside.box(open.minX(), Math.min(open.minY(), close.minY()),
                    close.maxX() - open.minX() + 1, Math.max(open.maxY(), close.maxY()) - Math.min(open.minY(),
                            close.minY()) + 1, open.maxX() + 1, close.minX() - 1, false);
            if (f != null) {
                (f.ink() < ScanCheckboxes.THRESHOLD / 2 ? empty : marked).add(f);
            }
        }
        if (empty.size() < 2) {
            return List.of();
        }
        marked.addAll(lone(brackets, paired, empty, inside));
        List<ScanCheckboxes.Found> out = new ArrayList<>(empty);
        // a marked pair stands on or near the lines of the empty ones and in their column (a character's 门 round
        // its 日 in the label column beside is no option)
        double side = ScanCheckboxes.commonSide(empty);
        int left = empty.stream().mapToInt(ScanCheckboxes.Found::x).min().orElse(0);
        for (ScanCheckboxes.Found m : marked) {
            if (m.x() >= left - side && Math.abs(m.height() - height(empty)) <= SAME * height(empty)
                    && onOptionLines(m, empty) && out.stream().noneMatch(o -> o.x() < m.x() + m.width()
                    && m.x() < o.x() + o.width() && o.y() < m.y() + m.height() && m.y() < o.y() + o.height())) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean onOptionLines(ScanCheckboxes.Found m, List<ScanCheckboxes.Found> empty) {
        double cy = m.y() + m.height() / 2.0;
        return empty.stream().anyMatch(e -> Math.abs(e.y() + e.height() / 2.0 - cy) <= OPTION_LINES * e.height());
    }

    /**
     * The boxes of brackets whose partner is lost, on a page that prints bracket boxes: a pen's ring drawn through
     * one bracket joins it to the ring, and a 1-bit copy drops a thin one now and then. A lone bracket turned one
     * way, of the pairs' height, stands for an empty box as wide as theirs on its open side, where no other bracket
     * stands and nothing lies inside (a ring's stroke passing by aside). It may be a bracket of text or a character's
     * stroke: it is read at a pen ring's confidence, and with ink on its open side it is no box at all, since a
     * tick there would be a guess.
     */
    private static List<ScanCheckboxes.Found> lone(List<Bracket> brackets, List<Bracket> paired,
                                                   List<ScanCheckboxes.Found> empty, Inside inside) {
        List<ScanCheckboxes.Found> out = new ArrayList<>();
        int width = (int) Math.round(empty.stream().mapToDouble(ScanCheckboxes.Found::width).sorted()
                .toArray()[empty.size() / 2]);
        double h = height(empty);
        for (Bracket b : brackets) {
            if (paired.contains(b) || b.facing() == 0 || Math.abs(b.height() - h) > LONE_SAME * h) {
                continue;
            }
            int x = b.facing() > 0 ? b.minX() : b.maxX() - width + 1;
            int x0 = b.facing() > 0 ? b.maxX() + 1 : x + (b.maxX() - b.minX()) + 1;
            int x1 = b.facing() > 0 ? x + width - 1 - (b.maxX() - b.minX()) - 1 : b.minX() - 1;
            boolean crowded = brackets.stream().anyMatch(o -> o != b && o.maxX() >= x && o.minX() < x + width
                    && o.maxY() > b.minY() && o.minY() < b.maxY());
            if (!crowded && x1 > x0) {
                ScanCheckboxes.Found f = inside.box(x, b.minY(), width, b.height(), x0, x1, true);
                if (f != null && !f.checked()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The empty pairs' common height in pixels (their median). */
    private static double height(List<ScanCheckboxes.Found> empty) {
        return empty.stream().mapToDouble(ScanCheckboxes.Found::height).sorted().toArray()[empty.size() / 2];
    }

    /** The nearest closing bracket facing {@code open} on its line at a box's distance, or {@code null}. */
    private static Bracket closing(Bracket open, List<Bracket> brackets) {
        Bracket best = null;
        int h = open.height();
        for (Bracket c : brackets) {
            int gap = c.minX() - open.maxX() - 1;
            if (c.facing() > 0 || gap < GAP_MIN * h || gap > GAP_MAX * h
                    || Math.abs(c.height() - h) > SAME * Math.max(h, c.height())
                    || Math.abs(c.minY() - open.minY()) > SAME * h || (open.facing() == 0 && c.facing() == 0)) {
                continue;
            }
            if (best == null || c.minX() < best.minX()) {
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        for (Bracket o : brackets) {
            // another bracket between the two: they are no pair
            if (o != open && o != best && o.minX() > open.maxX() && o.maxX() < best.minX()
                    && o.maxY() > open.minY() && o.minY() < open.maxY()) {
                return null;
            }
        }
        return best;
    }

    /**
     * The shape as a bracket, or {@code null}: thin, of a line's height, an upright stroke along nearly all of it,
     * no ink off that stroke in its middle, and end strokes turned one way or (blurred off) none.
     */
    static Bracket bracket(ScanRaster r, int[] label, InkComponents.Shape s) {
        int h = s.height(), w = s.width();
        if (h < MIN_PT * r.scale || h > MAX_PT * r.scale || w > Math.max(3, THIN * h)) {
            return null;
        }
        // the upright stroke: the columns drawn along most of the height (a thin one broken by a 1-bit copy: two
        // neighbouring columns together)
        int from = -1, to = -1;
        for (int x = s.minX(); x <= s.maxX(); x++) {
            if (rows(r, label, s, x, x) >= UPRIGHT * h) {
                from = from < 0 ? x : from;
                to = x;
            }
        }
        for (int x = s.minX(); x < s.maxX() && from < 0; x++) {
            if (rows(r, label, s, x, x + 1) >= UPRIGHT * h) {
                from = x;
                to = x + 1;
            }
        }
        if (from < 0 || to - from > 2) {
            return null;
        }
        int end = Math.max(1, Math.round(h * 0.15f));
        // which way each end turns, top (0) and bottom (1): a bracket's two ends turn the same way, where the 1 of
        // a number has a flag at its top only
        boolean[] right = new boolean[2], left = new boolean[2];
        for (int y = s.minY(); y <= s.maxY(); y++) {
            boolean atEnd = y < s.minY() + end || y > s.maxY() - end;
            int e = y < s.minY() + end ? 0 : 1;
            for (int x = s.minX(); x <= s.maxX(); x++) {
                // a pixel beside the stroke is the scan's blur or noise
                if (!own(r, label, s.label(), x, y) || (x >= from - 1 && x <= to + 1)) {
                    continue;
                }
                if (!atEnd) {
                    return null; // ink off the stroke in its middle: a character's, or a parenthesis' curve
                }
                right[e] |= x > to;
                left[e] |= x < from;
            }
        }
        if ((right[0] || right[1]) && (left[0] || left[1])) {
            return null; // ends turned both ways: I, 工, a 1 with a foot
        }
        if (right[0] != right[1] || left[0] != left[1]) {
            return null; // one end turned, the other not: a 1's flag, or a 亅's hook
        }
        return new Bracket(s.minX(), s.minY(), s.maxX(), s.maxY(), right[0] ? 1 : left[0] ? -1 : 0);
    }

    /** Reads what stands between two brackets. */
    private record Inside(ScanRaster r, int[] label, int[] extent) {

        /**
         * The box {@code x, y, w, h} read from the ink in columns {@code x0..x1} between its brackets, or
         * {@code null} where that ink is a character's: a stroke from end to end of it, upright or level.
         * {@code lone}: one bracket was found only, and an empty box is read no surer than {@link #LONE_EMPTY}.
         */
        ScanCheckboxes.Found box(int x, int y, int w, int h, int x0, int x1, boolean lone) {
            boolean[] own = new boolean[(x1 - x0 + 1) * h];
            int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1, n = 0;
            for (int yy = y; yy < y + h; yy++) {
                for (int xx = x0; xx <= x1; xx++) {
                    if (r.dark(xx, yy) && extent[label[yy * r.width + xx]] <= PASSING * h) {
                        own[(yy - y) * (x1 - x0 + 1) + xx - x0] = true;
                        n++;
                        minX = Math.min(minX, xx);
                        maxX = Math.max(maxX, xx);
                        minY = Math.min(minY, yy);
                        maxY = Math.max(maxY, yy);
                    }
                }
            }
            int bw = maxX - minX + 1, bh = maxY - minY + 1;
            if (n <= SPECK || Math.max(bw, bh) < MARK_EXTENT * h) {
                return new ScanCheckboxes.Found(x, y, w, h, lone ? LONE_EMPTY : 0, false, true);
            }
            ScanRaster ink = new ScanRaster(own, x1 - x0 + 1, h, r.scale);
            int ox = minX - x0, oy = minY - y;
            double fill = n / (double) (bw * bh);
            boolean filled = fill >= ScanCheckboxes.FILLED_FROM && Math.min(bw, bh) >= 0.5 * h;
            if (!filled && across(ink, ox, oy, bw, bh, h)) {
                return null;
            }
            boolean mark = filled || ScanBareTicks.tickShaped(ink, ox, oy, bw, bh) || vShaped(ink, ox, oy, bw, bh)
                    || (fill < 0.6 && crossShaped(ink, ox, oy, bw, bh));
            double read = filled ? fill : mark ? TICKED : UNSURE;
            return new ScanCheckboxes.Found(x, y, w, h, read, false, true);
        }
    }

    /** How much a lone bracket may differ in height from the page's pairs, in their height. */
    private static final double LONE_SAME = 0.1;
    /** How many bracket heights a stroke may reach and still be a box's ink rather than one passing by. */
    private static final double PASSING = 2;
    /** What an empty box of a lone bracket is read as: empty at a pen ring's confidence. */
    static final double LONE_EMPTY = ScanCheckboxes.THRESHOLD - ScanCheckboxes.PEN_CONFIDENCE
            * ScanCheckboxes.SURE_DISTANCE;

    /**
     * Whether an upright stroke runs down most of the ink's height, or a level one across most of its width, the
     * ink being a box's height or width at least that way (1, l, 一, the 日 inside 间): a character's strokes,
     * where a tick's and a cross's slant.
     */
    private static boolean across(ScanRaster r, int x, int y, int w, int h, int line) {
        return h >= MARK_EXTENT * line && darkLine(r, x, y, w, h, true)
                || w >= MARK_EXTENT * line && darkLine(r, x, y, w, h, false);
    }

    /** Whether a column ({@code upright}) or a row of the ink's box is dark for {@link #ACROSS} of its length. */
    private static boolean darkLine(ScanRaster r, int x, int y, int w, int h, boolean upright) {
        int lines = upright ? w : h, length = upright ? h : w;
        for (int i = 0; i < lines; i++) {
            int dark = 0;
            for (int j = 0; j < length; j++) {
                dark += (upright ? r.dark(x + i, y + j) : r.dark(x + j, y + i)) ? 1 : 0;
            }
            if (dark >= ACROSS * length) {
                return true;
            }
        }
        return false;
    }

    /**
     * A ✓ whose long arm a 1-bit copy broke off short (a v): its lowest quarter's ink near the middle, its highest
     * quarter's on both sides of it and none there in the middle.
     */
    static boolean vShaped(ScanRaster r, int x, int y, int w, int h) {
        if (w < 3 || h < 3) {
            return false;
        }
        int quarter = Math.max(1, h / 4), third = Math.max(1, w / 3);
        boolean lowMiddle = r.ink(x + w / 4, y + h - quarter, x + w - w / 4, y + h) > 0
                && r.ink(x, y + h - quarter, x + w / 4, y + h) == 0 && r.ink(x + w - w / 4, y + h - quarter, x + w, y + h) == 0;
        boolean armsUp = r.ink(x, y, x + third, y + quarter) > 0 && r.ink(x + w - third, y, x + w, y + quarter) > 0
                && r.ink(x + third, y, x + w - third, y + quarter) == 0;
        return lowMiddle && armsUp;
    }

    /** A ✗: ink in all four corners of its extent and in its middle, its sides' middles clear. */
    private static boolean crossShaped(ScanRaster r, int x, int y, int w, int h) {
        if (w < 3 || h < 3) {
            return false;
        }
        int cw = w / 3, ch = h / 3;
        boolean corners = r.ink(x, y, x + cw + 1, y + ch + 1) > 0 && r.ink(x + w - cw - 1, y, x + w, y + ch + 1) > 0
                && r.ink(x, y + h - ch - 1, x + cw + 1, y + h) > 0
                && r.ink(x + w - cw - 1, y + h - ch - 1, x + w, y + h) > 0;
        boolean middle = r.ink(x + cw, y + ch, x + w - cw, y + h - ch) > 0;
        boolean sidesClear = r.ink(x + cw, y, x + w - cw, y + 1) == 0 || r.ink(x, y + ch, x + 1, y + h - ch) == 0;
        return corners && middle && sidesClear;
    }

    /** Rows of the shape with its ink in columns {@code x0..x1}. */
    private static int rows(ScanRaster r, int[] label, InkComponents.Shape s, int x0, int x1) {
        int n = 0;
        for (int y = s.minY(); y <= s.maxY(); y++) {
            boolean any = false;
            for (int x = x0; x <= x1 && !any; x++) {
                any = own(r, label, s.label(), x, y);
            }
            n += any ? 1 : 0;
        }
        return n;
    }

    private static boolean own(ScanRaster r, int[] label, int id, int x, int y) {
        return x >= 0 && y >= 0 && x < r.width && y < r.height && label[y * r.width + x] == id;
    }
}
