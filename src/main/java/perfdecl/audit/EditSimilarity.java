package perfdecl.audit;

import perfdecl.model.EditDistance;

/** Similarity of two strings as 1 − (edit distance ÷ length of the longer), over code points. */
final class EditSimilarity {

    private EditSimilarity() {
    }

    static double of(String a, String b) {
        int longer = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        if (longer == 0) {
            return 1.0;
        }
        return 1.0 - (double) EditDistance.between(a, b).value() / longer;
    }
}
