package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import perfdecl.grid.Box;
import perfdecl.pdf.content.Glyph;
import perfdecl.pdf.scan.ScanRaster;

/**
 * Reads full-width brackets from their ink where OCR misreads them: the Chinese model has no （ of its own in some
 * scans and gives "《人" or "(" for it ("外国人（台港" read as "外国人《人台港"). A bracket is one narrow glyph as tall
 * as the line's Chinese characters and bowed: an opening one's ends lie right of its middle, a closing one's left.
 * Only single-line cells are judged, and a reading is changed only when every bracket glyph in the pixels lands on a
 * run of bracket-like characters at its place in the text, exactly one such reading exists, and its brackets balance.
 */
final class ScanBrackets {

    /** Characters OCR gives for a full-width bracket. */
    static final String BRACKETISH = "《〈》〉人()（）";
    private static final int LONGEST_MISREAD = 3;
    /** A bracket's ink is at most this share of a Chinese character's height wide. */
    private static final double NARROW = 0.45;
    /** And at least this share of it high. */
    private static final double TALL = 0.85;
    /** Its ends' mean column lies this share of its width or more to one side of its middle's. */
    private static final double BOW = 0.2;
    /** How far, in character widths, a bracket's ink may be from where the new reading puts it. */
    private static final double PLACE = 0.4;

    private ScanBrackets() {
    }

    /** The repaired text and the measures behind it, for the reader's note. */
    record Review(String text, String evidence) {
    }

    /** One bracket-shaped glyph: ink columns x0..x1, rows y0..y1, opening or not, its bow. */
    record Glyph(int x0, int x1, int y0, int y1, boolean opening, double bow) {
        double center() {
            return (x0 + x1) / 2.0;
        }
    }

    /** The line's ink: leftmost and rightmost inked column, Chinese character height, and its bracket glyphs. */
    record Line(int left, int right, double cjkHeight, List<Glyph> brackets) {
    }

    /** The text with its misread brackets replaced, or {@code null} when there is none or it cannot be told. */
    static Review review(String text, ScanRaster r, Box cell) {
        if (text.indexOf('\n') >= 0 || !hasBracketish(text)) {
            return null;
        }
        Line line = line(r, cell);
        if (line == null || line.brackets().isEmpty()) {
            return null;
        }
        Set<String> readings = new LinkedHashSet<>();
        assign(text, line, 0, 0, new ArrayList<>(), readings);
        if (readings.size() != 1) {
            return null;
        }
        String out = readings.iterator().next();
        if (out.equals(text) || !balanced(out) || (balanced(text) && !hasMisread(text))) {
            return null;
        }
        StringBuilder evidence = new StringBuilder();
        for (Glyph g : line.brackets()) {
            if (evidence.length() > 0) {
                evidence.append("; ");
            }
            evidence.append(String.format(Locale.ROOT, "%s at x %d: %.2f of a character wide, %.2f high, bow %.2f",
                    g.opening() ? "（" : "）", g.x0(), (g.x1() - g.x0() + 1) / line.cjkHeight(),
                    (g.y1() - g.y0() + 1) / line.cjkHeight(), g.bow()));
        }
        return new Review(out, evidence.toString());
    }

    /** Tries each run of bracket-like characters from {@code from} on for bracket glyph {@code j}. */
    private static void assign(String text, Line line, int j, int from, List<int[]> runs, Set<String> readings) {
        if (j == line.brackets().size()) {
            String out = rebuild(text, line, runs);
            if (out != null) {
                readings.add(out);
            }
            return;
        }
        for (int a = from; a < text.length(); a++) {
            for (int b = a + 1; b <= Math.min(text.length(), a + LONGEST_MISREAD); b++) {
                if (BRACKETISH.indexOf(text.charAt(b - 1)) < 0) {
                    break;
                }
                runs.add(new int[] {a, b});
                assign(text, line, j + 1, b, runs, readings);
                runs.remove(runs.size() - 1);
            }
        }
    }

