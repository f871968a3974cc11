package perfdecl.parse;

/**
 * A cell recognised as a label: which one, the value written after it inside the same cell ("联系电话 63678103",
 * "申报单位名称：…"), and the edit distance by which it was matched (0 for an exact match).
 */
record LabelMatch(Label label, String labelText, String rest, int distance) {
}
