package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanRaster;

/**
 * Reads comparison signs standing inside a sentence ("响应时间 ≤ 30 分钟内，故障处理时间 ≤ 24 小时") from their pixels,
 * where OCR reads ≤ as "&lt;", "入" or any character: every glyph of the cell's lines shaped like a chevron is
 * measured and matched to the one character before a number that stands about where it stands in the text (none
 * or two such characters near it: it is left alone). A chevron's tip halfway down is &lt; or &gt;; a tip in its
 * upper part, with the bar (level or slanted) under the chevron making its lower half longer, is ≤ or ≥.
 */
final class ScanInlineSigns {

    /**
     * A character standing before a number, where a comparison sign stands: OCR makes ≤ of "&lt;", "入", "和",
     * "科", "芝" and more, so any character but a digit, a point, a sign of percent or a separator will do.
     */
    private static final Pattern CANDIDATE = Pattern.compile("[^\\s\\d.,，、%％:：;；(（)）\\-+/](?=\\s*\\d)");
    /**
     * How far a chevron may stand from the place its character has in the text (both as shares of the whole):
     * digits and Latin letters take half the width of a Chinese character, spaces some more; in a long text no
     * more than a few characters either way.
     */
    private static final double PLACE_TOLERANCE = 0.12, LONG_TEXT_TOLERANCE = 0.05, CHARACTERS_AWAY = 4;

    private ScanInlineSigns() {
    }

    /** What the pixels changed, with the evidence, or {@code null} when nothing or they cannot tell. */
    record Review(String text, String evidence) {
    }

    /** A chevron glyph: the sign it is ({@code null} when its kind is unclear) and where it stands, 0–1. */
    record Chevron(String sign, double position) {
    }

