package perfdecl.pdf.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Finds which way up a scanned page stands, from its ink alone (no OCR): 0, 90, 180 or 270 degrees clockwise to
 * turn it upright, each decision with a confidence.
 * <ul>
 * <li>Quarter turns: text lines and row rulings run across an upright page, so its ink projects onto sharp peaks
 * row by row and much less column by column; a page turned sideways shows the opposite.</li>
 * <li>Half turns: the form's values and paragraphs are set flush left in their cells, so the runs of text on the
 * page start at a few shared places (each column's left edge) and end wherever the text ends; upside down, the
 * ends are shared and the starts scattered. Centred labels and justified lines count for neither.</li>
 * </ul>
 */
final class ScanOrientation {

    /** A decision below this is reported as unsure. */
    static final double SURE = 0.5;

    private ScanOrientation() {
    }

    /** A turn (clockwise degrees to make the page upright) and how sure it is (0–1). */
    record Turn(int degrees, double confidence) {
    }

    /**
     * Whether the page lies sideways: 90 when its text lines run up and down ({@link #halfTurn} then decides
     * between 90 and 270), else 0. The confidence grows with how much sharper one direction's profile is.
     */
    static Turn quarterTurn(ScanRaster r) {
        int n = 0;
        int[] xs = new int[1024], ys = new int[1024];
        boolean[] ruling = rulingPixels(r);
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x++) {
                if (r.dark(x, y) && !ruling[y * r.width + x]) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, 2 * n);
                        ys = java.util.Arrays.copyOf(ys, 2 * n);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 500) {
            return new Turn(0, 0);
        }
        // each direction at its own best skew: skewed by 2–3°, a page's lines drift across several line pitches
        // over its width and its profile flattens, so profiles taken square would leave the turn to noise
        double sr = sharpest(xs, ys, n, r.height), sc = sharpest(ys, xs, n, r.width);
        double ratio = sr / sc;
        boolean sideways = ratio < 1;
        double margin = Math.abs(Math.log(ratio));
        // rulings left out, both profiles are less sharp than with them: a ratio of 1.14 is sure (0.5)
        return new Turn(sideways ? 90 : 0, Math.min(1, margin / 0.25));
    }

    /**
     * The pixels of long straight runs, across or down, a pixel's width of drift allowed (a skewed ruling): table
     * rulings, which say nothing of the way the text runs — the vertical rulings of a table with few rows of text
     * make its column profile the sharper one on an upright page.
     */
    static boolean[] rulingPixels(ScanRaster r) {
        int min = (int) Math.round(RULING_PT * r.scale);
        int w = r.width, h = r.height;
        boolean[] dark = r.darkPixels(), out = new boolean[w * h];
        // a pixel of a run across is dark with the pixel above or below it, one of a run down with the pixel left
        // or right of it; the runs down are followed for every column at once, row by row
        boolean[] band = new boolean[w];
        for (int l = 0; l < h; l++) {
            for (int x = 0; x < w; x++) {
                int i = l * w + x;
                band[x] = dark[i] || l > 0 && dark[i - w] || l + 1 < h && dark[i + w];
            }
            int start = -1;
            for (int p = 0; p <= w; p++) {
                boolean d = p < w && band[p];
                if (d && start < 0) {
                    start = p;
                } else if (!d && start >= 0) {
                    if (p - start >= min) {
                        Arrays.fill(out, l * w + start, l * w + p, true);
                    }
                    start = -1;
                }
            }
        }
        int[] starts = new int[w];
        Arrays.fill(starts, -1);
        for (int p = 0; p <= h; p++) {
            for (int l = 0; l < w; l++) {
                int i = p * w + l;
                boolean d = p < h && (dark[i] || l > 0 && dark[i - 1] || l + 1 < w && dark[i + 1]);
                int start = starts[l];
                if (d && start < 0) {
                    starts[l] = p;
                } else if (!d && start >= 0) {
                    if (p - start >= min) {
                        for (int k = start; k < p; k++) {
                            out[k * w + l] = true;
                        }
                    }
                    starts[l] = -1;
                }
            }
        }
        return out;
    }

    /** A straight run of ink this long (points) is a ruling: longer than any stroke of a character. */
    private static final double RULING_PT = 15;

    /**
     * How peaked the profile is (its sum of squares relative to an even spread: 1 for flat) of points {@code (along, across)} onto the {@code across}
     * axis ({@code length} long) is, at the skew within {@link ScanSkew#MAX_DEGREES} that makes it sharpest.
     */
    static double sharpest(int[] along, int[] across, int n, int length) {
        double best = 0;
        int reach = 0;
        for (int i = 0; i < n; i++) {
            reach = Math.max(reach, along[i]);
        }
        for (double a = -ScanSkew.MAX_DEGREES; a <= ScanSkew.MAX_DEGREES + 1e-9; a += 0.25) {
            double t = Math.tan(Math.toRadians(a));
            int pad = (int) Math.ceil(Math.abs(t) * reach) + 1;
            long[] bins = new long[length + 2 * pad];
            for (int i = 0; i < n; i++) {
                // a position below 0 falls outside the bins; at or above it the cast is its floor, and cheaper
                // than Math.floor in the batch worker's C1 code (no intrinsic there)
                double at = across[i] - along[i] * t + pad;
                if (at >= 0 && at < bins.length) {
                    bins[(int) at]++;
                }
            }
            double s = 0;
            for (long v : bins) {
                s += (double) v * v;
            }
            best = Math.max(best, s * length / ((double) n * n));
        }
        return best;
    }

    /**
     * Whether an upright-or-upside-down page (rulings erased) is upside down: 180, else 0. Runs of text are found
     * line by line; their starts and ends are each binned, and whichever clusters harder is the flush side.
     */
    static Turn halfTurn(ScanRaster r) {
        int bin = Math.max(2, (int) Math.round(1.5 * r.scale));
        int[] starts = new int[r.width / bin + 2], ends = new int[r.width / bin + 2];
        int[] rowInk = rowInk(r);
        int minLine = (int) Math.round(4 * r.scale), maxLine = (int) Math.round(30 * r.scale);
        int y = 0, runs = 0;
        while (y < r.height) {
            if (rowInk[y] < 2) {
                y++;
                continue;
            }
            int top = y;
            while (y < r.height && rowInk[y] >= 2) {
                y++;
            }
            int bottom = y;
            int h = bottom - top;
            if (h < minLine || h > maxLine) {
                continue;
            }
            // a gap wider than a character's height ends a run of text: the next cell, or a label's spacing
            int gap = h, x = 0, start = -1, last = -1;
            for (; x <= r.width; x++) {
                boolean ink = false;
                if (x < r.width) {
                    for (int yy = top; yy < bottom && !ink; yy++) {
                        ink = r.dark(x, yy);
                    }
                }
                if (ink) {
                    if (start < 0) {
                        start = x;
                    } else if (x - last > gap) {
                        if (last - start >= 2 * h) {
                            starts[start / bin]++;
                            ends[last / bin]++;
                            runs++;
                        }
                        start = x;
                    }
                    last = x;
                } else if (x == r.width && start >= 0 && last - start >= 2 * h) {
                    starts[start / bin]++;
                    ends[last / bin]++;
                    runs++;
                }
            }
        }
        if (runs < 6) {
            return new Turn(0, 0);
        }
        double s = clustered(starts), e = clustered(ends);
        double margin = Math.abs(Math.log((s + 1) / (e + 1)));
        // a page of centred labels (an indicator table's last rows without rulings) has runs sharing a start or
        // an end only by chance: a pair or two either way says nothing, however large their ratio
        double evidence = Math.min(1, Math.abs(s - e) / FLUSH_PAIRS);
        return new Turn(e > s ? 180 : 0, Math.min(1, margin / 0.4) * evidence);
    }

    /** Pairs of runs sharing a place, beyond the other side's, that make a flush side sure: four runs flush at one. */
    static final double FLUSH_PAIRS = 12;

    /**
     * Whether a page whose rulings were found is upside down, from where its row rulings end: the form's merged
     * cells (a level-1 indicator over its rows, 项目当年投入资金构成 over its items) stand in the left columns, so
     * the rulings between their rows start inside the table and run to the right edge of the frame; upside down
     * they start at the left edge of the frame and stop inside.
     */
    static Turn rulingTurn(java.util.List<ScanRulings.Line> lines, double scale) {
        return rulingTurn(lines, scale, (x, y) -> false);
    }

    /**
     * Like {@link #rulingTurn(java.util.List, double)}, where a ruling's end at the scan's edge ({@code atEdge}: a
     * frame cut off there) counts as the frame's side: after deskew that edge slants, so the rulings cut there end a
     * few pixels apart, and against their median the full-width ones would look like rulings starting inside. A
     * line lying along the scan's edge is the paper's border, no ruling of the form ({@link #rowRulings}).
     */
    static Turn rulingTurn(java.util.List<ScanRulings.Line> lines, double scale,
                           java.util.function.BiPredicate<Double, Double> atEdge) {
        java.util.List<ScanRulings.Line> rows = rowRulings(lines, atEdge);
        double widest = 0;
        for (ScanRulings.Line l : rows) {
            widest = Math.max(widest, l.to() - l.from());
        }
        // the frame's sides: where most of the long rulings end (a stray line beyond the frame moves no side)
        double cut = widest;
        double[] froms = rows.stream().filter(l -> l.to() - l.from() >= 0.6 * cut)
                .mapToDouble(ScanRulings.Line::from).sorted().toArray();
        double[] tos = rows.stream().filter(l -> l.to() - l.from() >= 0.6 * cut)
                .mapToDouble(ScanRulings.Line::to).sorted().toArray();
        if (froms.length == 0) {
            return new Turn(0, 0);
        }
        double left = froms[froms.length / 2], right = tos[tos.length / 2];
        double tol = 4 * scale;
        int atLeft = 0, atRight = 0;
        for (ScanRulings.Line l : rows) {
            if (l.to() - l.from() < 0.1 * widest) {
                continue;
            }
            boolean fromLeft = Math.abs(l.from() - left) <= tol || atEdge.test((double) l.from(), l.at());
            boolean toRight = Math.abs(l.to() - right) <= tol || atEdge.test((double) l.to(), l.at());
            if (fromLeft && !toRight) {
                atLeft++;
            } else if (toRight && !fromLeft) {
                atRight++;
            }
        }
        int n = atLeft + atRight;
        if (n == 0) {
            return new Turn(0, 0);
        }
        double margin = Math.abs(atRight - atLeft) / (double) Math.max(4, n);
        return new Turn(atLeft > atRight ? 180 : 0, Math.min(1, margin / 0.5));
    }

    /**
     * The row rulings whose ends {@link #rulingTurn} weighs: the pieces found along one line joined into one ruling
     * from the first piece's start to the last one's end, since a row rule faded or dropped out in a 1-bit copy is
     * found in pieces, and a gap in it (where it should run on through the cells) would count as a ruling stopping
     * inside the table; a line whose middle lies at the scan's edge ({@code atEdge}) left out, the paper's border
     * or the shadow of the scanner's lid, which starts and stops wherever the page was shifted or cut.
     */
    static java.util.List<ScanRulings.Line> rowRulings(java.util.List<ScanRulings.Line> lines,
                                                       java.util.function.BiPredicate<Double, Double> atEdge) {
        java.util.List<ScanRulings.Line> pieces = lines.stream()
                .filter(l -> l.horizontal() && !atEdge.test((l.from() + l.to()) / 2.0, l.at()))
                .sorted(java.util.Comparator.comparingDouble(ScanRulings.Line::at)).toList();
        // pieces of one rule lie on one line, their strokes overlapping across it; the next row's rule stands a text
        // line away
        return ScanRulings.joinedPieces(pieces, (q, p) -> Math.abs(p.at() - q.at())
                <= Math.max(ONE_LINE, (p.thickness() + q.thickness()) / 2.0));
    }

    /** How far apart (pixels) the pieces of one row rule may lie across it: a thin line drifting a row. */
    private static final double ONE_LINE = 1.5;

    /**
     * Whether a page (rulings erased) is upside down, from its dots: the separate dot at the top of 主, 市, 文, 方,
     * 高, 就 and many more characters stands in the upper third of a text line with the character's strokes below
     * it, and the comma, full stop, 、 and decimal point stand in the lower third with paper above them; upside
     * down a dot in the lower third has strokes above it and one in the upper third paper below. A dot is told by
     * both its place and what lies across the line from it, so that a page of amounts, whose dots are nearly all
     * decimal points low in the line, counts as upright rather than as upside-down text. A weaker cue than the
     * other two, but one that every page of text has.
     */
    static Turn dotTurn(ScanRaster r) {
        int[] rowInk = rowInk(r);
        int minLine = (int) Math.round(4 * r.scale), maxLine = (int) Math.round(30 * r.scale);
        InkComponents shapes = InkComponents.dark(r);
        int upright = 0, upsideDown = 0, y = 0;
        while (y < r.height) {
            if (rowInk[y] < 2) {
                y++;
                continue;
            }
            int t = y;
            while (y < r.height && rowInk[y] >= 2) {
                y++;
            }
            int b = y, h = b - t;
            if (h < minLine || h > maxLine) {
                continue;
            }
            shapes.rows(t, b);
            for (int yy = t; yy < b; yy++) {
                for (int x = 0; x < r.width; x++) {
                    InkComponents.Shape shape = shapes.grow(yy * r.width + x);
                    if (shape == null) {
                        continue;
                    }
                    int n = shape.size(), minY = shape.minY(), maxY = shape.maxY();
                    if (n >= 3 && shape.width() <= 0.3 * h && maxY - minY + 1 <= 0.3 * h) {
                        double at = ((minY + maxY) / 2.0 - t) / h;
                        if (at < 0.38) {
                            if (inkBetween(r, shape.minX(), shape.maxX(), maxY + 2, b)) {
                                upright++;
                            } else {
                                upsideDown++;
                            }
                        } else if (at > 0.62) {
                            if (inkBetween(r, shape.minX(), shape.maxX(), t, minY - 1)) {
                                upsideDown++;
                            } else {
                                upright++;
                            }
                        }
                    }
                }
            }
        }
        if (upright + upsideDown < 20) {
            return new Turn(0, 0);
        }
        double margin = Math.abs(Math.log((upright + 1.0) / (upsideDown + 1.0)));
        return new Turn(upsideDown > upright ? 180 : 0, Math.min(1, margin / 0.7));
    }

    /** Whether any ink stands in columns {@code x0..x1} of rows {@code y0} (inclusive) to {@code y1} (exclusive). */
    private static boolean inkBetween(ScanRaster r, int x0, int x1, int y0, int y1) {
        for (int y = Math.max(0, y0); y < Math.min(r.height, y1); y++) {
            for (int x = Math.max(0, x0); x <= Math.min(r.width - 1, x1); x++) {
                if (r.dark(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Dark pixels per row. */
    private static int[] rowInk(ScanRaster r) {
        int[] rowInk = new int[r.height];
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x++) {
                if (r.dark(x, y)) {
                    rowInk[y]++;
                }
            }
        }
        return rowInk;
    }

    /**
     * The three half-turn cues weighed together ({@link #rulingTurn} counting most where a page has rulings): the
     * side with the larger sum of confidences wins, as sure as the margin between the sides.
     */
    static Turn halfTurn(java.util.List<ScanRulings.Line> lines, ScanRaster cleaned) {
        return halfTurn(lines, cleaned, (x, y) -> false);
    }

    /**
     * Like {@link #halfTurn(java.util.List, ScanRaster)}, on a page whose frame may run off the scan: {@code atEdge}
     * tells whether a point (pixels) lies at the scan's edge, where a ruling cut off there ends ({@link #rulingTurn}).
     */
    static Turn halfTurn(java.util.List<ScanRulings.Line> lines, ScanRaster cleaned,
                         java.util.function.BiPredicate<Double, Double> atEdge) {
        Turn[] cues = {rulingTurn(lines, cleaned.scale, atEdge), halfTurn(cleaned), dotTurn(cleaned)};
        double[] weight = {1.5, 0.7, 0.8};
        double vote = 0;
        for (int i = 0; i < cues.length; i++) {
            vote += (cues[i].degrees() == 180 ? -1 : 1) * weight[i] * cues[i].confidence();
        }
        return new Turn(vote < 0 ? 180 : 0, Math.min(1, Math.abs(vote)));
    }

    /** Pairs of runs sharing a place (a bin, or the bins either side). */
    private static double clustered(int[] bins) {
        double s = 0;
        for (int i = 0; i < bins.length; i++) {
            int around = bins[i] + (i > 0 ? bins[i - 1] : 0) + (i + 1 < bins.length ? bins[i + 1] : 0);
            s += bins[i] * (double) (around - 1);
        }
        return Math.max(0, s);
    }

    /** The transform turning an image of {@code w}×{@code h} pixels by {@code degrees} clockwise. */
    static AffineTransform transform(int degrees, int w, int h) {
        return switch (degrees) {
            case 90 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 180 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 270 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
    }

    /** The image turned {@code degrees} clockwise. */
    static BufferedImage turn(BufferedImage image, int degrees) {
        if (degrees == 0) {
            return image;
        }
        int w = image.getWidth(), h = image.getHeight();
        boolean swap = degrees % 180 != 0;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, transform(degrees, w, h), null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
