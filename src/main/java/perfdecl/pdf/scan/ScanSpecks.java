package perfdecl.pdf.scan;

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

    /** The word without the specks read at its ends; {@code null} when it is nothing but a speck. */
    static OcrWord strip(OcrWord word) {
        String text = word.text().strip();
        if (!text.isEmpty()
                && text.codePoints().allMatch(c -> ALONE.indexOf(c) >= 0 || Character.isWhitespace(c))) {
            return null;
        }
        int n = text.codePointCount(0, text.length());
        if (n < 2) {
            return word;
        }
        int[] cps = text.codePoints().toArray();
        int from = 0, to = cps.length;
        while (to - from >= 2 && EDGE.indexOf(cps[to - 1]) >= 0 && isHan(cps[to - 2])) {
            to--;
        }
        while (to - from >= 2 && EDGE.indexOf(cps[from]) >= 0 && isHan(cps[from + 1])) {
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
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
