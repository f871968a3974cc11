package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanRaster;

/**
 * A line of ink in a cell of a scanned page, in pixels, and the glyphs on it (runs of inked columns, each
 * {@code {x0, x1, y0, y1}}): what the pixel checks of values (dashes, brackets, semicolons) look at.
 */
public record ScanTextLine(int top, int bottom, List<int[]> glyphs) {

    /** A band of ink lower than this share of the cell's tallest is a speck or a stray stroke, not a line. */
    private static final double LOW_BAND = 0.5;

    int height() {
        return bottom - top + 1;
    }

    /** The cell's line, or {@code null} when the cell holds no ink or more than one line of it. */
    public static ScanTextLine in(ScanRaster r, Box cell) {
        int[] inside = inside(r, cell);
        List<int[]> bands = bands(r, inside);
        return bands.size() == 1 ? line(r, inside, bands.get(0)) : null;
    }

    /**
     * The cell's lines, top to bottom: its bands of inked rows, without those much lower than the tallest; empty
     * when the cell holds no ink. Lines that touch (no blank row between) come out as one.
     */
    static List<ScanTextLine> lines(ScanRaster r, Box cell) {
        int[] inside = inside(r, cell);
        List<int[]> bands = bands(r, inside);
        int tallest = bands.stream().mapToInt(b -> b[1] - b[0] + 1).max().orElse(0);
        List<ScanTextLine> out = new ArrayList<>();
        for (int[] b : bands) {
            if (b[1] - b[0] + 1 >= LOW_BAND * tallest) {
                out.add(line(r, inside, b));
            }
        }
        return out;
    }

    /** The cell's inside in pixels, {x0, y0, x1, y1}, clear of its rulings. */
    private static int[] inside(ScanRaster r, Box cell) {
        int inset = (int) Math.ceil(2 * r.scale);
        return new int[] {(int) (cell.x() * r.scale) + inset, (int) (cell.y() * r.scale) + inset,
                (int) (cell.right() * r.scale) - inset, (int) (cell.bottom() * r.scale) - inset};
    }

    /**
     * Runs of rows with ink, each {top, bottom}. A cell laid out from its text alone (a page without rulings) is as
     * tall as its line, and its inside cuts the line's top and bottom off: a band that runs into the inside's top or
     * bottom goes on past it as long as its rows have ink (rulings are erased), by half its height at most.
     */
    private static List<int[]> bands(ScanRaster r, int[] c) {
        List<int[]> out = new ArrayList<>();
        int top = -1;
        for (int y = c[1]; y <= c[3]; y++) {
            boolean ink = y < c[3] && r.ink(c[0], y, c[2], y + 1) > 0;
            if (ink && top < 0) {
                top = y;
            } else if (!ink && top >= 0) {
                out.add(new int[] {top, y - 1});
                top = -1;
            }
        }
        if (!out.isEmpty()) {
            int[] first = out.get(0);
            if (first[0] == c[1]) {
                int limit = c[1] - (first[1] - first[0] + 1) / 2;
                while (first[0] - 1 >= limit && r.ink(c[0], first[0] - 1, c[2], first[0]) > 0) {
                    first[0]--;
                }
            }
            int[] last = out.get(out.size() - 1);
            if (last[1] == c[3] - 1) {
                int limit = c[3] - 1 + (last[1] - last[0] + 1) / 2;
                while (last[1] + 1 <= limit && r.ink(c[0], last[1] + 1, c[2], last[1] + 2) > 0) {
                    last[1]++;
                }
            }
        }
        return out;
    }

    private static ScanTextLine line(ScanRaster r, int[] c, int[] band) {
        int top = band[0], bottom = band[1];
        return new ScanTextLine(top, bottom, List.copyOf(runs(r, c[0], c[2] - 1, top, bottom,
                x -> columnInk(r, x, top, bottom))));
    }

    /**
     * The line's glyphs as runs of columns holding a dark pixel (not merely a gray one) between its first and last
     * glyph, each {@code {x0, x1, y0, y1}} with the inked rows of its columns.
     */
    List<int[]> darkGlyphs(ScanRaster r) {
        if (glyphs.isEmpty()) {
            return new ArrayList<>();
        }
        return runs(r, glyphs.get(0)[0], glyphs.get(glyphs.size() - 1)[1], top, bottom, x -> columnDark(r, x));
    }

    /**
     * The runs of columns from {@code x0} to {@code x1} (inclusive) that {@code counts}, each {@code {x0, x1, y0,
     * y1}} with the inked rows of its columns between {@code top} and {@code bottom}.
     */
    private static List<int[]> runs(ScanRaster r, int x0, int x1, int top, int bottom, IntPredicate counts) {
        List<int[]> out = new ArrayList<>();
        int x = x0;
        while (x <= x1) {
            if (!counts.test(x)) {
                x++;
                continue;
            }
            int start = x;
            while (x <= x1 && counts.test(x)) {
                x++;
            }
            int gy0 = Integer.MAX_VALUE, gy1 = -1;
            for (int gx = start; gx < x; gx++) {
                for (int y = top; y <= bottom; y++) {
                    if (r.inked(gx, y)) {
                        gy0 = Math.min(gy0, y);
                        gy1 = Math.max(gy1, y);
                    }
                }
            }
            out.add(new int[] {start, x - 1, gy0, gy1});
        }
        return out;
    }

    private boolean columnDark(ScanRaster r, int x) {
        for (int y = top; y <= bottom; y++) {
            if (r.dark(x, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean columnInk(ScanRaster r, int x, int top, int bottom) {
        for (int y = top; y <= bottom; y++) {
            if (r.inked(x, y)) {
                return true;
            }
        }
        return false;
    }
}
