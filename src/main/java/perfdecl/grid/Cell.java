package perfdecl.grid;

import java.util.List;

/**
 * One table cell (or one free line of text above the table).
 *
 * @param column     0-based column of the cell's left edge in the form's column grid, as the reader best knows it
 *                   (a text export gives the tab position; compacted rows make it unreliable)
 * @param columnSpan how many grid columns the cell covers (1 when unknown)
 * @param text       the cell's text without marks: lines of a paragraph joined, paragraphs separated by "\n",
 *                   markup turned into plain characters; never {@code null}, "" when empty
 * @param tokens     text and marks in reading order (for checkbox groups)
 * @param page       1-based page, or 0 for text input
 * @param box        rectangle on the page, or {@code null} for text input
 * @param confidence 0–1: lowest confidence of what was read into the cell
 */
public record Cell(int column, int columnSpan, String text, List<Token> tokens, int page, Box box, double confidence) {

    /**
     * The one confidence below which whatever was read — a value (reported {@code VALUE_UNCERTAIN}) or a checkbox
     * (its group {@code ambiguous}) — is not taken as sure but flagged for a person to check.
     */
    public static final double UNCERTAIN = 0.6;

    public Cell {
        tokens = List.copyOf(tokens);
    }

    /** A text-only cell without position, as a text export yields it. */
    public static Cell of(int column, String text) {
        return new Cell(column, 1, text, text.isEmpty() ? List.of() : List.of(Token.text(text, 0, null)), 0, null, 1.0);
    }

    public boolean isBlank() {
        return text.isBlank() && tokens.stream().noneMatch(Token::isMark);
    }

    public boolean hasMarks() {
        return tokens.stream().anyMatch(Token::isMark);
    }
}
