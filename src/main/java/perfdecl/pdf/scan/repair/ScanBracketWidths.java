package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanRaster;

/**
 * Tells a half-width round bracket from a full-width one by the blank round its ink, where OCR cannot: the glyphs
 * are alike, and next to Chinese the reading is made full-width ("≤102.70(元)" read "≤102.70（元）"). A full-width
 * bracket takes a whole character's width with its ink at one side, a half-width one half of it, so the blank
 * between its neighbours' ink tells them apart. Only cells whose brackets can each be matched, in reading order,
 * to a bracket-shaped glyph of their lines are judged; a bracket at a line's end, where no blank can be measured,
 * takes the width of its partner when that was judged.
 */
final class ScanBracketWidths {

    /** The characters judged. */
    static final String BRACKETS = "()（）";
    /** Blank between the neighbours' ink, less the bracket's own, over the line's height: at most this, half-width. */
    private static final double HALF = 0.5;
    /** And at least this, full-width. */
    private static final double FULL = 0.7;
    /** A bracket's ink is at most this share of the line's height wide, at least this high, and bows this much. */
    private static final double MAX_WIDTH = 0.35;
    private static final double MIN_HEIGHT = 0.75;
    private static final double MIN_BOW = 0.2;
    /** Inked pixels of the column where a bracket's blurred ink touches its neighbour's, at most. */
    private static final int JOIN = 2;

    private ScanBracketWidths() {
    }

    /**
     * The text with each judged bracket in the width its ink shows, and whether one could not be told;
     * {@code null} when the text has none, they cannot be matched to the pixels or none could be measured.
     */
    static InkReview review(String text, ScanRaster r, Box cell) {
        List<Integer> at = InkReview.positions(text, BRACKETS);
        if (at.isEmpty()) {
            return null;
        }
        List<Double> blanks = bracketBlanks(r, cell, false);
        if (blanks != null && blanks.size() < at.size()) {
            blanks = bracketBlanks(r, cell, true);
        }
        // a blurred scan's gray joins (or a peel that took a round digit for a bracket) miscount: cut at dark cores
        if (blanks != null && blanks.size() != at.size()) {
            blanks = darkBracketBlanks(r, cell);
        }
        if (blanks == null || blanks.size() != at.size()) {
            return null;
        }
        GlyphWidth[] widths = new GlyphWidth[at.size()];
        StringBuilder evidence = new StringBuilder();
        for (int k = 0; k < at.size(); k++) {
            double blank = blanks.get(k);
            if (Double.isNaN(blank)) {
                continue;
            }
            widths[k] = classify(blank);
            int i = at.get(k);
            if (evidence.length() > 0) {
                evidence.append("; ");
            }
            evidence.append(String.format(Locale.ROOT, "\"%c\" in \"%s\": blank round it %.2f of the line's height → %s",
                    text.charAt(i), ScanDashes.around(text, i), blank,
                    widths[k].word()));
        }
        if (evidence.length() == 0) {
            return null;
        }
        // a bracket at a line's end takes its partner's width
        for (int k = 0; k < at.size(); k++) {
            if (widths[k] == null) {
                int partner = partner(text, at, k);
                widths[k] = partner >= 0 && widths[partner] != GlyphWidth.UNSURE ? widths[partner] : null;
            }
        }
        StringBuilder out = new StringBuilder(text);
        boolean unsure = false;
        for (int k = 0; k < at.size(); k++) {
            int i = at.get(k);
            boolean opening = text.charAt(i) == '(' || text.charAt(i) == '（';
            if (widths[k] == GlyphWidth.HALF) {
                out.setCharAt(i, opening ? '(' : ')');
            } else if (widths[k] == GlyphWidth.FULL) {
                out.setCharAt(i, opening ? '（' : '）');
            } else if (widths[k] == GlyphWidth.UNSURE) {
                unsure = true;
            }
        }
        return new InkReview(out.toString(), unsure, evidence.toString());
    }

    static GlyphWidth classify(double blank) {
        return GlyphWidth.of(blank, HALF, FULL);
    }

    /** The index in {@code at} of the bracket pairing with the {@code k}th, or -1. */
    private static int partner(String text, List<Integer> at, int k) {
        boolean opening = text.charAt(at.get(k)) == '(' || text.charAt(at.get(k)) == '（';
        int depth = 0;
        for (int j = k + (opening ? 1 : -1); j >= 0 && j < at.size(); j += opening ? 1 : -1) {
            char c = text.charAt(at.get(j));
            boolean o = c == '(' || c == '（';
            if (o == opening) {
                depth++;
            } else if (depth == 0) {
                return j;
            } else {
                depth--;
            }
        }
        return -1;
    }

