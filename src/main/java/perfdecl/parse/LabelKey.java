package perfdecl.parse;

import perfdecl.model.EditDistance;
import perfdecl.model.HalfWidth;

/**
 * The comparison key of a label or name: whitespace removed, full-width ASCII folded to half-width, so that
 * "项目总预算（元）", "项目总预算 (元)" and a label broken over two lines compare equal.
 */
final class LabelKey {

    private LabelKey() {
    }

    static String of(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = HalfWidth.of(s.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c == '【' || c == '〔') {
                c = '[';
            } else if (c == '】' || c == '〕') {
                c = ']';
            } else if (c == '—' || c == '–') {
                c = '-';
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * {@code key} with a run of one or two hyphens read as 一 where it stands before a Chinese character, at the
     * start or after another: OCR reads the single flat stroke of 一 as a dash, as often as not two ("--级指标"),
     * which is further than a four-character label's tolerance from 一级指标. Labels print no dash between
     * Chinese characters.
     */
    static String withDashesAsOne(String key) {
        StringBuilder b = new StringBuilder(key.length());
        int i = 0;
        while (i < key.length()) {
            int run = 0;
            while (i + run < key.length() && key.charAt(i + run) == '-') {
                run++;
            }
            if (run == 0) {
                b.append(key.charAt(i++));
                continue;
            }
            boolean before = i + run < key.length() && ideograph(key.charAt(i + run));
            boolean after = i == 0 || ideograph(key.charAt(i - 1));
            if (run <= 2 && before && after) {
                b.append('一');
            } else {
                b.append(key, i, i + run);
            }
            i += run;
        }
        return b.toString();
    }

    private static boolean ideograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Edit distance, for labels misread by OCR. */
    static int distance(String a, String b) {
        return EditDistance.between(a, b).value();
    }

    /**
     * Edit distance when it is at most {@code limit}, else {@code limit + 1}: every cell is compared with every
     * label, and most rows of the table already exceed a tolerance of one or two after a few characters.
     */
    static int distance(String a, String b, int limit) {
        return EditDistance.atMost(a, b, limit).value();
    }

    /**
     * The places at which two keys of one length hold the same character: OCR that swaps a character for a
     * like-shaped one (a broken stroke, a mark across it) leaves the others where they were.
     */
    static int samePlaces(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) == b.charAt(i)) {
                n++;
            }
        }
        return n;
    }

    /** Edit distance tolerated for a key of this length: none for short labels, where one slip changes the word. */
    static int tolerance(String key) {
        return key.length() >= 8 ? 2 : key.length() >= 4 ? 1 : 0;
    }
}
