package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        List<Double> blanks = bracketBlanks(r, cell);
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
     * ink or a line too low to measure.
     */
    static List<Double> bracketBlanks(ScanRaster r, Box cell) {
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
            List<int[]> g = line.glyphs();
            for (int k = 0; k < g.size(); k++) {
                int[] b = g.get(k);
                if (b[1] - b[0] + 1 <= 0.35 * h && b[3] - b[2] + 1 >= 0.75 * h
                        && Math.abs(ScanBrackets.bow(r, b)) >= 0.2 && ScanBrackets.oneStroke(r, b)) {
                    out.add(k == 0 || k + 1 == g.size() ? Double.NaN
                            : (g.get(k + 1)[0] - g.get(k - 1)[1] - 1 - (b[1] - b[0] + 1)) / (double) h);
                }
            }
        }
        return out;
    }
}