    /**
     * The bracket-shaped glyphs of the cell's lines in reading order, each the blank between its neighbours' ink
     * less its own width, over the line's height; {@code NaN} at a line's end. {@code null} when the cell has no
     * ink or a line too low to measure. With {@code peel}, a bracket whose ink touches its neighbour's (a blurred
     * scan joins "(小" into one run of inked columns) is taken apart from it at the thin join first.
     */
    static List<Double> bracketBlanks(ScanRaster r, Box cell, boolean peel) {
        return blanks(r, cell, line -> peel ? peeled(r, line) : line.glyphs());
    }

    /**
     * As {@link #bracketBlanks}, the glyphs cut where no pixel is dark: a bracket a blurred scan joined to its
     * neighbours by gray alone ("00(万" one run of inked columns) stands apart by its dark core.
     */
    static List<Double> darkBracketBlanks(ScanRaster r, Box cell) {
        return blanks(r, cell, line -> line.darkGlyphs(r));
    }

    private static List<Double> blanks(ScanRaster r, Box cell, Function<ScanTextLine, List<int[]>> glyphs) {
        List<ScanTextLine> lines = ScanTextLine.lines(r, cell);
        if (lines.isEmpty()) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (ScanTextLine line : lines) {
            int h = line.height();
            if (h < 8) {
                return null;
            }
            List<int[]> g = glyphs.apply(line);
            for (int k = 0; k < g.size(); k++) {
                int[] b = g.get(k);
                if (isBracket(r, b, h)) {
                    out.add(k == 0 || k + 1 == g.size() ? Double.NaN
                            : (g.get(k + 1)[0] - g.get(k - 1)[1] - 1 - (b[1] - b[0] + 1)) / (double) h);
                }
            }
        }
        return out;
    }

    private static boolean isBracket(ScanRaster r, int[] b, int h) {
        return b[1] - b[0] + 1 <= MAX_WIDTH * h && b[3] - b[2] + 1 >= MIN_HEIGHT * h
                && Math.abs(ScanBrackets.bow(r, b)) >= MIN_BOW && ScanBrackets.oneStroke(r, b);
    }

    /**
     * The line's glyphs with a bracket taken off the glyph it touches: where a glyph's first (or last) columns, up
     * to a bracket's width, end at a column with at most {@link #JOIN} inked pixels and make a bracket on their own,
     * they are a glyph of their own and the rest another; the joining column belongs to neither.
     */
    static List<int[]> peeled(ScanRaster r, ScanTextLine line) {
        int h = line.height();
        List<int[]> out = new ArrayList<>();
        for (int[] b : line.glyphs()) {
            if (b[1] - b[0] + 1 <= MAX_WIDTH * h || b[3] - b[2] + 1 < MIN_HEIGHT * h) {
                out.add(b);
                continue;
            }
            int reach = (int) Math.floor(MAX_WIDTH * h);
            int[] left = null, right = null;
            int leftJoin = thinnest(r, line, b[0] + 1, Math.min(b[1] - 1, b[0] + reach));
            if (leftJoin >= 0) {
                int[] piece = glyph(r, line, b[0], leftJoin - 1);
                left = piece != null && isBracket(r, piece, h) ? piece : null;
            }
            int rightJoin = thinnest(r, line, Math.max(b[0] + 1, b[1] - reach), b[1] - 1);
            if (rightJoin >= 0) {
                int[] piece = glyph(r, line, rightJoin + 1, b[1]);
                right = piece != null && isBracket(r, piece, h) ? piece : null;
            }
            int from = left != null ? leftJoin + 1 : b[0], to = right != null ? rightJoin - 1 : b[1];
            int[] rest = from <= to ? glyph(r, line, from, to) : null;
            if (left != null) {
                out.add(left);
            }
            if (rest != null) {
                out.add(rest);
            }
            if (right != null) {
                out.add(right);
            }
        }
        return out;
    }

    /** The column in {@code x0..x1} with the fewest inked pixels on the line, when at most {@link #JOIN}; else -1. */
    private static int thinnest(ScanRaster r, ScanTextLine line, int x0, int x1) {
        int best = -1, fewest = JOIN + 1;
        for (int x = x0; x <= x1; x++) {
            int n = 0;
            for (int y = line.top(); y <= line.bottom(); y++) {
                if (r.inked(x, y)) {
                    n++;
                }
            }
            if (n < fewest) {
                fewest = n;
                best = x;
            }
        }
        return best;
    }

    /** Columns {@code x0..x1} of the line as a glyph {x0, x1, y0, y1} with its inked rows, or null without ink. */
    private static int[] glyph(ScanRaster r, ScanTextLine line, int x0, int x1) {
        int y0 = Integer.MAX_VALUE, y1 = -1;
        for (int x = x0; x <= x1; x++) {
            for (int y = line.top(); y <= line.bottom(); y++) {
                if (r.inked(x, y)) {
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return y1 < 0 ? null : new int[] {x0, x1, y0, y1};
    }
}