    static Review repair(String text, ScanRaster r, Box cell) {
        List<Integer> candidates = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            candidates.add(m.start());
        }
        if (candidates.isEmpty()) {
            return null;
        }
        List<Chevron> found = chevrons(r, cell);
        if (found.isEmpty()) {
            return null;
        }
        // where each candidate stands in the text, as a share of its characters (spaces aside)
        int[] before = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            before[i + 1] = before[i] + (Character.isWhitespace(text.charAt(i)) ? 0 : 1);
        }
        double chars = before[text.length()];
        double tolerance = Math.max(LONG_TEXT_TOLERANCE, Math.min(PLACE_TOLERANCE, CHARACTERS_AWAY / chars));
        // each chevron reads the one candidate near it; none or two near it leave it unmatched
        StringBuilder b = new StringBuilder(text);
        List<String> changed = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Chevron c : found) {
            List<Integer> near = candidates.stream()
                    .filter(at -> Math.abs((before[at] + 0.5) / chars - c.position()) <= tolerance).toList();
            if (near.size() != 1 || !used.add(near.get(0)) || c.sign() == null) {
                continue;
            }
            int at = near.get(0);
            if (b.charAt(at) != c.sign().charAt(0)) {
                changed.add("\"" + b.charAt(at) + "\" → \"" + c.sign() + "\"");
                b.setCharAt(at, c.sign().charAt(0));
            }
        }
        return changed.isEmpty() ? null : new Review(b.toString(), "chevron glyphs where the text has "
                + String.join(", ", changed));
    }

    /**
     * The chevron-shaped glyphs of the cell in reading order, each placed by the share of the cell's lines of ink
     * (laid end to end) before its middle.
     */
    static List<Chevron> chevrons(ScanRaster r, Box cell) {
        int inset = (int) Math.ceil(2 * r.scale);
        int cx0 = (int) (cell.x() * r.scale) + inset, cy0 = (int) (cell.y() * r.scale) + inset;
        int cx1 = (int) (cell.right() * r.scale) - inset, cy1 = (int) (cell.bottom() * r.scale) - inset;
        List<int[]> lines = lines(r, cx0, cy0, cx1, cy1);
        List<int[]> extents = new ArrayList<>();
        double total = 0;
        for (int[] line : lines) {
            int first = cx0, last = cx1 - 1;
            while (first < cx1 && !columnDark(r, first, line[0], line[1])) {
                first++;
            }
            while (last > first && !columnDark(r, last, line[0], line[1])) {
                last--;
            }
            extents.add(new int[] {first, last});
            total += Math.max(0, last - first + 1);
        }
        List<Chevron> out = new ArrayList<>();
        double offset = 0;
        for (int l = 0; l < lines.size(); l++) {
            int top = lines.get(l)[0], bottom = lines.get(l)[1];
            int x = cx0;
            while (x < cx1) {
                if (!columnDark(r, x, top, bottom)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < cx1 && columnDark(r, x, top, bottom)) {
                    x++;
                }
                String sign = classify(r, start, x - 1, top, bottom);
                if (sign != null) {
                    double middle = (start + x - 1) / 2.0 - extents.get(l)[0];
                    out.add(new Chevron(sign.equals("?") ? null : sign, (offset + middle) / total));
                }
            }
            offset += Math.max(0, extents.get(l)[1] - extents.get(l)[0] + 1);
        }
        return out;
    }

    /** The cell's lines of text: {top, bottom} of each band of rows with ink, at least 5 px tall. */
    private static List<int[]> lines(ScanRaster r, int x0, int y0, int x1, int y1) {
        List<int[]> out = new ArrayList<>();
        int top = -1, bottom = -1;
        for (int y = y0; y <= y1; y++) {
            boolean ink = y < y1 && rowDark(r, x0, x1, y);
            if (ink) {
                top = top < 0 ? y : top;
                bottom = y;
            } else if (top >= 0 && y - bottom > 2) {
                if (bottom - top >= 4) {
                    out.add(new int[] {top, bottom});
                }
                top = -1;
            }
        }
        if (top >= 0 && bottom - top >= 4) {
            out.add(new int[] {top, bottom});
        }
        return out;
    }

    /**
     * "&lt;" "&gt;" "≤" "≥" for a chevron glyph, "?" for a chevron of unclear kind, {@code null} for anything else.
     * A chevron: shorter than the line, its upper arm a thin stroke running from the far side to the tip, its lower
     * arm running back at least as far, each row one or two strokes; digits and the parts of Chinese characters
     * have long strokes on the upper arm's rows or do not come back.
     */
    static String classify(ScanRaster r, int left, int right, int lineTop, int lineBottom) {
        int lineHeight = lineBottom - lineTop + 1;
        int width = right - left + 1;
        int top = -1, bottom = -1;
        for (int y = lineTop; y <= lineBottom; y++) {
            if (rowDark(r, left, right + 1, y)) {
                top = top < 0 ? y : top;
                bottom = y;
            }
        }
        int height = bottom - top + 1;
        if (top < 0 || width < 5 || width > 0.8 * lineHeight || height < 0.45 * lineHeight
                || height > 0.9 * lineHeight || height < 8 || width > 1.2 * height || width < 0.4 * height) {
            return null;
        }
        double[] mean = new double[height];
        int[] longest = new int[height];
        int[] runs = new int[height];
        for (int y = top; y <= bottom; y++) {
            int sum = 0, n = 0, run = 0;
            for (int x = left; x <= right; x++) {
                if (r.dark(x, y)) {
                    sum += x;
                    n++;
                    run++;
                    runs[y - top] += run == 1 ? 1 : 0;
                    longest[y - top] = Math.max(longest[y - top], run);
                } else {
                    run = 0;
                }
            }
            if (runs[y - top] > 2) {
                return null;
            }
            // a blank row: the gap between the chevron and the bar of ≤ and ≥
            mean[y - top] = n == 0 ? Double.NaN : sum / (double) n;
        }
        int tip = 0;
        for (int i = 1; i < height; i++) {
            if (!Double.isNaN(mean[i]) && Math.abs(mean[i] - mean[0]) > Math.abs(mean[tip] - mean[0]) + 0.5) {
                tip = i;
            }
        }
        double reach = mean[tip] - mean[0];
        double dir = Math.signum(reach);
        if (Math.abs(reach) < 0.6 * width || tip == 0 || tip == height - 1) {
            return null;
        }
        // the first row starts at the far side
        double far = dir > 0 ? mean[0] - left : right - mean[0];
        if (far > 0.35 * width) {
            return null;
        }
        // upper arm: thin, unbroken, its middle moving towards the tip row by row
        int thin = Math.max(3, (int) Math.ceil(0.4 * width));
        for (int i = 0; i <= tip; i++) {
            if (Double.isNaN(mean[i]) || longest[i] > thin || i > 0 && (mean[i] - mean[i - 1]) * dir < -1) {
                return null;
            }
        }
        // lower arm: back towards the far side at least as far as 60 % of the width
        double back = 0;
        for (int i = tip + 1; i < height; i++) {
            if (!Double.isNaN(mean[i])) {
                back = Math.max(back, (mean[tip] - mean[i]) * dir);
            }
        }
        if (back < 0.6 * width) {
            return null;
        }
        // under the chevron of ≤ and ≥ lies a bar: level (one long stroke, often apart) or slanted (beside the
        // lower arm)
        int twoStrokes = 0;
        boolean levelBar = false;
        for (int i = tip + 1; i < height; i++) {
            twoStrokes += runs[i] == 2 ? 1 : 0;
            levelBar |= longest[i] >= 0.7 * width;
        }
        boolean bar = levelBar || twoStrokes >= 2;
        boolean pointsRight = reach > 0;
        double at = tip / (double) (height - 1);
        if (!bar && at >= 0.35 && at <= 0.65) {
            return pointsRight ? ">" : "<";
        }
        if (bar && at >= 0.15 && at < 0.45) {
            return pointsRight ? "≥" : "≤";
        }
        return "?";
    }

    private static boolean rowDark(ScanRaster r, int x0, int x1, int y) {
        for (int x = x0; x < x1; x++) {
            if (r.dark(x, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean columnDark(ScanRaster r, int x, int top, int bottom) {
        for (int y = top; y <= bottom; y++) {
            if (r.dark(x, y)) {
                return true;
            }
        }
        return false;
    }
}
