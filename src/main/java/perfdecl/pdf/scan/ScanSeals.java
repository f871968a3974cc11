package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the round seals stamped on a page image (the form asks for the unit's 盖章 over its name) and takes their ink
 * out of the print image. A seal is found by its ring: a circle of 34–50 mm across whose ink stands out against the
 * page on either side of it. On a colour scan the seal's red has already gone ({@link ScanPreprocess}); on a grey
 * scan it is a mid-grey ink that darkens the print it covers by its own share, so under its ink the print is given
 * back as it is unsealed and the stamp's ink alone becomes paper (at its blurred edges, what is clearly lighter than
 * the print and not the edge of a printed stroke); on a scan whose seal came out as dark as the print (a bilevel
 * copy), only its ring is, where it crosses no print, so that it no longer joins the title, the unit's line and the
 * table's first rows into one block of ink, nor lends the table a ruling. A printed ruling running through the seal
 * stays: its run of ink is longer than any the seal makes along it.
 */
final class ScanSeals {

    /** A seal's ring: centre and radius (to the middle of the ring) in pixels, the ring's width, its ink's level. */
    record Seal(double x, double y, double radius, double ring, int level) {

        /**
         * Whether a pixel at this distance from the centre lies on the ring: its width is measured where its ink
         * is at least half as common as at its middle, and the stamp's blurred edges reach a few pixels further.
         */
        boolean onRing(double d) {
            return Math.abs(d - radius) <= ring / 2 + EDGE;
        }

        /** The seal's outer edge. */
        double outer() {
            return radius + ring / 2 + EDGE;
        }
    }

    /** How far a stamp's blurred edge reaches past its ring's measured width (pixels). */
    private static final double EDGE = 3.5;
    /** Lighter than this is paper (levels of the normalised print image). */
    static final int INKED = 200;
    /** A seal's ring radius in points: seals of 34 to 50 mm across. */
    static final double MIN_RADIUS_PT = 48, MAX_RADIUS_PT = 71;
    /** A ring wider than this (points) is a filled shape, not a seal's ring. */
    private static final double MAX_RING_PT = 6;
    private static final int ANGLES = 180;
    /** A ring is inked on this share of its circumference at least (a stamp inks unevenly)... */
    private static final double RING_INKED = 0.6;
    /** ...and this much more than the page a few points inside and outside it. */
    private static final double RING_CONTRAST = 0.3;
    private static final int CANDIDATES = 6;
    private static final int MAX_SEALS = 2;
    /** How much lighter than the print a seal's ink must be to be told from it by its level. */
    private static final int LIGHTER = 60;

    private ScanSeals() {
    }

    /**
     * Finds the seals on the image ({@code v}: grey levels, {@code w} × {@code h}, paper near white, {@code scale}
     * pixels a point) and clears their ink in place. Returns the seals found.
     */
    static List<Seal> clear(int[] v, int w, int h, double scale) {
        List<Seal> seals = find(v, w, h, scale);
        if (seals.isEmpty()) {
            return seals;
        }
        int print = printLevel(v);
        for (Seal s : seals) {
            if (s.level() - print >= LIGHTER) {
                clearLighterInk(v, w, h, s, (print + s.level()) / 2);
            } else {
                clearRing(v, w, h, s);
            }
        }
        return seals;
    }

