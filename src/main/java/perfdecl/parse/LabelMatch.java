package perfdecl.parse;

/**
 * A cell recognised as a label: which one, the value written after it inside the same cell ("联系电话 63678103",
 * "申报单位名称：…"), the edit distance by which it was matched (0 for an exact match), and whether it was only
 * half read ({@link LabelMatcher#halfRead}), so that its value is marked for a person to check.
 */
record LabelMatch(Label label, String labelText, String rest, int distance, boolean halfRead) {

    LabelMatch(Label label, String labelText, String rest, int distance) {
        this(label, labelText, rest, distance, false);
    }
}
