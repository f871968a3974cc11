package perfdecl.model;

/**
 * The Levenshtein distance between two texts, over code points: the one edit distance of the project, by which the
 * parser matches labels misread by OCR and the audit links names filed differently across years.
 *
 * @param value insertions, deletions and substitutions that turn one text into the other (with {@link #atMost},
 *              {@code limit + 1} for any distance over the limit)
 */
public record EditDistance(int value) {

    public EditDistance {
        if (value < 0) {
            throw new IllegalArgumentException("an edit distance is not negative: " + value);
        }
    }

    /** The distance between {@code a} and {@code b}. */
    public static EditDistance between(String a, String b) {
        return atMost(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * The distance when it is at most {@code limit}, else {@code limit + 1}: a caller comparing many texts with a
     * tolerance of one or two stops on most pairs after a few characters.
     */
    public static EditDistance atMost(String a, String b, int limit) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > limit) {
            return new EditDistance(limit + 1);
        }
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return new EditDistance(limit + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return new EditDistance(Math.min(previous[y.length], limit + 1));
    }
}
