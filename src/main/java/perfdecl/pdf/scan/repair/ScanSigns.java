package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanRaster;

/**
 * Reads the comparison sign of a target value from its pixels, where OCR is weakest: the Chinese model reads ≥ as
 * "&gt;", "过", "之" or "二", ≤ as "&lt;" or "和", = as "-". The sign is the first glyph of the cell's first text line;
 * its rows are either bars (ink across most of its width) or the slanted strokes of a chevron, and the shape
 * decides: two bars =, one bar -, a chevron with a bar under it ≥ or ≤ (the side of its tip gives the direction),
 * a bare chevron &gt; or &lt;.
 */
final class ScanSigns {

    /** A target value whose first character may be a misread sign: one character, then a number. */
    private static final Pattern SIGNED = Pattern.compile("^(>>|<<|>=|<=|[-=＝<>≥≤过之芝和入二])\\s*(?=\\d)");

    /** Dots OCR reads from specks of dust. */
    private static final Pattern DUST = Pattern.compile("[·.．。、,，'‘’`]");

    private ScanSigns() {
    }

    /**
     * A target value read without its sign: a number and then its unit ("120000卷", "95%"), not a bare number (an
     * amount), whose first glyph may be a sign OCR dropped (heavy JPEG compression blurs ≥ into a smudge).
     */
    private static final Pattern UNSIGNED = Pattern.compile("^\\d[\\d.,]*\\s*[^\\d.,\\s]");

    /** The text with its sign read from the pixels, or {@code null} when it needs no change or cannot be told. */
    static String repair(String text, ScanRaster cleaned, Box cell) {
        Matcher m = SIGNED.matcher(text.strip());
        // a value with a remark wrapped onto a second line ("≤15分钟（高峰时段除外）") still starts with its sign
        if (!m.find()) {
            if (!UNSIGNED.matcher(text.strip()).find()) {
                return null;
            }
            String dropped = classify(cleaned, cell, true);
            return dropped == null ? null : dropped + text.strip();
        }
        String sign = classify(cleaned, cell);
        if (sign == null || sign.equals(m.group(1))) {
            return null;
        }
        return sign + text.strip().substring(m.end());
    }

    /**
     * A cell that holds nothing but a sign, as a column of its own (指标性质 beside 指标值): OCR reads a lone ≥ or ≤ as
     * a letter ("N", "M") or not at all. The sign its ink shows, when the cell's text is empty or one character
     * that is no Chinese character, letter-digit word or sign already, and the ink is a chevron over a bar apart;
     * {@code null} otherwise.
     */
    static String lone(String text, ScanRaster cleaned, Box cell) {
        // specks of dust on a 1-bit copy read as dots, beside the sign or instead of it
        String t = DUST.matcher(text).replaceAll("").strip();
        if (t.codePointCount(0, t.length()) > 1 || t.equals("≥") || t.equals("≤")
                || !t.isEmpty() && (Character.isDigit(t.codePointAt(0))
                || Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN)) {
            return null;
        }
        String sign = classify(cleaned, cell, true);
        return "≥".equals(sign) || "≤".equals(sign) ? sign : null;
    }

    /**
     * {top, bottom, x0, x1} of the first band of rows with ink inside the cell, or {@code null}. A band too short to
     * be a line of text is a speck of dust (a photocopier's 1-bit copy keeps every one) and the search goes on under it.
     */
    private static int[] firstLine(ScanRaster r, Box cell) {
        int inset = (int) Math.ceil(2 * r.scale);
        int x0 = (int) (cell.x() * r.scale) + inset, y0 = (int) (cell.y() * r.scale) + inset;
        int x1 = (int) (cell.right() * r.scale) - inset, y1 = (int) (cell.bottom() * r.scale) - inset;
        // the gap between a ≥'s chevron and its bar is two blank rows at 200 dpi, three at 300
        int gap = Math.max(2, (int) Math.round(0.8 * r.scale));
        int top = -1, bottom = -1;
        for (int y = y0; y < y1; y++) {
            boolean ink = r.ink(x0, y, x1, y + 1) > 0;
            if (ink && top < 0) {
                top = y;
            }
            if (ink) {
                bottom = y;
            } else if (top >= 0 && y - bottom > gap) {
                if (bottom - top >= 4) {
                    break;
                }
                top = -1;
                bottom = -1;
            }
        }
        if (top < 0) {
            return null;
        }
        // a cell laid out from its text alone (a page without rulings) is as tall as its line: the inset cuts the
        // line's top and bottom off, and a ≤ cut above its tip reads as ≥. The band goes on past the inset as long
        // as its rows have ink (rulings are erased), so that the glyphs are whole
        int reach = inset + (bottom - top + 1) / 2;
        for (int y = top - 1; y >= y0 - reach && r.ink(x0, y, x1, y + 1) > 0; y--) {
            top = y;
        }
        if (bottom == y1 - 1) {
            for (int y = bottom + 1; y <= y1 + reach && r.ink(x0, y, x1, y + 1) > 0; y++) {
                bottom = y;
            }
        }
        return bottom - top < 4 ? null : new int[] {top, bottom, x0, x1};
    }

