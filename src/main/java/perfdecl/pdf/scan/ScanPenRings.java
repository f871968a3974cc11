package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds rings drawn by pen round an option (its box and label, or the label alone): a connected stroke that runs
 * most of the way round an ellipse, with paper inside it except for what it encircles. Print has no such shape
 * among the options (the rulings are erased first; a seal's ring is far larger than an option's line). The ellipse
 * is fitted to the stroke's pixels rather than read off its extent, so that a ring cut where it crossed an erased
 * ruling, or touching a character of its label, is still found. (A blue ring on a grey scan whose stroke the
 * print threshold breaks into pieces is not: its group then reads as having nothing ticked, which is reported.)
 */
final class ScanPenRings {

    /**
     * An ellipse in pixels: the ring's middle line (centre, semi-axes along and across, the long axis turned by
     * {@code tilt} radians from level), how far off it (in normalised radius) its stroke runs, and the pixels of the
     * shape it was fitted to.
     */
    record Ring(double cx, double cy, double ax, double ay, double tilt, double band, int[] pixels) {

        /** Whether a pixel of the shape is the ring's stroke rather than a character it touches. */
        boolean onRing(int x, int y) {
            return Math.abs(rho(x, y) - 1) <= band;
        }

        /** Whether a point stands well inside the ring. */
        boolean holds(double x, double y) {
            return rho(x, y) < INSIDE;
        }

        double rho(double x, double y) {
            double u = along(x, y) / ax, v = across(x, y) / ay;
            return Math.sqrt(u * u + v * v);
        }

        /** The angle round the ring at which a point stands. */
        double angle(double x, double y) {
            return Math.atan2(across(x, y) / ay, along(x, y) / ax);
        }

        private double along(double x, double y) {
            return (x - cx) * Math.cos(tilt) + (y - cy) * Math.sin(tilt);
        }

        private double across(double x, double y) {
            return -(x - cx) * Math.sin(tilt) + (y - cy) * Math.cos(tilt);
        }
    }

    /** Normalised radius inside which an encircled point must stand (the ring wobbles by a tenth). */
    static final double INSIDE = 0.88;
    /**
     * Share of a ring component's pixels that lie along its ellipse: characters it touches are off it, while a
     * blot or a run of characters joined up has most of its ink inside any ellipse fitted to it.
     */
    private static final double ON_RING = 0.6;
    private static final int SECTORS = 36;
    /** Fits to the pixels near the last fit: each sheds more of what the ring touches. */
    private static final int REFITS = 6;
    /** Sectors of the ellipse a ring's stroke passes through at least: a hand closes its ring roughly. */
    private static final int SECTORS_COVERED = 29;

    private ScanPenRings() {
    }

    /**
     * The rings on a page image whose rulings were erased, for options whose boxes are about {@code side} pixels:
     * at least a box high and two wide, at most four boxes high.
     */
    static List<Ring> find(ScanRaster r, double side) {
        return find(r, side, (x, y) -> false, List.of());
    }

    /**
     * As {@link #find(ScanRaster, double)}, a ring's stroke perhaps run unseen where {@code unseen} says, and the
     * frames of the checkboxes found on the page left out of any ring: a pen's ring goes round a box, not along its
     * frame. Light ink that joins a box to the label beside it (a seal's stroke on a grey scan, a smudge) makes box,
     * stroke and label one shape, whose ends the box's sides and the label's strokes draw; fitted whole, that shape
     * passed for a ring round the box.
     */
    static List<Ring> find(ScanRaster r, double side, Unseen unseen, List<ScanCheckboxes.Found> boxes) {
        List<Ring> out = new ArrayList<>();
        if (side <= 0) {
            return out;
        }
        InkComponents shapes = InkComponents.inked(r);
        for (int start = 0; start < r.width * r.height; start++) {
            InkComponents.Shape shape = shapes.grow(start);
            if (shape == null) {
                continue;
            }
            int w = shape.width(), h = shape.height(), n = shape.size();
            if (w < 1.6 * side || h < 0.9 * side || h > 4.5 * side || w > 40 * side || n > 0.3 * w * h) {
                continue;
            }
            Ring ring = ring(offBoxes(shapes.pixels(), r.width, boxes), r.width, side, unseen);
            if (ring != null) {
                out.add(ring);
            }
        }
        return out;
    }

