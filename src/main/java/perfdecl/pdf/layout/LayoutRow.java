package perfdecl.pdf.layout;

import java.util.List;

/**
 * One row of a page: a table row between two horizontal rulings, or a free line of text.
 *
 * @param top          y of the row's top edge on its page
 * @param table        whether the row belongs to a ruled table
 * @param tableTop     the first row of the page's table
 * @param tableBottom  the last row of the page's table
 */
public record LayoutRow(int page, double top, boolean table, boolean tableTop, boolean tableBottom, List<LayoutCell> cells) {

    public LayoutRow {
        cells = List.copyOf(cells);
    }

    public String joinedText() {
        StringBuilder b = new StringBuilder();
        for (LayoutCell c : cells) {
            b.append(c.text());
        }
        return b.toString();
    }
}