    /** The sign drawn as the first glyph in the cell, or {@code null} when it is none of = - ≥ ≤ &gt; &lt;. */
    static String classify(ScanRaster r, Box cell) {
        return classify(r, cell, false);
    }

    /**
     * @param noDigit only a sign no digit's shape resembles: two bars, or a chevron with a bar standing apart under
     *                it (a 2's base joins its stroke; in some fonts a 2, 3, 6 or 9 has a chevron's tip)
     */
    private static String classify(ScanRaster r, Box cell, boolean noDigit) {
        int[] band = firstLine(r, cell);
        if (band == null) {
            return null;
        }
        int top = band[0], bottom = band[1], x0 = band[2], x1 = band[3];
        int lineHeight = bottom - top + 1;
        int speck = speckSize(r);
        // first glyph: from the first column with ink to the first blank column after it, passing over specks
        int left = -1, right = -1;
        for (int x = x0; x < x1; x++) {
            boolean ink = r.ink(x, top, x + 1, bottom + 1) > 0;
            if (ink && left < 0) {
                left = x;
            }
            if (ink) {
                right = x;
            } else if (left >= 0) {
                if (right - left + 1 > speck || inkRows(r, left, right, top, bottom) > speck) {
                    break;
                }
                left = -1;
            }
            if (left >= 0 && x - left > lineHeight) {
                return null;
            }
        }
        int width = right - left + 1;
        if (left < 0 || width < 4) {
            return null;
        }
        // a speck of dust just above or under the glyph, apart from it, is no part of its shape
        int[] rows = withoutSpecks(r, left, right, top, bottom, speck);
        top = rows[0];
        bottom = rows[1];
        List<int[]> barGroups = new ArrayList<>();
        List<Integer> slantRows = new ArrayList<>();
        int glyphTop = -1, glyphBottom = -1;
        for (int y = top; y <= bottom; y++) {
            int n = 0;
            for (int x = left; x <= right; x++) {
                if (r.dark(x, y)) {
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            glyphTop = glyphTop < 0 ? y : glyphTop;
            glyphBottom = y;
            if (n >= 0.7 * width) {
                int[] last = barGroups.isEmpty() ? null : barGroups.get(barGroups.size() - 1);
                if (last != null && last[1] == y - 1) {
                    last[1] = y;
                } else {
                    barGroups.add(new int[] {y, y});
                }
            } else {
                slantRows.add(y);
            }
        }
        if (glyphTop < 0) {
            return null;
        }
        if (slantRows.size() <= 1) {
            return barGroups.size() == 2 ? "=" : barGroups.size() == 1 && !noDigit ? "-" : null;
        }
        if (slantRows.size() < 3 || glyphBottom - glyphTop < 4) {
            return null;
        }
        int[] last = barGroups.isEmpty() ? null : barGroups.get(barGroups.size() - 1);
        if (last != null && last[1] >= glyphBottom - 1 && last[0] - glyphTop >= 0.5 * (glyphBottom - glyphTop)) {
            // a level bar of its own under the chevron: ≥ or ≤ whatever its height (some fonts draw it shorter
            // than the digits); the chevron above the bar has its tip halfway down
            int chevronBottom = lastBefore(slantRows, last[0], glyphTop);
            // a 1-bit copy at 300 dpi frays the bar's upper edge into a row of its own: the bar stands apart when
            // blank rows come between that fringe and the chevron
            int fringe = last[0];
            while (slantRows.contains(fringe - 1)) {
                fringe--;
            }
            int aboveFringe = lastBefore(slantRows, fringe, glyphTop);
            if (fringe < last[0] && last[0] - fringe <= Math.max(1, speck / 2) && fringe > aboveFringe + 1) {
                chevronBottom = aboveFringe;
            }
            if (noDigit && (last[0] <= chevronBottom + 1 || barGroups.size() > 1)) {
                return null;
            }
            return chevronBottom - glyphTop < 3 ? null : chevron(r, left, right, glyphTop, chevronBottom, -1);
        }
        if (noDigit) {
            return null;
        }
        return chevron(r, left, right, glyphTop, glyphBottom, (glyphBottom - glyphTop + 1.0) / lineHeight);
    }

    /**
     * A chevron's tip is its row furthest across from its first row, and gives the direction. A bare &gt; is
     * shorter than the digits beside it, with its tip halfway down; a ≥ (its bar level or slanted, as some Song
     * fonts draw it, hanging below) is as tall as they are, with its tip in its upper part. Anything between is
     * left as OCR read it.
     *
     * @param heightRatio the glyph's height over its text line's; negative for the chevron part of a ≥ or ≤ whose
     *                    bar stands apart under it, which only needs a tip away from its ends
     */
    private static String chevron(ScanRaster r, int left, int right, int top, int bottom, double heightRatio) {
        double[] mean = new double[bottom - top + 1];
        double first = Double.NaN, extreme = 0;
        for (int y = top; y <= bottom; y++) {
            int sum = 0, n = 0;
            for (int x = left; x <= right; x++) {
                if (r.dark(x, y)) {
                    sum += x;
                    n++;
                }
            }
            mean[y - top] = n == 0 ? Double.NaN : sum / (double) n;
            if (n > 0 && Double.isNaN(first)) {
                first = mean[y - top];
            }
            if (n > 0 && Math.abs(mean[y - top] - first) > Math.abs(extreme)) {
                extreme = mean[y - top] - first;
            }
        }
        // the tip is the first row within a pixel of the extreme: a slanted bar's end may reach as far below it
        int tip = -1;
        for (int i = 0; i < mean.length && tip < 0; i++) {
            if (!Double.isNaN(mean[i]) && Math.abs(mean[i] - first) >= Math.abs(extreme) - 1) {
                tip = top + i;
            }
        }
        if (tip < 0 || Math.abs(extreme) < 0.4 * (right - left + 1)) {
            return null;
        }
        boolean pointsRight = extreme > 0;
        double at = (tip - top) / (double) (bottom - top);
        if (heightRatio < 0 && at >= 0.2 && at <= 0.8) {
            return pointsRight ? "≥" : "≤";
        }
        if (heightRatio >= 0.85 && at < 0.45) {
            return pointsRight ? "≥" : "≤";
        }
        if (heightRatio <= 0.8 && at >= 0.35 && at <= 0.65) {
            return pointsRight ? ">" : "<";
        }
        return null;
    }

    private static int lastBefore(List<Integer> rows, int row, int otherwise) {
        return rows.stream().filter(y -> y < row).max(Integer::compare).orElse(otherwise);
    }

    /** The largest blot, in pixels either way, taken for a speck of dust rather than a stroke: about 0.3 mm. */
    private static int speckSize(ScanRaster r) {
        return Math.max(2, (int) Math.round(0.9 * r.scale));
    }

    private static int inkRows(ScanRaster r, int left, int right, int top, int bottom) {
        int n = 0;
        for (int y = top; y <= bottom; y++) {
            if (r.ink(left, y, right + 1, y + 1) > 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * {top, bottom} of the glyph's rows between {@code top} and {@code bottom} without a first or last run of rows
     * (apart from the rest by a blank row) no taller and no wider than a speck.
     */
    private static int[] withoutSpecks(ScanRaster r, int left, int right, int top, int bottom, int speck) {
        List<int[]> runs = new ArrayList<>(); // {first row, last row, first column, last column}
        for (int y = top; y <= bottom; y++) {
            int from = -1, to = -1;
            for (int x = left; x <= right; x++) {
                if (r.dark(x, y)) {
                    from = from < 0 ? x : from;
                    to = x;
                }
            }
            if (from < 0) {
                continue;
            }
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == y - 1) {
                last[1] = y;
                last[2] = Math.min(last[2], from);
                last[3] = Math.max(last[3], to);
            } else {
                runs.add(new int[] {y, y, from, to});
            }
        }
        while (runs.size() > 1 && isSpeck(runs.get(0), speck)) {
            runs.remove(0);
        }
        while (runs.size() > 1 && isSpeck(runs.get(runs.size() - 1), speck)) {
            runs.remove(runs.size() - 1);
        }
        return runs.isEmpty() ? new int[] {top, bottom} : new int[] {runs.get(0)[0], runs.get(runs.size() - 1)[1]};
    }

    private static boolean isSpeck(int[] run, int speck) {
        return run[1] - run[0] + 1 <= speck && run[3] - run[2] + 1 <= speck;
    }
}