    /** The text with the runs replaced, if every bracket glyph then sits where its character does. */
    private static String rebuild(String text, Line line, List<int[]> runs) {
        StringBuilder out = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        int prev = 0;
        for (int j = 0; j < runs.size(); j++) {
            int[] run = runs.get(j);
            out.append(text, prev, run[0]);
            at.add(out.length());
            out.append(line.brackets().get(j).opening() ? '（' : '）');
            prev = run[1];
        }
        out.append(text.substring(prev));
        String s = out.toString();
        double[] em = new double[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            em[i + 1] = em[i] + (isWide(s.charAt(i)) ? 1 : 0.5);
        }
        double lead = s.charAt(0) == '（' ? 0.55 : 0.05;
        double trail = s.charAt(s.length() - 1) == '）' ? 0.55 : 0.05;
        double pitch = (line.right() - line.left() + 1) / Math.max(0.5, em[s.length()] - lead - trail);
        for (int j = 0; j < runs.size(); j++) {
            Glyph g = line.brackets().get(j);
            double place = (g.center() - line.left()) / pitch + lead;
            double expected = em[at.get(j)] + (g.opening() ? 0.7 : 0.3);
            if (Math.abs(place - expected) > PLACE) {
                return null;
            }
        }
        return s;
    }

    /**
     * The cell's one text line: its ink extent, the median height of its wide glyphs (Chinese characters) and the
     * narrow, tall, bowed glyphs among them; {@code null} when the cell has no single line or no wide glyph.
     */
    static Line line(ScanRaster r, Box cell) {
        ScanTextLine text = ScanTextLine.in(r, cell);
        if (text == null || text.height() < 8 || text.glyphs().isEmpty()) {
            return null;
        }
        List<int[]> blobs = text.glyphs();
        int lineHeight = text.height();
        List<Integer> heights = new ArrayList<>();
        for (int[] b : blobs) {
            if (b[1] - b[0] + 1 >= 0.6 * lineHeight) {
                heights.add(b[3] - b[2] + 1);
            }
        }
        if (heights.isEmpty()) {
            return null;
        }
        heights.sort(null);
        double cjk = heights.get(heights.size() / 2);
        List<Glyph> brackets = new ArrayList<>();
        for (int[] b : blobs) {
            if (b[1] - b[0] + 1 <= NARROW * cjk && b[3] - b[2] + 1 >= TALL * cjk) {
                double bow = bow(r, b);
                if (Math.abs(bow) >= BOW && oneStroke(r, b)) {
                    brackets.add(new Glyph(b[0], b[1], b[2], b[3], bow > 0, bow));
                }
            }
        }
        return new Line(blobs.get(0)[0], blobs.get(blobs.size() - 1)[1], cjk, brackets);
    }

    /** Mean inked column of the glyph's top and bottom tenth minus its middle fifth's, over its width. */
    static double bow(ScanRaster r, int[] b) {
        int h = b[3] - b[2] + 1;
        int band = Math.max(1, h / 10);
        double ends = (meanColumn(r, b, b[2], b[2] + band) + meanColumn(r, b, b[3] - band + 1, b[3] + 1)) / 2;
        double middle = meanColumn(r, b, b[2] + 2 * h / 5, b[2] + 3 * h / 5);
        if (Double.isNaN(ends) || Double.isNaN(middle)) {
            return 0;
        }
        return (ends - middle) / (b[1] - b[0] + 1);
    }

    /** Every row but a few crosses the glyph's ink once: one curved stroke, not a chevron pair such as 《. */
    static boolean oneStroke(ScanRaster r, int[] b) {
        int split = 0;
        for (int y = b[2]; y <= b[3]; y++) {
            int runs = 0;
            boolean in = false;
            for (int x = b[0]; x <= b[1]; x++) {
                boolean ink = r.inked(x, y);
                if (ink && !in) {
                    runs++;
                }
                in = ink;
            }
            if (runs > 1) {
                split++;
            }
        }
        return split <= (b[3] - b[2] + 1) / 10;
    }

    private static double meanColumn(ScanRaster r, int[] b, int y0, int y1) {
        double sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = b[0]; x <= b[1]; x++) {
                if (r.inked(x, y)) {
                    sum += x;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static boolean hasBracketish(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("《〈》〉()（）".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMisread(String text) {
        return text.indexOf('《') >= 0 || text.indexOf('〈') >= 0 || text.indexOf('》') >= 0 || text.indexOf('〉') >= 0;
    }

    /** Round brackets of either width open and close in order; angle brackets each with their own. */
    static boolean balanced(String s) {
        int round = 0, angle = 0, single = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            round += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            angle += c == '《' ? 1 : c == '》' ? -1 : 0;
            single += c == '〈' ? 1 : c == '〉' ? -1 : 0;
            if (round < 0 || angle < 0 || single < 0) {
                return false;
            }
        }
        return round == 0 && angle == 0 && single == 0;
    }

    private static boolean isWide(char c) {
        return c > 0x2E80;
    }
}
