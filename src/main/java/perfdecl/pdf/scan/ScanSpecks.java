package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;

/**
 * Drops what OCR makes of the dust specks on a photocopy: a dot or tick standing alone in a cell, or a dot at the
 * edge of a Chinese word (项目名称. · 服务供应商考核制度). A dot alone carries no value, and Chinese print never
 * sets a Western full stop, a middle dot or an apostrophe at a word's edge beside a Han character (it ends with
 * 。); a comma or colon does stand alone (OCR gives it a word of its own) and stays. Left there, a dot after a
 * label was read as that label's value, and a dot before one as the label, shifting the row's cells.
 */
final class ScanSpecks {

    /** What a speck is read as when it stands alone. */
    private static final String ALONE = ".·．'`‘’";
    /** What a speck is read as at a word's edge; a real one there stands beside digits or Latin letters. */
    private static final String EDGE = ".·．'`";

    private ScanSpecks() {
    }

    /**
     * The words without the specks read at their ends, and without those that are nothing but a speck. A dot with
     * another word right beside it on its line (OCR splits 100.00 or 人·日 into words) is kept: it is print.
     */
    static List<OcrWord> strip(List<OcrWord> words) {
        List<OcrWord> out = new ArrayList<>();
        for (OcrWord w : words) {
            OcrWord before = touching(w, words, true), after = touching(w, words, false);
            if (atHanEdge(w, before, after) || besideSign(w, before, after, words)) {
                continue;
            }
            OcrWord kept = strip(w, before != null, after != null);
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    /**
     * Whether {@code w} is a speck read as a word of its own (an engine that reads character by character gives
     * every character one) at the edge of Chinese text: a Han character on one side, and on the other nothing or a
     * colon or comma (名称：·上海市…). Between two Han characters (人·日), beside a digit or a Latin letter (1.加强) it
     * may be print and stays.
     */
    private static boolean atHanEdge(OcrWord w, OcrWord before, OcrWord after) {
        String text = w.text().strip();
        if (text.codePointCount(0, text.length()) != 1 || EDGE.indexOf(text.codePointAt(0)) < 0) {
            return false;
        }
        int left = before == null ? -1 : lastOf(before), right = after == null ? -1 : firstOf(after);
        return isHan(left) && endsClause(right) || isHan(right) && endsClause(left);
    }

    /**
     * Whether {@code w} is a dot read as a word of its own beside a comparison sign: before it at the start of a
     * value (.≥85%), or after it before the number or another dot (≥.90%, ≥·.120000). A target is written ≥0.9,
     * never with a dot against its sign.
     */
    private static boolean besideSign(OcrWord w, OcrWord before, OcrWord after, List<OcrWord> words) {
        String text = w.text().strip();
        if (text.codePointCount(0, text.length()) != 1 || EDGE.indexOf(text.codePointAt(0)) < 0) {
            return false;
        }
        int left = before == null ? -1 : lastOf(before), right = after == null ? -1 : firstOf(after);
        if (EDGE.indexOf(left) >= 0 && before.text().strip().length() == 1) {
            // the second of two dots (≥·.1): what stands before the first
            OcrWord first = touching(before, words, true);
            left = first == null || !Character.isDigit(right) ? -1 : lastOf(first);
        }
        return before == null && SIGNS.indexOf(right) >= 0
                || SIGNS.indexOf(left) >= 0 && (Character.isDigit(right) || EDGE.indexOf(right) >= 0);
    }

    private static final String SIGNS = "≥≤＞＜><";

    /** Nothing ({@code -1}) or a mark that ends a clause or a label (：，；。), after which no dot is set. */
    private static boolean endsClause(int cp) {
        return cp < 0 || CLAUSE.indexOf(cp) >= 0;
    }

    private static final String CLAUSE = "：:，,；;。、";

    static int lastOf(OcrWord w) {
        String t = w.text().strip();
        return t.isEmpty() ? -1 : t.codePointBefore(t.length());
    }

    static int firstOf(OcrWord w) {
        String t = w.text().strip();
        return t.isEmpty() ? -1 : t.codePointAt(0);
    }

    /**
     * The word that continues {@code w} on its line, before it ({@code before}) or after it, or {@code null}. The
     * reach is measured on the taller of the two words: a dot's own box can be its ink alone, a fraction of the line
     * (the dots of a date typed with spaces, 2019. 1. 1, stood too far from their digits by their own height).
     */
    static OcrWord touching(OcrWord w, List<OcrWord> words, boolean before) {
        Box b = w.box();
        OcrWord nearest = null;
        double nearestGap = Double.MAX_VALUE;
        for (OcrWord o : words) {
            Box c = o.box();
            if (o == w || o.text().isBlank()
                    || Math.min(b.bottom(), c.bottom()) - Math.max(b.y(), c.y()) < 0.3 * Math.min(b.height(), c.height())) {
                continue;
            }
            double reach = 0.5 * Math.max(b.height(), c.height());
            double gap = before ? b.x() - c.right() : c.x() - b.right();
            if (gap > -reach && gap <= reach && (before ? c.x() < b.x() : c.right() > b.right()) && gap < nearestGap) {
                nearest = o;
                nearestGap = gap;
            }
        }
        return nearest;
    }

    private static OcrWord strip(OcrWord word, boolean joinedBefore, boolean joinedAfter) {
        String text = word.text().strip();
        if (!text.isEmpty() && !joinedBefore && !joinedAfter
                && text.codePoints().allMatch(c -> ALONE.indexOf(c) >= 0 || Character.isWhitespace(c))) {
            return null;
        }
        int n = text.codePointCount(0, text.length());
        if (n < 2) {
            return word;
        }
        int[] cps = text.codePoints().toArray();
        int from = 0, to = cps.length;
        while (!joinedAfter && to - from >= 2 && EDGE.indexOf(cps[to - 1]) >= 0 && isHan(cps[to - 2])) {
            to--;
        }
        while (!joinedBefore && to - from >= 2 && EDGE.indexOf(cps[from]) >= 0 && isHan(cps[from + 1])) {
            from++;
        }
        if (from == 0 && to == cps.length) {
            return word;
        }
        Box b = word.box();
        double share = b.width() / n;
        Box kept = new Box(b.x() + from * share, b.y(), (to - from) * share, b.height());
        return new OcrWord(new String(cps, from, to - from), kept, word.confidence());
    }

    private static boolean isHan(int cp) {
        return cp >= 0 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
