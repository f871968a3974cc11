package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanRaster;

/**
 * Tells a dash from the character 一 by the bar's ink, where OCR cannot: both are one horizontal stroke between
 * Chinese characters ("建设—师资" read as "建设一师资"), and the Chinese model prefers 一. A Song or Fang Song 一
 * swells at its end (the brush's press), a dash is one even line, thinner than a Hei 一, and fills its character
 * cell, longer than the characters beside it are wide, where 一 leaves a margin. Only cells whose bars can each be
 * matched, in reading order, to a bar-shaped glyph of the cell's lines are judged.
 */
final class ScanDashes {

    /** The bar characters OCR gives for a dash or for 一. */
    static final String BARS = "一—－-ー–";
    /** A bar whose thickest column carries this much more ink than its median column ends in a serif. */
    private static final double SWELLING = 1.6;
    /** Median bar thickness over the text line's height at or below which an even bar is a dash. */
    private static final double THIN = 0.055;
    /** Up to this thickness a bar no longer than a character may still be a dash drawn short. */
    private static final double EVEN = 0.075;
    /** A bar this share of a character's width long or longer is a dash. */
    private static final double LONG = 1.05;
    /** And an even bar this share long or shorter is 一. */
    private static final double SHORT = 0.98;

    private ScanDashes() {
    }

    /** How a bar's ink reads. */
    enum Bar { DASH, ONE, UNSURE }

