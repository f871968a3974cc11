package perfdecl.pdf.layout;

import java.util.List;

import perfdecl.grid.Box;
import perfdecl.grid.Token;

/**
 * The text and marks of one cell in reading order.
 *
 * @param textBox where the text itself stands inside the cell, {@code null} when empty (tells a merged cell
 *                split by a page break from one that is vertically centred)
 */
public record CellContent(String text, List<Token> tokens, Box textBox) {

    static final CellContent EMPTY = new CellContent("", List.of(), null);

    public CellContent {
        tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return text.isEmpty() && tokens.isEmpty();
    }
}
