package perfdecl.parse;

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
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '【' || c == '〔') {
                c = '[';
            } else if (c == '】' || c == '〕') {
                c = ']';
            } else if (c == '—' || c == '－' || c == '–') {
                c = '-';
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Levenshtein distance, for labels misread by OCR. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * Levenshtein distance when it is at most {@code limit}, else {@code limit + 1}: every cell is compared with every
     * label, and most rows of the table already exceed a tolerance of one or two after a few characters.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }

    /** Edit distance tolerated for a key of this length: none for short labels, where one slip changes the word. */
    static int tolerance(String key) {
        return key.length() >= 8 ? 2 : key.length() >= 4 ? 1 : 0;
    }
}
