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

    /** Edit distance tolerated for a key of this length: none for short labels, where one slip changes the word. */
    static int tolerance(String key) {
        return key.length() >= 8 ? 2 : key.length() >= 4 ? 1 : 0;
    }
}
