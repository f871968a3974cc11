package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanRaster;

/**
 * Tells a half-width semicolon or colon from a full-width one by the blank round its ink, where OCR cannot: the
 * glyphs are alike (two marks stacked, a dot over a dot or a tail), and the Chinese model reads "；" next to Chinese
 * characters whatever the filer typed ("进修;项目"). A full-width one takes a whole character's width with its ink at
 * one side, a half-width one half of it or less, so the blank between its neighbours' ink tells them apart. Only
 * cells whose semicolons and colons can each be matched, in reading order, to such a glyph of their lines are
 * judged, and only those with ink on both sides on their line.
 */
final class ScanSemicolons {

    /** The characters judged. */
    static final String MARKS = ";；:：";
    /** Blank left and right of the glyph, over the line's height, at or below which it is half-width. */
    private static final double HALF = 0.6;
    /** And at or above which it is full-width. */
    private static final double FULL = 0.8;

    private ScanSemicolons() {
    }

    /**
     * The text with each judged mark in the width its ink shows, and whether one could not be told; {@code null}
     * when the text has none or they cannot be matched to the pixels.
     */
    static InkReview review(String text, ScanRaster r, Box cell) {
        List<Integer> at = InkReview.positions(text, MARKS);
        if (at.isEmpty()) {
            return null;
        }
        List<double[]> glyphs = markGlyphs(r, cell);
        if (glyphs == null || glyphs.size() != at.size()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text);
        StringBuilder evidence = new StringBuilder();
        boolean unsure = false;
        for (int k = 0; k < at.size(); k++) {
            double blank = glyphs.get(k)[0];
            if (Double.isNaN(blank)) {
                continue;
            }
            int i = at.get(k);
            char c = text.charAt(i);
            GlyphWidth w = classify(blank);
            if (evidence.length() > 0) {
                evidence.append("; ");
            }
            evidence.append(String.format(Locale.ROOT, "\"%c\" in \"%s\": blank round it %.2f of the line's height → %s",
                    c, ScanDashes.around(text, i), blank,
                    w.word()));
            boolean colon = c == ':' || c == '：';
            if (w == GlyphWidth.HALF) {
                out.setCharAt(i, colon ? ':' : ';');
            } else if (w == GlyphWidth.FULL) {
                out.setCharAt(i, colon ? '：' : '；');
            } else {
                unsure = true;
            }
        }
        return evidence.length() == 0 ? null : new InkReview(out.toString(), unsure, evidence.toString());
    }

    static GlyphWidth classify(double blank) {
        return GlyphWidth.of(blank, HALF, FULL);
    }

    /**
     * The semicolon- or colon-shaped glyphs of the cell's lines in reading order, each {blank}: the blank between
     * its neighbours' ink over the line's height, {@code NaN} at a line's end. {@code null} when the cell has no
     * ink or a line too low to measure.
     */
    static List<double[]> markGlyphs(ScanRaster r, Box cell) {
        List<ScanTextLine> lines = ScanTextLine.lines(r, cell);
        if (lines.isEmpty()) {
            return null;
        }
        List<double[]> out = new ArrayList<>();
        for (ScanTextLine line : lines) {
            int h = line.height();
            if (h < 8) {
                return null;
            }
            List<int[]> g = line.glyphs();
            for (int k = 0; k < g.size(); k++) {
                if (isMark(r, g.get(k), line)) {
                    double blank = k == 0 || k + 1 == g.size() ? Double.NaN
                            : (g.get(k + 1)[0] - g.get(k - 1)[1] - 1 - (g.get(k)[1] - g.get(k)[0] + 1)) / (double) h;
                    out.add(new double[] {blank});
                }
            }
        }
        return out;
    }

    /**
     * Narrow, two marks stacked with a blank between, both small, the upper one below the line's top third and the
     * lower one reaching its lower part: a semicolon or colon, not an 冫 or 讠 (starting near the top) nor an i or
     * ! (a long stroke).
     */
    static boolean isMark(ScanRaster r, int[] g, ScanTextLine line) {
        int h = line.height();
        if (g[1] - g[0] + 1 > 0.3 * h) {
            return false;
        }
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int y = line.top(); y <= line.bottom() + 1; y++) {
            boolean ink = false;
            for (int x = g[0]; x <= g[1] && y <= line.bottom(); x++) {
                ink |= r.inked(x, y);
            }
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                runs.add(new int[] {start, y - 1});
                start = -1;
            }
        }
        if (runs.size() != 2) {
            return false;
        }
        int[] upper = runs.get(0), lower = runs.get(1);
        return upper[0] - line.top() >= 0.28 * h && upper[1] - upper[0] + 1 <= 0.25 * h
                && lower[1] - lower[0] + 1 <= 0.4 * h && lower[1] - line.top() >= 0.6 * h;
    }
}
