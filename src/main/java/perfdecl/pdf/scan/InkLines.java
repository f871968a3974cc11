package perfdecl.pdf.scan;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text lines of a region of a deskewed page found from its ink alone, by recursive cuts (XY-cut): the region
 * splits at blank rows into bands, a band at wide blank columns into pieces, and a piece whose own rows leave a
 * blank again splits further. Each line is the ink's box: on a form, where a cell's lines run straight and apart,
 * this stands in for a text detector at a fraction of its cost, and it never misses a lone digit or a checkbox's
 * label because they are small.
 */
final class InkLines {

    /** Darker than this is ink. */
    static final int INK = 150;
    /** A band lower than this many pixels, or with fewer inked pixels, is a speck. */
    private static final int LEAST_HEIGHT = 4;
    private static final int LEAST_INK = 6;
    /** Pieces of a band stand apart by a blank this many band heights wide (a word space is well under one). */
    private static final double PIECE_GAP = 1.6;
    /** A row or column with this many inked pixels or fewer is blank (a speck of noise does not join two lines). */
    private static final int NOISE = 1;
    private static final int DEPTH = 6;
    /** Longer than a stroke of the largest print on a form (a title's character is under 24 pt). */
    private static final double LONGEST_STROKE_PT = 36;
    /** Taller than any one line of print on a form, with the ink of its neighbours' descents. */
    private static final double TALLEST_LINE_PT = 36;

    private InkLines() {
    }

    /** The lines in {@code region} of {@code image}, top to bottom and left to right, each its ink's box. */
    static List<Rectangle> find(BufferedImage image, Rectangle region) {
        return find(image, region, 0);
    }

    /**
     * Like {@link #find(BufferedImage, Rectangle)} on a page image of {@code scale} pixels a point (0: not known),
     * where a straight run of ink longer than any character's stroke is no text and is left out: a fold across
     * the page, a scanner's edge, a ruling the layout did not take away. Left in, a fold running through the
     * strip above the table leaves no blank row there, and the title, the year and the unit's line are cut out
     * as one block that the recogniser reads as nothing.
     */
    static List<Rectangle> find(BufferedImage image, Rectangle region, double scale) {
        return find(image, region, scale, scale > 0 ? (int) Math.round(TALLEST_LINE_PT * scale) : 0);
    }

