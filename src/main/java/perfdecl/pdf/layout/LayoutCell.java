package perfdecl.pdf.layout;

import java.util.List;

import perfdecl.grid.Box;
import perfdecl.grid.Token;

/**
 * A cell as laid out on one page, before the form's column grid is known.
 *
 * @param box          the cell's rectangle (for a continuation: the merged cell's part in this row)
 * @param content      its text and tokens; empty for a continuation
 * @param continuation this row lies under a cell merged from a row above (or from the previous page)
 * @param mergedDown   the merged cell goes on into the next row
 */
public record LayoutCell(Box box, CellContent content, boolean continuation, boolean mergedDown) {

    static LayoutCell empty(Box box, boolean continuation, boolean mergedDown) {
        return new LayoutCell(box, CellContent.EMPTY, continuation, mergedDown);
    }

    public String text() {
        return content.text();
    }

    List<Token> tokens() {
        return content.tokens();
    }
}
