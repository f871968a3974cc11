package perfdecl.grid;

/**
 * One piece of a cell's content in reading order: a run of text or a checkbox mark.
 *
 * @param kind       {@link Kind#TEXT} or {@link Kind#MARK}
 * @param text       the text of a TEXT token; for a MARK the glyph or markup it was read from (evidence)
 * @param checked    for a MARK: whether it is ticked; {@code null} for TEXT
 * @param line       0-based line inside the cell: marks are attributed to labels on the same line
 * @param box        where it stood, or {@code null} for text input
 * @param confidence 0–1 (1 for born-digital text and markup)
 */
public record Token(Kind kind, String text, Boolean checked, int line, Box box, double confidence) {

    public enum Kind { TEXT, MARK }

    /**
     * Below this confidence a reading is uncertain: a value read from it is reported for a person to check
     * ({@code VALUE_UNCERTAIN}) and a mark makes its choice group ambiguous. The scan reader's own thresholds (when
     * to re-read a cell, what an undecided vote is worth) are set against it.
     */
    public static final double UNCERTAIN = 0.6;

    public static Token text(String text, int line, Box box) {
        return new Token(Kind.TEXT, text, null, line, box, 1.0);
    }

    public static Token mark(boolean checked, String evidence, int line, Box box, double confidence) {
        return new Token(Kind.MARK, evidence, checked, line, box, confidence);
    }

    public boolean isMark() {
        return kind == Kind.MARK;
    }
}