    /** The round seals on the image, largest share of ring first. */
    static List<Seal> find(int[] v, int w, int h, double scale) {
        int block = Math.max(2, (int) Math.round(2 * scale));
        int bw = w / block, bh = h / block;
        if (bw < 8 || bh < 8) {
            return List.of();
        }
        float[] density = new float[bw * bh];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int n = 0;
                for (int y = by * block; y < (by + 1) * block; y++) {
                    for (int x = bx * block; x < (bx + 1) * block; x++) {
                        if (v[y * w + x] < INKED) {
                            n++;
                        }
                    }
                }
                density[by * bw + bx] = n / (float) (block * block);
            }
        }
        int rMin = (int) Math.floor(MIN_RADIUS_PT * scale / block), rMax = (int) Math.ceil(MAX_RADIUS_PT * scale / block);
        int[] votes = new int[bw * bh];
        // each edge of ink votes for the centres the ring it may belong to would have, along its gradient
        for (int by = 1; by < bh - 1; by++) {
            for (int bx = 1; bx < bw - 1; bx++) {
                float gx = density[(by - 1) * bw + bx + 1] + 2 * density[by * bw + bx + 1]
                        + density[(by + 1) * bw + bx + 1] - density[(by - 1) * bw + bx - 1]
                        - 2 * density[by * bw + bx - 1] - density[(by + 1) * bw + bx - 1];
                float gy = density[(by + 1) * bw + bx - 1] + 2 * density[(by + 1) * bw + bx]
                        + density[(by + 1) * bw + bx + 1] - density[(by - 1) * bw + bx - 1]
                        - 2 * density[(by - 1) * bw + bx] - density[(by - 1) * bw + bx + 1];
                double mag = Math.sqrt(gx * gx + gy * gy);
                if (mag < 1.2) {
                    continue;
                }
                double ux = gx / mag, uy = gy / mag;
                for (int r = rMin; r <= rMax; r++) {
                    for (int sign = -1; sign <= 1; sign += 2) {
                        int cx = (int) Math.round(bx + sign * r * ux), cy = (int) Math.round(by + sign * r * uy);
                        if (cx >= 0 && cy >= 0 && cx < bw && cy < bh) {
                            votes[cy * bw + cx]++;
                        }
                    }
                }
            }
        }
        List<int[]> peaks = peaks(votes, bw, bh, rMin, (int) Math.round(Math.PI * rMin * RING_INKED));
        List<Seal> seals = new ArrayList<>();
        for (int[] p : peaks) {
            Seal s = verify(v, w, h, scale, (p[0] + 0.5) * block, (p[1] + 0.5) * block, block);
            if (s != null && seals.stream().noneMatch(o -> Math.hypot(o.x() - s.x(), o.y() - s.y()) < o.radius())) {
                seals.add(s);
                if (seals.size() == MAX_SEALS) {
                    break;
                }
            }
        }
        return seals;
    }

    /** Local maxima of the 3 × 3 summed votes, at least {@code least}, {@code apart} blocks apart, best first. */
    private static List<int[]> peaks(int[] votes, int bw, int bh, int apart, int least) {
        int[] sum = new int[votes.length];
        for (int y = 1; y < bh - 1; y++) {
            for (int x = 1; x < bw - 1; x++) {
                int s = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        s += votes[(y + dy) * bw + x + dx];
                    }
                }
                sum[y * bw + x] = s;
            }
        }
        List<int[]> found = new ArrayList<>();
        for (int y = 1; y < bh - 1; y++) {
            for (int x = 1; x < bw - 1; x++) {
                int s = sum[y * bw + x];
                if (s < least) {
                    continue;
                }
                boolean max = true;
                for (int dy = -2; dy <= 2 && max; dy++) {
                    for (int dx = -2; dx <= 2 && max; dx++) {
                        int yy = y + dy, xx = x + dx;
                        if (yy >= 0 && xx >= 0 && yy < bh && xx < bw && (dy != 0 || dx != 0)) {
                            int o = sum[yy * bw + xx];
                            max = o < s || (o == s && (dy > 0 || (dy == 0 && dx > 0)));
                        }
                    }
                }
                if (max) {
                    found.add(new int[] {x, y, s});
                }
            }
        }
        found.sort((a, b) -> Integer.compare(b[2], a[2]));
        List<int[]> out = new ArrayList<>();
        for (int[] f : found) {
            if (out.stream().noneMatch(o -> Math.hypot(o[0] - f[0], o[1] - f[1]) < apart)) {
                out.add(f);
                if (out.size() == CANDIDATES) {
                    break;
                }
            }
        }
        return out;
    }

    private static final double[] COS = new double[ANGLES], SIN = new double[ANGLES];

    static {
        for (int a = 0; a < ANGLES; a++) {
            COS[a] = Math.cos(2 * Math.PI * a / ANGLES);
            SIN[a] = Math.sin(2 * Math.PI * a / ANGLES);
        }
    }

    /**
     * The ring round a voted centre, looked for at full resolution, the centre moved while the ring grows surer: the
     * distance at which the most directions meet ink, if that share is high and clearly above the page's a few
     * points inside and outside it.
     */
    private static Seal verify(int[] v, int w, int h, double scale, double cx, double cy, int block) {
        Seal best = ring(v, w, h, scale, cx, cy);
        for (int step = block; step >= 1; step /= 2) {
            boolean moved = true;
            while (moved) {
                moved = false;
                double x = best == null ? cx : best.x(), y = best == null ? cy : best.y();
                for (int oy = -1; oy <= 1; oy++) {
                    for (int ox = -1; ox <= 1; ox++) {
                        Seal s = (ox | oy) == 0 ? null : ring(v, w, h, scale, x + ox * step, y + oy * step);
                        if (s != null && (best == null || s.level() > best.level())) {
                            best = s;
                            moved = true;
                        }
                    }
                }
                if (best == null) {
                    return null; // no ring at the voted centre nor a step from it
                }
            }
        }
        return new Seal(best.x(), best.y(), best.radius(), best.ring(), ringLevel(v, w, h, best));
    }

    /**
     * The best ring about (x, y), its score (share inked plus contrast, in thousandths) standing in for the level;
     * {@code null} when there is none.
     */
    private static Seal ring(int[] v, int w, int h, double scale, double x, double y) {
        int dMin = (int) Math.floor(MIN_RADIUS_PT * scale) - 4, dMax = (int) Math.ceil(MAX_RADIUS_PT * scale) + 4;
        int near = (int) Math.round(4 * scale), far = (int) Math.round(10 * scale);
        double[] profile = new double[dMax + far + 2];
        for (int d = Math.max(1, dMin - far); d < profile.length; d++) {
            int n = 0;
            for (int a = 0; a < ANGLES; a++) {
                int px = (int) Math.round(x + d * COS[a]), py = (int) Math.round(y + d * SIN[a]);
                if (px >= 0 && py >= 0 && px < w && py < h && v[py * w + px] < INKED) {
                    n++;
                }
            }
            profile[d] = n / (double) ANGLES;
        }
        Seal best = null;
        double bestScore = 0;
        for (int d = dMin; d <= dMax; d++) {
            if (profile[d] < RING_INKED || profile[d] < profile[d - 1] || profile[d] < profile[d + 1]) {
                continue;
            }
            double half = (profile[d] + Math.max(median(profile, d - far, d - near),
                    median(profile, d + near, d + far))) / 2;
            int in = d, out = d;
            while (in > 1 && profile[in - 1] >= half) {
                in--;
            }
            while (out + 1 < profile.length && profile[out + 1] >= half) {
                out++;
            }
            double ring = out - in + 1;
            double inside = median(profile, (int) Math.floor(in - near - ring / 2), in - near);
            double outside = median(profile, out + near, (int) Math.ceil(out + near + ring / 2));
            double contrast = profile[d] - Math.max(inside, outside);
            if (ring > MAX_RING_PT * scale || contrast < RING_CONTRAST) {
                continue;
            }
            double score = profile[d] + contrast;
            if (score > bestScore) {
                bestScore = score;
                best = new Seal(x, y, (in + out) / 2.0, ring, (int) Math.round(1000 * score));
            }
        }
        return best;
    }

    private static double median(double[] p, int from, int to) {
        from = Math.max(1, from);
        to = Math.min(p.length - 1, to);
        if (to < from) {
            return 0;
        }
        double[] s = Arrays.copyOfRange(p, from, to + 1);
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The median level of the ring's inked pixels. */
    private static int ringLevel(int[] v, int w, int h, Seal s) {
        int[] hist = new int[256];
        int n = 0;
        int r = (int) Math.ceil(s.outer());
        for (int y = (int) s.y() - r; y <= s.y() + r; y++) {
            for (int x = (int) s.x() - r; x <= s.x() + r; x++) {
                if (x >= 0 && y >= 0 && x < w && y < h && s.onRing(Math.hypot(x - s.x(), y - s.y()))
                        && v[y * w + x] < INKED) {
                    hist[v[y * w + x]]++;
                    n++;
                }
            }
        }
        return percentile(hist, n, 0.5);
    }

    /**
     * The print's level: the darkest tenth of the page's inked pixels. Thin print is mostly its blurred edges, so
     * its darker third can be as light as a grey seal, which then passed for a seal as dark as the print.
     */
    private static int printLevel(int[] v) {
        int[] hist = new int[256];
        int n = 0;
        for (int level : v) {
            if (level < INKED) {
                hist[level]++;
                n++;
            }
        }
        return percentile(hist, n, 0.1);
    }

    private static int percentile(int[] hist, int n, double q) {
        long seen = 0;
        for (int i = 0; i < hist.length; i++) {
            seen += hist[i];
            if (seen > q * n) {
                return i;
            }
        }
        return 255;
    }

    /**
     * Inside the seal, takes the seal's ink out of the print. Under the stamp (its ink all round, print crossing it
     * or not) a pixel becomes what the print there would be without the seal: the stamp darkens what it covers by
     * its own share, so that the blurred edge of a stroke or of a box's side, as light as paper's grey unsealed,
     * came out darker than {@code cut} under it and, kept, widened the box or ran a dark line along the inside of
     * its side. Elsewhere (the seal's blurred edges, its thinnest strokes), ink lighter than {@code cut} that is no
     * edge of a darker stroke (the print under the seal keeps its shape) and no part of a longer straight run than
     * the seal draws goes.
     */
    private static void clearLighterInk(int[] v, int w, int h, Seal s, int cut) {
        int r = (int) Math.ceil(s.outer());
        int x0 = Math.max(0, (int) s.x() - r), x1 = Math.min(w - 1, (int) s.x() + r);
        int y0 = Math.max(0, (int) s.y() - r), y1 = Math.min(h - 1, (int) s.y() + r);
        int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
        boolean[] alone = new boolean[bw * bh];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int level = v[y * w + x];
                alone[(y - y0) * bw + x - x0] = level >= cut && level < INKED
                        && Math.hypot(x - s.x(), y - s.y()) <= s.outer() && !straightRun(v, w, h, x, y, s, cut);
            }
        }
        // the stamp's ink is a band or a shape some pixels across; a stroke of print as light, or the blur beside
        // a darker one, is one or two
        boolean[] stamp = grow(grow(alone, bw, bh, 0, 1, false), bw, bh, -1, 0, true);
        boolean[] under = grow(grow(stamp, bw, bh, -ACROSS_PRINT, ACROSS_PRINT, true), bw, bh, -ACROSS_PRINT,
                ACROSS_PRINT, false);
        boolean[] edge = grow(stamp, bw, bh, -EDGE_PIXELS, EDGE_PIXELS, true);
        for (int i = 0; i < under.length; i++) {
            under[i] |= edge[i];
        }
        List<int[]> changed = new ArrayList<>();
        int[] around = new int[(2 * ACROSS_PRINT + 1) * (2 * ACROSS_PRINT + 1)];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int level = v[y * w + x];
                if (level >= 255 || Math.hypot(x - s.x(), y - s.y()) > s.outer()) {
                    continue;
                }
                int seal = under[(y - y0) * bw + x - x0] ? stampLevel(v, w, stamp, x0, y0, bw, bh, x, y, around) : 0;
                if (seal > 0) {
                    int unsealed = level * 255 / seal;
                    changed.add(new int[] {y * w + x, unsealed >= INKED ? 255 : unsealed});
                } else if (level >= cut && !printEdge(v, w, h, x, y, cut) && !straightRun(v, w, h, x, y, s, cut)
                        && (level < INKED || !straightRun(v, w, h, x, y, s, 0, FAINT))) {
                    changed.add(new int[] {y * w + x, 255});
                }
            }
        }
        for (int[] c : changed) {
            v[c[0]] = c[1];
        }
    }

    /**
     * Below this a pixel may be part of a ruling printed light (a grey rule between rows lies well under the
     * paper's level but above {@link #INKED}): along a straight run longer than the seal draws, it stays.
     */
    private static final int FAINT = 240;
    /** Widest print (pixels, each side of a pixel) the stamp's ink is taken to run under: a stroke and its blur. */
    private static final int ACROSS_PRINT = 3;
    /** How far past the stamp's solid ink its blurred edge reaches (pixels): print there is under its edge. */
    private static final int EDGE_PIXELS = 2;
    /**
     * Pixels of the stamp's ink round a pixel from which their level is its level there: a sliver of the band
     * between two strokes of print, not a speck of blur two pixels across.
     */
    private static final int STAMP_PIXELS = 12;

    /** The median level of the stamp's ink within {@link #ACROSS_PRINT} of (x, y); 0 where too little is there. */
    private static int stampLevel(int[] v, int w, boolean[] stamp, int x0, int y0, int bw, int bh, int x, int y,
            int[] around) {
        int n = 0;
        for (int dy = -ACROSS_PRINT; dy <= ACROSS_PRINT; dy++) {
            for (int dx = -ACROSS_PRINT; dx <= ACROSS_PRINT; dx++) {
                int bx = x - x0 + dx, by = y - y0 + dy;
                if (bx >= 0 && by >= 0 && bx < bw && by < bh && stamp[by * bw + bx]) {
                    around[n++] = v[(y + dy) * w + x + dx];
                }
            }
        }
        if (n < STAMP_PIXELS) {
            return 0;
        }
        Arrays.sort(around, 0, n);
        return around[n / 2];
    }

    /**
     * The mask grown ({@code grow}) or shrunk by a square of offsets {@code lo}..{@code hi} either way (its
     * dilation or erosion); off the mask's edge counts as unset.
     */
    static boolean[] grow(boolean[] m, int bw, int bh, int lo, int hi, boolean grow) {
        boolean[] across = new boolean[m.length], out = new boolean[m.length];
        for (int pass = 0; pass < 2; pass++) {
            boolean[] from = pass == 0 ? m : across, to = pass == 0 ? across : out;
            for (int y = 0; y < bh; y++) {
                for (int x = 0; x < bw; x++) {
                    boolean any = false, all = true;
                    for (int d = lo; d <= hi; d++) {
                        int xx = pass == 0 ? x + d : x, yy = pass == 0 ? y : y + d;
                        boolean set = xx >= 0 && yy >= 0 && xx < bw && yy < bh && from[yy * bw + xx];
                        any |= set;
                        all &= set;
                    }
                    to[y * bw + x] = grow ? any : all;
                }
            }
        }
        return out;
    }

    /** Makes paper of the ring's ink, but not of a straight run of ink (a ruling) crossing it. */
    private static void clearRing(int[] v, int w, int h, Seal s) {
        int r = (int) Math.ceil(s.outer());
        List<Integer> clear = new ArrayList<>();
        for (int y = Math.max(0, (int) s.y() - r); y <= Math.min(h - 1, s.y() + r); y++) {
            for (int x = Math.max(0, (int) s.x() - r); x <= Math.min(w - 1, s.x() + r); x++) {
                if (v[y * w + x] < INKED && s.onRing(Math.hypot(x - s.x(), y - s.y()))
                        && !straightRun(v, w, h, x, y, s, 0) && !throughPrint(v, w, h, x, y, s)) {
                    clear.add(y * w + x);
                }
            }
        }
        for (int i : clear) {
            v[i] = 255;
        }
    }

    /**
     * Whether the ring crosses print at this pixel: ink just inside and just outside the ring along the radius, a
     * character's strokes going on either side. There the ring stays, for taken out it would take the strokes
     * under it along; between lines of print, where it joins them, the ring meets paper on one side or both.
     */
    private static boolean throughPrint(int[] v, int w, int h, int x, int y, Seal s) {
        double dx = x - s.x(), dy = y - s.y(), d = Math.hypot(dx, dy);
        if (d == 0) {
            return false;
        }
        double ux = dx / d, uy = dy / d;
        double in = s.radius() - s.ring() / 2 - EDGE, out = s.outer();
        return inked(v, w, h, s.x() + ux * in, s.y() + uy * in, -ux, -uy)
                && inked(v, w, h, s.x() + ux * out, s.y() + uy * out, ux, uy);
    }

    /** Whether ink lies within three pixels beyond (x, y) along (ux, uy). */
    private static boolean inked(int[] v, int w, int h, double x, double y, double ux, double uy) {
        for (int k = 1; k <= 3; k++) {
            int px = (int) Math.round(x + k * ux), py = (int) Math.round(y + k * uy);
            if (px >= 0 && py >= 0 && px < w && py < h && v[py * w + px] < INKED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pixel is the blurred edge of print: beside darker ink and beside paper. Where a stroke of the seal
     * runs into print, its ink beside the print has the seal's ink round it, not paper, and goes: kept, it would
     * thicken the character it crosses by the seal's stroke there.
     */
    private static boolean printEdge(int[] v, int w, int h, int x, int y, int cut) {
        if (!nearDarker(v, w, h, x, y, cut)) {
            return false;
        }
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < w && yy < h && v[yy * w + xx] >= INKED) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nearDarker(int[] v, int w, int h, int x, int y, int cut) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < w && yy < h && v[yy * w + xx] < cut) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the pixel lies on a horizontal or vertical run of ink (gaps of two pixels bridged) longer than the seal
     * itself draws along that line: on the ring, the ring's own chord through the pixel and a few pixels beyond it;
     * inside, more than half the seal's radius (its star and characters are smaller). Only ink at least
     * {@code lighter} and not at the edge of darker ink counts towards the run's length; darker ink and its blurred
     * edges are crossed: a faint ruling under a seal is as light as the seal all along, while the stroke of a
     * character (or a box's side) that the ring crosses is print, and counted, it would keep the ring's ink beyond
     * its end as a stub that joins the stroke to the line of print below.
     */
    private static boolean straightRun(int[] v, int w, int h, int x, int y, Seal s, int lighter) {
        return straightRun(v, w, h, x, y, s, lighter, INKED);
    }

    /** {@link #straightRun(int[], int, int, int, int, Seal, int)} with ink lighter than {@code ink} for paper. */
    private static boolean straightRun(int[] v, int w, int h, int x, int y, Seal s, int lighter, int ink) {
        if (v[y * w + x] >= ink) {
            return false;
        }
        double dx = x - s.x(), dy = y - s.y();
        boolean ring = s.onRing(Math.hypot(dx, dy));
        double inner = Math.max(0, s.radius() - s.ring() / 2 - EDGE), outer = s.outer();
        double limitH = ring ? chord(dy, inner, outer) + 8 : 0.7 * s.radius();
        double limitV = ring ? chord(dx, inner, outer) + 8 : 0.7 * s.radius();
        return run(v, w, h, x, y, 1, 0, (int) Math.ceil(limitH), lighter, ink) > limitH
                || run(v, w, h, x, y, 0, 1, (int) Math.ceil(limitV), lighter, ink) > limitV;
    }

    /** Length of the ring's band (radii {@code inner}..{@code outer}) along a line {@code off} from the centre. */
    static double chord(double off, double inner, double outer) {
        double o = Math.abs(off);
        if (o >= outer) {
            return 0;
        }
        double out = Math.sqrt(outer * outer - o * o);
        return o < inner ? out - Math.sqrt(inner * inner - o * o) : 2 * out;
    }

    /**
     * Length of the run of ink through (x, y) along (dx, dy), gaps of two pixels bridged, counted up to {@code cap}:
     * its pixels at least {@code lighter} and not beside darker ink, and the gaps; not the darker ink it crosses nor
     * that ink's edges (looked at for twice the cap). {@code lighter} 0 counts every pixel.
     */
    private static int run(int[] v, int w, int h, int x, int y, int dx, int dy, int cap, int lighter, int ink) {
        int length = 1;
        for (int sign = -1; sign <= 1; sign += 2) {
            int last = 0, counted = 0, countedAtLast = 0;
            for (int k = 1; k - last <= 3 && countedAtLast <= cap && k <= 2 * cap + 3; k++) {
                int xx = x + sign * k * dx, yy = y + sign * k * dy;
                if (xx < 0 || yy < 0 || xx >= w || yy >= h) {
                    break;
                }
                int level = v[yy * w + xx];
                if (level >= ink || level >= lighter && (lighter == 0 || !nearDarker(v, w, h, xx, yy, lighter))) {
                    counted++;
                }
                if (level < ink) {
                    last = k;
                    countedAtLast = counted;
                }
            }
            length += countedAtLast;
        }
        return length;
    }
}