    /**
     * The text with each bar between Chinese characters read from its shape, and whether one of them could not
     * be told; {@code null} when there is no such bar or the bars cannot be matched to the pixels.
     */
    static InkReview review(String text, ScanRaster r, Box cell) {
        List<Integer> at = new ArrayList<>();
        for (int i = 1; i + 1 < text.length(); i++) {
            if (BARS.indexOf(text.charAt(i)) >= 0 && isHan(text.charAt(i - 1)) && isHan(text.charAt(i + 1))) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return null;
        }
        List<int[]> bars = barGlyphs(r, cell);
        if (bars == null || bars.size() != countBars(text)) {
            return null;
        }
        // bars elsewhere in the text (a leading "-", a "1-2") take their glyphs in reading order too
        StringBuilder out = new StringBuilder(text);
        StringBuilder evidence = new StringBuilder();
        boolean unsure = false;
        int glyph = 0;
        for (int i = 0; i < text.length(); i++) {
            if (BARS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int[] b = bars.get(glyph++);
            if (!at.contains(i)) {
                continue;
            }
            double[] m = measure(r, b);
            double width = b[5] > 0 ? (b[1] - b[0] + 1) / (double) b[5] : Double.NaN;
            Bar kind = classify(m[0], m[1], width);
            if (evidence.length() > 0) {
                evidence.append("; ");
            }
            evidence.append(String.format(Locale.ROOT, "\"%c\" in \"%s\": thickness %.3f of the line, swelling %.2f,"
                    + " %.2f of a character wide → %s", text.charAt(i), around(text, i), m[0], m[1], width,
                    kind == Bar.DASH ? "dash" : kind == Bar.ONE ? "一" : "unsure"));
            if (kind == Bar.DASH) {
                out.setCharAt(i, '—');
            } else if (kind == Bar.ONE) {
                out.setCharAt(i, '一');
            } else {
                unsure = true;
            }
        }
        return new InkReview(out.toString(), unsure, evidence.toString());
    }

    /** The character at {@code i} with two on each side, on one line: where a note's reader finds it. */
    static String around(String text, int i) {
        return text.substring(Math.max(0, i - 2), Math.min(text.length(), i + 3)).replace('\n', ' ');
    }

    private static int countBars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (BARS.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Swelling at an end: a Song 一. Longer than the line's Chinese characters are wide: a dash, which fills its
     * whole character cell where 一 leaves a margin (a Hei 一 is as even as a dash, and no thinner than a blurred
     * one). Even and thin: a dash. As wide as a character or narrower: 一. Anything between is not to be told.
     *
     * @param thickness the bar's median column ink over the text line's height
     * @param swelling  its thickest column's ink over its median column's
     * @param width     its length over the median width of the line's Chinese characters; NaN when unknown
     */
    static Bar classify(double thickness, double swelling, double width) {
        if (swelling >= SWELLING) {
            return Bar.ONE;
        }
        if (width >= LONG) {
            return Bar.DASH;
        }
        if (thickness <= THIN) {
            return Bar.DASH;
        }
        if (thickness <= EVEN) {
            // as thin as a Hei 一 or a dash drawn short: only the length tells, and it does not
            return width <= SHORT ? Bar.UNSURE : Bar.DASH;
        }
        return width <= SHORT ? Bar.ONE : Bar.UNSURE;
    }

    /**
     * {thickness, swelling} of the bar glyph {x0, x1, y0, y1, lineHeight}: ink counted as gray level below the
     * paper, so a blurred line weighs what a sharp one does.
     */
    static double[] measure(ScanRaster r, int[] b) {
        int x0 = b[0], x1 = b[1], y0 = b[2], y1 = b[3], lineHeight = b[4];
        int pad = Math.max(2, (y1 - y0 + 1));
        int darkest = 255;
        for (int x = x0; x <= x1; x++) {
            for (int y = y0 - pad; y <= y1 + pad; y++) {
                darkest = Math.min(darkest, r.level(x, y));
            }
        }
        double full = Math.max(1, r.paper() - darkest);
        double[] mass = new double[x1 - x0 + 1];
        for (int x = x0; x <= x1; x++) {
            double m = 0;
            for (int y = y0 - pad; y <= y1 + pad; y++) {
                m += Math.max(0, r.paper() - r.level(x, y) - 8) / full;
            }
            mass[x - x0] = m;
        }
        double[] sorted = mass.clone();
        java.util.Arrays.sort(sorted);
        double median = Math.max(1e-6, sorted[sorted.length / 2]);
        // the thickest place over two columns, so one speck does not count as a serif
        double max = 0;
        for (int i = 0; i + 1 < mass.length; i++) {
            max = Math.max(max, (mass[i] + mass[i + 1]) / 2);
        }
        return new double[] {median / lineHeight, max / median};
    }

    /**
     * The bar-shaped glyphs of the cell's text lines in reading order, each {x0, x1, y0, y1, lineHeight, cjkWidth}
     * in pixels: runs of columns at least half the line wide whose ink is one flat stroke (at most a quarter of the
     * line high) in the line's middle, alone or touching a character beside it (a blurred scan joins a dash to its
     * neighbours); cjkWidth the median width of the line's glyphs as wide and high as one Chinese character (0 when
     * it has fewer than two). {@code null} when the cell has no ink or a line too low to measure.
     */
    static List<int[]> barGlyphs(ScanRaster r, Box cell) {
        List<ScanTextLine> lines = ScanTextLine.lines(r, cell);
        if (lines.isEmpty()) {
            return null;
        }
        List<int[]> out = new ArrayList<>();
        for (ScanTextLine line : lines) {
            int top = line.top();
            int lineHeight = line.height();
            if (lineHeight < 6) {
                return null;
            }
            List<Integer> widths = new ArrayList<>();
            for (int[] g : line.glyphs()) {
                int w = g[1] - g[0] + 1;
                if (g[3] - g[2] + 1 >= 0.6 * lineHeight && w >= 0.6 * lineHeight && w <= 1.3 * lineHeight) {
                    widths.add(w);
                }
            }
            widths.sort(null);
            int cjkWidth = widths.size() < 2 ? 0 : widths.get(widths.size() / 2);
            for (int[] g : line.glyphs()) {
                int start = -1, y0 = Integer.MAX_VALUE, y1 = -1;
                for (int x = g[0]; x <= g[1] + 1; x++) {
                    int[] ink = x <= g[1] ? columnInk(r, x, line.top(), line.bottom()) : null;
                    boolean flat = ink != null && ink[1] - ink[0] + 1 <= 0.25 * lineHeight
                            && (ink[0] + ink[1]) / 2.0 - top > 0.25 * lineHeight
                            && (ink[0] + ink[1]) / 2.0 - top < 0.75 * lineHeight;
                    if (flat) {
                        start = start < 0 ? x : start;
                        y0 = Math.min(y0, ink[0]);
                        y1 = Math.max(y1, ink[1]);
                        continue;
                    }
                    if (start >= 0 && x - start >= 0.5 * lineHeight && y1 - y0 + 1 <= 0.25 * lineHeight) {
                        out.add(new int[] {start, x - 1, y0, y1, lineHeight, cjkWidth});
                    }
                    start = -1;
                    y0 = Integer.MAX_VALUE;
                    y1 = -1;
                }
            }
        }
        return out;
    }

    /** {first, last} inked row of column x between top and bottom, or {@code null} when it has none. */
    private static int[] columnInk(ScanRaster r, int x, int top, int bottom) {
        int first = -1, last = -1;
        for (int y = top; y <= bottom; y++) {
            if (r.inked(x, y)) {
                first = first < 0 ? y : first;
                last = y;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