    /**
     * The pixels (indices {@code y * width + x}) outside every box and its blurred edge ({@link #BOX_EDGE}); the same
     * array where none lies there.
     */
    private static int[] offBoxes(int[] pixels, int width, List<ScanCheckboxes.Found> boxes) {
        if (boxes.isEmpty()) {
            return pixels;
        }
        int[] out = new int[pixels.length];
        int n = 0;
        for (int p : pixels) {
            int x = p % width, y = p / width;
            boolean inBox = false;
            for (ScanCheckboxes.Found f : boxes) {
                if (x >= f.x() - BOX_EDGE && x < f.x() + f.width() + BOX_EDGE && y >= f.y() - BOX_EDGE
                        && y < f.y() + f.height() + BOX_EDGE) {
                    inBox = true;
                    break;
                }
            }
            if (!inBox) {
                out[n++] = p;
            }
        }
        return n == pixels.length ? pixels : java.util.Arrays.copyOf(out, n);
    }

    /** How far (pixels) a box's frame, blurred, inks the paper round the square it was found as. */
    private static final int BOX_EDGE = 2;

    /**
     * The rulings less those that run along a ring: the flat bottom or top of a ring drawn round an option is as
     * long and as straight as a short ruling.
     */
    static List<ScanRulings.Line> offRings(List<ScanRulings.Line> lines, List<Ring> rings) {
        if (rings.isEmpty()) {
            return lines;
        }
        List<ScanRulings.Line> out = new ArrayList<>();
        for (ScanRulings.Line l : lines) {
            boolean along = false;
            for (Ring ring : rings) {
                int on = 0, n = 0;
                for (int p = l.from(); p < l.to(); p++) {
                    n++;
                    double x = l.horizontal() ? p : l.at(), y = l.horizontal() ? l.at() : p;
                    if (Math.abs(ring.rho(x, y) - 1) <= 2 * ring.band()) {
                        on++;
                    }
                }
                along |= n > 0 && on >= 0.8 * n;
            }
            if (!along) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The ellipse through a component's pixels when they run round one, else {@code null}: an axis-aligned conic
     * {@code a x² + b y² + c x + d y = 1} fitted by least squares about the pixels' mean, then checked for how many
     * pixels lie on it and how far round it they go.
     */
    static Ring ring(int[] pixels, int width, double side) {
        return ring(pixels, width, side, (x, y) -> false);
    }

    /**
     * As {@link #ring(int[], int, double)}, where {@code unseen} tells the pixels the ring's stroke may have run
     * through unseen (a ruling erased there): a stretch of the ellipse there counts as gone round. The fit starts
     * from all the pixels, and again from their lower and their upper two thirds: a line of characters that the
     * ring's top or bottom touches pulls a fit to all of them off the ring.
     */
    static Ring ring(int[] pixels, int width, double side, Unseen unseen) {
        int minY = Integer.MAX_VALUE, maxY = Integer.MIN_VALUE;
        for (int p : pixels) {
            minY = Math.min(minY, p / width);
            maxY = Math.max(maxY, p / width);
        }
        int third = (maxY - minY + 1) / 3;
        Ring best = null;
        for (int start = 0; start < 3; start++) {
            int[] from = new int[pixels.length];
            int n = 0;
            for (int p : pixels) {
                int y = p / width;
                if (start == 0 || start == 1 && y >= minY + third || start == 2 && y <= maxY - third) {
                    from[n++] = p;
                }
            }
            Scored scored = refined(fit(from, n, width, side), pixels, width, side, unseen, WIDE_PASSES, 1);
            if (scored != null && (best == null || scored.on() > onOf(best, width))) {
                best = scored.ring();
            }
        }
        if (best != null) {
            // a line of characters whose feet the ring's top runs along pulls every fit up into it, past the ring's
            // own top, which it then holds inside; the ring's stroke is the ink nearest the middle in each column,
            // and refitted without the wide first passes a fit to that stays on the ring
            int[] inner = innerEdge(pixels, width, best.cy());
            Scored tight = inner.length < 10 ? null
                    : refined(fit(inner, inner.length, width, side), pixels, width, side, unseen, 0, TIGHT);
            if (tight != null && insideOf(tight.ring(), width) < insideOf(best, width)
                    && tight.on() >= ON_RING * onOf(best, width)) {
                best = tight.ring();
            }
        }
        return best;
    }

    /** The shape's pixels lying inside the ring's stroke: for a fit on the ring, what it touches from inside. */
    private static int insideOf(Ring ring, int width) {
        int in = 0;
        for (int p : ring.pixels()) {
            in += ring.rho(p % width, p / width) < 1 - ring.band() ? 1 : 0;
        }
        return in;
    }

    /** Passes of the refit that keep pixels twice the band off the last fit, to let a fit pulled off the ring back. */
    private static final int WIDE_PASSES = 2;
    /** Share of the band a refit from the ring's inner edge keeps pixels within: the stroke, not the feet it touches. */
    private static final double TIGHT = 0.5;

    /**
     * In each column, the run of pixels above {@code cy} lying lowest and the run below it lying highest: the inner
     * edge of a ring, free of what touches it from outside.
     */
    private static int[] innerEdge(int[] pixels, int width, double cy) {
        java.util.Set<Integer> set = new java.util.HashSet<>();
        java.util.Map<Integer, Integer> upper = new java.util.HashMap<>(), lower = new java.util.HashMap<>();
        for (int p : pixels) {
            set.add(p);
            int x = p % width, y = p / width;
            if (y < cy) {
                upper.merge(x, y, Math::max);
            } else {
                lower.merge(x, y, Math::min);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (var e : upper.entrySet()) {
            for (int y = e.getValue(); set.contains(y * width + e.getKey()); y--) {
                out.add(y * width + e.getKey());
            }
        }
        for (var e : lower.entrySet()) {
            for (int y = e.getValue(); set.contains(y * width + e.getKey()); y++) {
                out.add(y * width + e.getKey());
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a pen stroke may have run unseen. */
    interface Unseen {
        boolean at(int x, int y);
    }

    private record Scored(Ring ring, int on) {
    }

    private static int onOf(Ring ring, int width) {
        int on = 0;
        for (int p : ring.pixels()) {
            on += ring.onRing(p % width, p / width) ? 1 : 0;
        }
        return on;
    }

    private static Scored refined(Ring ring, int[] pixels, int width, double side, Unseen unseen, int wide, double keep) {
        // refitted to the pixels near the last fit: a character the ring touches pulls the first one off
        for (int pass = 0; pass < REFITS && ring != null; pass++) {
            int[] near = new int[pixels.length];
            int n = 0;
            for (int p : pixels) {
                if (Math.abs(ring.rho(p % width, p / width) - 1) <= (pass < wide ? 2 : keep) * ring.band()) {
                    near[n++] = p;
                }
            }
            ring = n < 0.15 * pixels.length ? null : fit(near, n, width, side);
        }
        if (ring == null) {
            return null;
        }
        ring = new Ring(ring.cx(), ring.cy(), ring.ax(), ring.ay(), ring.tilt(), ring.band(), pixels);
        boolean[] sector = new boolean[SECTORS];
        int on = 0, within = 0;
        for (int p : pixels) {
            int x = p % width, y = p / width;
            // characters the ring touches from outside (the line above or below its label) are no part of it: ink
            // past the stroke's outer edge is left out, since a ring drawn along the feet of the line above runs
            // through their lowest strokes and leaves the rest of them just outside it
            if (ring.rho(x, y) <= 1 + ring.band()) {
                within++;
            }
            if (ring.onRing(x, y)) {
                on++;
                sector[sector(ring.angle(x, y))] = true;
            }
        }
        int covered = 0, hidden = 0;
        for (int k = 0; k < SECTORS; k++) {
            if (sector[k]) {
                covered++;
            } else {
                double a = (k + 0.5) / SECTORS * 2 * Math.PI - Math.PI;
                double u = ring.ax() * Math.cos(a), v = ring.ay() * Math.sin(a);
                double c = Math.cos(ring.tilt()), s = Math.sin(ring.tilt());
                hidden += unseen.at((int) Math.round(ring.cx() + u * c - v * s),
                        (int) Math.round(ring.cy() + u * s + v * c)) ? 1 : 0;
            }
        }
        // what a ruling hid counts for at most a quarter of the way round: the rest must be seen
        boolean round = covered >= SECTORS_COVERED || covered >= SECTORS * 3 / 4
                && covered + hidden >= SECTORS_COVERED;
        return on >= ON_RING * within && round ? new Scored(ring, on) : null;
    }

    private static int sector(double angle) {
        return (int) Math.floor((angle + Math.PI) / (2 * Math.PI) * SECTORS) % SECTORS;
    }

    /** The ellipse fitted to the first {@code n} pixels, or {@code null} where they fit none (or one stood up). */
    private static Ring fit(int[] pixels, int n, int width, double side) {
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += pixels[i] % width;
            my += pixels[i] / width;
        }
        mx /= n;
        my /= n;
        double[][] m = new double[5][6];
        for (int i = 0; i < n; i++) {
            double x = pixels[i] % width - mx, y = pixels[i] / width - my;
            double[] v = {x * x, x * y, y * y, x, y};
            for (int a = 0; a < 5; a++) {
                for (int b = 0; b < 5; b++) {
                    m[a][b] += v[a] * v[b];
                }
                m[a][5] += v[a];
            }
        }
        double[] s = solve(m);
        if (s == null) {
            return null;
        }
        double a = s[0], b = s[1], c = s[2], d = s[3], e = s[4];
        double det = 4 * a * c - b * b;
        if (det <= 0 || a <= 0) {
            return null; // no ellipse
        }
        // centre where the conic's gradient vanishes; there a u² + b u v + c v² = 1 - (d x0 + e y0) / 2
        double ox = (b * e - 2 * c * d) / det, oy = (b * d - 2 * a * e) / det;
        double k = 1 - (d * ox + e * oy) / 2;
        double tilt = 0.5 * Math.atan2(b, a - c);
        double cos = Math.cos(tilt), sin = Math.sin(tilt);
        double l1 = a * cos * cos + b * sin * cos + c * sin * sin, l2 = a * sin * sin - b * sin * cos + c * cos * cos;
        if (Math.abs(tilt) > Math.PI / 4) {
            // the axis nearer level is the other one
            tilt -= Math.signum(tilt) * Math.PI / 2;
            double t = l1;
            l1 = l2;
            l2 = t;
        }
        if (k <= 0 || l1 <= 0 || l2 <= 0 || Math.abs(tilt) > MAX_TILT) {
            return null;
        }
        double ax = Math.sqrt(k / l1), ay = Math.sqrt(k / l2);
        if (ax < side || ay < 0.5 * side || ay > 2.5 * side) {
            return null;
        }
        return new Ring(mx + ox, my + oy, ax, ay, tilt, Math.max(0.15, 0.25 * side / ay), pixels);
    }

    /** Most a ring round an option leans from level (radians): a hand draws it along the line it rings. */
    private static final double MAX_TILT = Math.toRadians(25);

    /**
     * The boxes with those a ring holds read as ticked: at {@link ScanCheckboxes#PEN_CONFIDENCE} where the ring
     * holds that box alone, at an unsure 0.4 where it holds several (it does not say which it means). A ring round a
     * label alone holds no box: it ticks the box standing nearer the text it holds on its line (a label's own box is
     * set closer to it than the next option's), unsurely where the two are about as near. A box already ticked keeps
     * its reading.
     *
     * @param print the page image the rings' insides are read on for the text they hold
     */
    static List<ScanCheckboxes.Found> mark(List<ScanCheckboxes.Found> boxes, List<Ring> rings, ScanRaster print) {
        double[] confidence = new double[boxes.size()];
        for (Ring ring : rings) {
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                ScanCheckboxes.Found f = boxes.get(i);
                if (ring.holds(f.x() + f.width() / 2.0, f.y() + f.height() / 2.0)) {
                    held.add(i);
                }
            }
            boolean sure = held.size() == 1;
            if (held.isEmpty()) {
                Beside beside = besideLabel(boxes, ring, print);
                held = beside.boxes();
                sure = beside.sure();
            }
            for (int i : held) {
                confidence[i] = Math.max(confidence[i], sure ? ScanCheckboxes.PEN_CONFIDENCE : UNSURE);
            }
        }
        List<ScanCheckboxes.Found> out = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            ScanCheckboxes.Found f = boxes.get(i);
            out.add(f.checked() || confidence[i] == 0 ? f : new ScanCheckboxes.Found(f.x(), f.y(), f.width(),
                    f.height(), ScanCheckboxes.THRESHOLD + confidence[i] * ScanCheckboxes.SURE_DISTANCE, false));
        }
        return out;
    }

    /**
     * The boxes less those standing outside a ring whose top or bottom its stroke draws: a ring drawn along
     * the feet (or heads) of a line of characters closes a square under each of them, whose stroke runs out of that
     * "frame" as a pen mark would. A box inside the ring keeps its place, whatever side the ring runs along.
     */
    static List<ScanCheckboxes.Found> withoutRingSides(List<ScanCheckboxes.Found> boxes, List<Ring> rings) {
        if (rings.isEmpty()) {
            return boxes;
        }
        List<ScanCheckboxes.Found> out = new ArrayList<>();
        for (ScanCheckboxes.Found f : boxes) {
            boolean sideOnRing = false;
            for (Ring ring : rings) {
                if (ring.rho(f.x() + f.width() / 2.0, f.y() + f.height() / 2.0) > 1) {
                    // only the top or bottom, and only a box outside the ring: a ring drawn tight round a box at its
                    // end runs along the box's top and bottom there
                    double near = STROKE_NEAR * Math.max(f.width(), f.height());
                    sideOnRing |= alongRing(ring, f.x(), f.y(), f.width(), near)
                            || alongRing(ring, f.x(), f.y() + f.height() - 1, f.width(), near);
                }
            }
            if (!sideOnRing) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The boxes less the ticked ones that a ring's stroke runs through without holding them: a ring drawn in black
     * pen (or any pen on a grey scan) that touches a character closes a square with it, a 目 over its top or the
     * first character at its end, whose strokes inside read as a tick; and a box the stroke crosses has the ring's
     * ink for its tick. The box the ring holds keeps its place, and an empty box does no harm.
     */
    static List<ScanCheckboxes.Found> withoutRingCrossed(List<ScanCheckboxes.Found> boxes, List<Ring> rings) {
        if (rings.isEmpty()) {
            return boxes;
        }
        List<ScanCheckboxes.Found> out = new ArrayList<>();
        for (ScanCheckboxes.Found f : boxes) {
            double cx = f.x() + f.width() / 2.0, cy = f.y() + f.height() / 2.0;
            boolean crossed = false;
            for (Ring ring : rings) {
                crossed |= f.checked() && !ring.holds(cx, cy) && crosses(ring, f);
            }
            if (!crossed) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the ring's middle line runs through the box, grown by the half of the ring's stroke beside it. */
    private static boolean crosses(Ring ring, ScanCheckboxes.Found f) {
        double grow = Math.max(2, STROKE_NEAR * Math.max(f.width(), f.height()));
        double x0 = f.x() - grow, y0 = f.y() - grow, x1 = f.x() + f.width() + grow, y1 = f.y() + f.height() + grow;
        boolean in = false, out = false;
        for (double y = y0; y <= y1; y++) {
            for (double x = x0; x <= x1; x++) {
                double rho = ring.rho(x, y);
                in |= rho <= 1;
                out |= rho >= 1;
            }
        }
        return in && out;
    }

    /** Share of a box's side that must lie on a ring's stroke for the ring to have drawn it. */
    private static final double SIDE_ON_RING = 0.8;

    /** How near the ring's middle line a side must run, in box sides, to be its stroke. */
    private static final double STROKE_NEAR = 0.3;

    /** Whether most of a level side runs within {@code near} pixels of the ring's middle line. */
    private static boolean alongRing(Ring ring, int x, int y, int len, double near) {
        int on = 0;
        for (int p = 0; p < len; p++) {
            double rho = ring.rho(x + p, y), d = Math.hypot(x + p - ring.cx(), y - ring.cy());
            on += rho > 0 && Math.abs(1 - 1 / rho) * d <= near ? 1 : 0;
        }
        return on >= SIDE_ON_RING * len;
    }

    /** The rings that hold a box or stand round a label beside one: those {@link #mark} reads a tick from. */
    static List<Ring> besideBoxes(List<ScanCheckboxes.Found> boxes, List<Ring> rings, ScanRaster print) {
        List<Ring> out = new ArrayList<>();
        for (Ring ring : rings) {
            boolean holds = boxes.stream().anyMatch(f -> ring.holds(f.x() + f.width() / 2.0, f.y() + f.height() / 2.0));
            if (holds || !besideLabel(boxes, ring, print).boxes().isEmpty()) {
                out.add(ring);
            }
        }
        return out;
    }

    /** Confidence of a box ticked by a ring that may mean another box as well. */
    private static final double UNSURE = 0.4;
    /** How much nearer to a ringed label its own box stands than the other side's. */
    private static final double NEARER = 0.6;
    /** Farthest a ringed label's box may stand from the text, in box sides. */
    private static final double REACH = 3;

    /** The boxes a ring round a label ticks, and whether it surely means the one. */
    private record Beside(List<Integer> boxes, boolean sure) {
    }

    /**
     * For a ring round text only: the box on its line nearer the text it holds, surely where the other side's is
     * clearly farther or, there being none, where it stands right against the text; else the boxes on both sides,
     * unsurely; none where no box stands within {@link #REACH} of it (a word ringed elsewhere).
     */
    private static Beside besideLabel(List<ScanCheckboxes.Found> boxes, Ring ring, ScanRaster print) {
        double side = ScanCheckboxes.commonSide(boxes);
        int from = (int) Math.floor(ring.cx() - ring.ax()), to = (int) Math.ceil(ring.cx() + ring.ax());
        int textLeft = Integer.MAX_VALUE, textRight = Integer.MIN_VALUE;
        for (int y = (int) (ring.cy() - 0.5 * ring.ay()); y <= ring.cy() + 0.5 * ring.ay(); y++) {
            for (int x = from; x <= to; x++) {
                if (ring.rho(x, y) < 0.8 && print.dark(x, y)) {
                    textLeft = Math.min(textLeft, x);
                    textRight = Math.max(textRight, x);
                }
            }
        }
        if (textLeft > textRight) {
            return new Beside(List.of(), false);
        }
        int left = -1, right = -1;
        double gapLeft = Double.MAX_VALUE, gapRight = Double.MAX_VALUE;
        for (int i = 0; i < boxes.size(); i++) {
            ScanCheckboxes.Found f = boxes.get(i);
            if (Math.abs(f.y() + f.height() / 2.0 - ring.cy()) > 0.5 * ring.ay() + 0.3 * side) {
                continue;
            }
            double before = textLeft - (f.x() + f.width()), after = f.x() - textRight;
            if (before >= 0 && before <= REACH * side && before < gapLeft) {
                left = i;
                gapLeft = before;
            }
            if (after >= 0 && after <= REACH * side && after < gapRight) {
                right = i;
                gapRight = after;
            }
        }
        if (left < 0 || right < 0) {
            return left < 0 && right < 0 ? new Beside(List.of(), false)
                    : new Beside(List.of(left < 0 ? right : left), Math.min(gapLeft, gapRight) <= side);
        }
        if (gapLeft <= NEARER * gapRight || gapRight <= NEARER * gapLeft) {
            return new Beside(List.of(gapLeft < gapRight ? left : right), true);
        }
        return new Beside(List.of(left, right), false);
    }

    /** Makes the rings' strokes paper, a pixel round: a pen's ring is no print for the reader to make text of. */
    static void erase(ScanRaster r, List<Ring> rings) {
        for (Ring ring : rings) {
            for (int p : ring.pixels()) {
                int x = p % r.width, y = p / r.width;
                if (!ring.onRing(x, y)) {
                    continue; // a character the ring touches stays
                }
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        r.clear(x + dx, y + dy);
                    }
                }
            }
        }
    }

    /** The same strokes painted paper-white on an image of the page. */
    static void erase(java.awt.image.BufferedImage image, List<Ring> rings) {
        int white = 0xffffffff;
        for (Ring ring : rings) {
            for (int p : ring.pixels()) {
                int x = p % image.getWidth(), y = p / image.getWidth();
                if (!ring.onRing(x, y)) {
                    continue;
                }
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

    /** Gauss–Jordan elimination with partial pivoting of an augmented n × (n + 1) system; {@code null} when singular. */
    private static double[] solve(double[][] m) {
        int n = m.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-9) {
                return null;
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double f = m[row][col] / m[col][col];
                    for (int j = col; j <= n; j++) {
                        m[row][j] -= f * m[col][j];
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = m[i][n] / m[i][i];
        }
        return out;
    }
}