    /**
     * The lines of {@code regions}, and where one of them is more than {@link #TALL_LINE} times as high as the
     * median line of them all, that line cut again with that height as its tallest band: a seal's star and ring over
     * the unit's line, left grey where the seal was taken out, make a line three lines high yet under the tallest
     * line of print at a small print size, and the recogniser reads the line in it shrunk to a third ("上市定" for
     * "上海市嘉定区江桥医院"). A line that does not part stays as it is.
     */
    static List<Rectangle> find(BufferedImage image, List<Rectangle> regions, double scale) {
        List<Rectangle> lines = new ArrayList<>();
        for (Rectangle r : regions) {
            lines.addAll(find(image, r, scale));
        }
        if (scale <= 0 || lines.size() < MANY_LINES) {
            return lines;
        }
        int[] heights = lines.stream().mapToInt(l -> l.height).sorted().toArray();
        int usual = heights[heights.length / 2];
        int limit = (int) Math.ceil(TALL_LINE * usual);
        List<Rectangle> out = new ArrayList<>();
        for (Rectangle l : lines) {
            List<Rectangle> parts = l.height > limit ? find(image, l, scale, limit) : List.of();
            if (parts.size() > 1) {
                out.addAll(parts);
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** See {@link #find(BufferedImage, List, double)}. */
    static final double TALL_LINE = 2.5;
    /** The median of fewer lines than this tells no usual line height. */
    private static final int MANY_LINES = 10;

    /** As {@link #find(BufferedImage, Rectangle, double)}, a band over {@code tallest} pixels parted (0: none). */
    static List<Rectangle> find(BufferedImage image, Rectangle region, double scale, int tallest) {
        Rectangle r = region.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        List<Rectangle> out = new ArrayList<>();
        if (r.isEmpty()) {
            return out;
        }
        boolean[] ink = inkMap(image, r);
        if (scale > 0) {
            eraseLongRuns(ink, r.width, r.height, (int) Math.round(LONGEST_STROKE_PT * scale));
        }
        Rectangle all = new Rectangle(0, 0, r.width, r.height);
        cut(ink, r.width, all, lineHeight(ink, r.width, all, tallest), tallest, 0, out);
        List<Rectangle> placed = new ArrayList<>();
        for (Rectangle l : out) {
            placed.add(new Rectangle(l.x + r.x, l.y + r.y, l.width, l.height));
        }
        placed.sort(Comparator.comparingInt((Rectangle l) -> l.y + l.height / 2).thenComparingInt(l -> l.x));
        return placed;
    }

    private static boolean[] inkMap(BufferedImage image, Rectangle r) {
        Raster raster = image.getRaster();
        boolean[] ink = new boolean[r.width * r.height];
        int[] row = new int[r.width];
        for (int y = 0; y < r.height; y++) {
            raster.getSamples(r.x, r.y + y, r.width, 1, 0, row);
            for (int x = 0; x < r.width; x++) {
                ink[y * r.width + x] = row[x] < INK;
            }
        }
        return ink;
    }

    /**
     * Leaves out of {@code ink} ({@code w} × {@code h}) every vertical or horizontal run of ink longer than
     * {@code longest} pixels.
     */
    static void eraseLongRuns(boolean[] ink, int w, int h, int longest) {
        boolean[] erase = new boolean[ink.length];
        for (int x = 0; x < w; x++) {
            int start = -1;
            for (int y = 0; y <= h; y++) {
                boolean on = y < h && ink[y * w + x];
                if (on && start < 0) {
                    start = y;
                } else if (!on && start >= 0) {
                    if (y - start > longest) {
                        for (int k = start; k < y; k++) {
                            erase[k * w + x] = true;
                        }
                    }
                    start = -1;
                }
            }
        }
        for (int y = 0; y < h; y++) {
            int start = -1;
            for (int x = 0; x <= w; x++) {
                boolean on = x < w && ink[y * w + x];
                if (on && start < 0) {
                    start = x;
                } else if (!on && start >= 0) {
                    if (x - start > longest) {
                        for (int k = start; k < x; k++) {
                            erase[y * w + k] = true;
                        }
                    }
                    start = -1;
                }
            }
        }
        for (int i = 0; i < ink.length; i++) {
            ink[i] &= !erase[i];
        }
    }

    /**
     * The region's usual line height: the median height of its bands. A label standing between two lines of
     * options joins them into one tall band; the gap that parts its pieces is measured in lines, not in that band.
     */
    private static int lineHeight(boolean[] ink, int stride, Rectangle r, int tallest) {
        List<Integer> heights = new ArrayList<>();
        for (int[] band : bands(rowCounts(ink, stride, r), tallest)) {
            if (band[1] - band[0] >= LEAST_HEIGHT) {
                heights.add(band[1] - band[0]);
            }
        }
        if (heights.isEmpty()) {
            return r.height;
        }
        heights.sort(null);
        return heights.get(heights.size() / 2);
    }

    private static void cut(boolean[] ink, int stride, Rectangle r, int line, int tallest, int depth,
                            List<Rectangle> out) {
        List<int[]> bands = bands(rowCounts(ink, stride, r), tallest);
        for (int[] band : bands) {
            Rectangle b = new Rectangle(r.x, r.y + band[0], r.width, band[1] - band[0]);
            int[] cols = columnCounts(ink, stride, b);
            int h = Math.min(b.height, line);
            // a hyphen's stroke is a pixel high: every inked column counts
            List<int[]> pieces = runs(cols, (int) Math.ceil(PIECE_GAP * Math.max(h, 8)), 0);
            for (int[] piece : pieces) {
                Rectangle p = new Rectangle(b.x + piece[0], b.y, piece[1] - piece[0], b.height);
                Rectangle tight = tighten(ink, stride, p);
                if (tight == null) {
                    continue;
                }
                boolean split = depth < DEPTH && (bands.size() > 1 || pieces.size() > 1)
                        && !tight.equals(r) && bands(rowCounts(ink, stride, tight), tallest).size() > 1;
                if (split) {
                    cut(ink, stride, tight, line, tallest, depth + 1, out);
                } else if (tight.height >= LEAST_HEIGHT && inked(ink, stride, tight) >= LEAST_INK) {
                    out.add(tight);
                }
            }
        }
    }

    /**
     * The bands of rows holding ink ({start, end exclusive}), blank rows between them. A band taller than
     * {@code tallest} pixels (0: no limit) is no line of print but lines joined by ink running across the blank
     * between them — a seal stamped over the title, the year and the unit's line, a signature's loop: it is parted
     * where its rows hold least ink, at the lowest count that leaves two bands of a line's height or more, and
     * each part keeps the rows round its lines down to that count (a character's top stroke inks few pixels).
     */
    static List<int[]> bands(int[] counts, int tallest) {
        List<int[]> out = new ArrayList<>();
        for (int[] band : runs(counts, 2, NOISE)) {
            out.addAll(parted(counts, band, tallest));
        }
        return out;
    }

    private static List<int[]> parted(int[] counts, int[] band, int tallest) {
        if (tallest <= 0 || band[1] - band[0] <= tallest) {
            return List.of(band);
        }
        int[] within = java.util.Arrays.copyOfRange(counts, band[0], band[1]);
        int peak = java.util.Arrays.stream(within).max().orElse(0);
        for (int floor = 2 * (NOISE + 1); floor * SEAL_SHARE <= peak; floor *= 2) {
            List<int[]> lines = new ArrayList<>();
            for (int[] run : runs(within, 2, floor)) {
                if (run[1] - run[0] >= LEAST_HEIGHT) {
                    lines.add(run);
                }
            }
            if (lines.size() < 2) {
                continue;
            }
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                int[] line = lines.get(i);
                int lowest = i == 0 ? 0 : lines.get(i - 1)[1], highest = i + 1 < lines.size()
                        ? lines.get(i + 1)[0] : within.length;
                int margin = Math.max(1, (int) Math.round(MARGIN * (line[1] - line[0])));
                int from = Math.max(lowest, line[0] - margin), to = Math.min(highest, line[1] + margin);
                out.addAll(parted(counts, new int[] {band[0] + from, band[0] + to}, tallest));
            }
            return out;
        }
        return List.of(band);
    }

    /** A band's lines hold at least this many times the ink of the rows that part them. */
    private static final int SEAL_SHARE = 4;
    /** How far round a line's rows above the parting count its band reaches, in line heights. */
    private static final double MARGIN = 0.15;

    private static int[] rowCounts(boolean[] ink, int stride, Rectangle r) {
        int[] counts = new int[r.height];
        for (int y = 0; y < r.height; y++) {
            int at = (r.y + y) * stride + r.x;
            for (int x = 0; x < r.width; x++) {
                if (ink[at + x]) {
                    counts[y]++;
                }
            }
        }
        return counts;
    }

    private static int[] columnCounts(boolean[] ink, int stride, Rectangle r) {
        int[] counts = new int[r.width];
        for (int y = 0; y < r.height; y++) {
            int at = (r.y + y) * stride + r.x;
            for (int x = 0; x < r.width; x++) {
                if (ink[at + x]) {
                    counts[x]++;
                }
            }
        }
        return counts;
    }

    /** Runs of entries above {@code noise}, merged across blanks narrower than {@code gap}: {start, end exclusive}. */
    static List<int[]> runs(int[] counts, int gap, int noise) {
        List<int[]> out = new ArrayList<>();
        int start = -1, end = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > noise) {
                if (start >= 0 && i - end < gap) {
                    end = i + 1;
                } else {
                    if (start >= 0) {
                        out.add(new int[] {start, end});
                    }
                    start = i;
                    end = i + 1;
                }
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    private static Rectangle tighten(boolean[] ink, int stride, Rectangle p) {
        int[] rows = rowCounts(ink, stride, p);
        int top = 0, bottom = rows.length;
        while (top < bottom && rows[top] == 0) {
            top++;
        }
        while (bottom > top && rows[bottom - 1] == 0) {
            bottom--;
        }
        return top >= bottom ? null : new Rectangle(p.x, p.y + top, p.width, bottom - top);
    }

    private static int inked(boolean[] ink, int stride, Rectangle r) {
        int n = 0;
        for (int c : rowCounts(ink, stride, r)) {
            n += c;
        }
        return n;
    }

    /** Which columns of {@code line} hold ink, from its left edge. */
    static boolean[] inkedColumns(BufferedImage image, Rectangle line) {
        Raster raster = image.getRaster();
        boolean[] out = new boolean[line.width];
        int[] row = new int[line.width];
        for (int y = line.y; y < line.y + line.height; y++) {
            raster.getSamples(line.x, y, line.width, 1, 0, row);
            for (int x = 0; x < line.width; x++) {
                out[x] |= row[x] < INK;
            }
        }
        return out;
    }

    /** The first and last-plus-one rows of {@code box} that hold ink, from its top ({0, height} when none do). */
    static int[] inkedRows(BufferedImage image, Rectangle box) {
        Raster raster = image.getRaster();
        int[] row = new int[box.width];
        int first = -1, last = -1;
        for (int y = 0; y < box.height; y++) {
            raster.getSamples(box.x, box.y + y, box.width, 1, 0, row);
            for (int v : row) {
                if (v < INK) {
                    if (first < 0) {
                        first = y;
                    }
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? new int[] {0, box.height} : new int[] {first, last + 1};
    }
}
