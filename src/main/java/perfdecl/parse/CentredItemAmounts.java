package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.Row;

/**
 * A budget item whose name runs over two lines with its amount set in the middle of the cell, level with neither
 * line: a scan that lost the row rulings reads the first line, the amount and the last line as three rows (the
 * amount a line of its own). The amount belongs to the name lines held before it, and the line after it to the
 * same name where the amount stands centred between the first line and it. Measured on the cells' boxes; a grid
 * without boxes (text input) is never taken apart so.
 */
final class CentredItemAmounts {

    /** How far (in the name line's height) the amount's middle may stand from the middle of the name's lines. */
    private static final double CENTRE = 0.35;

    /** The name lines joined with an amount: where the name began and where the amount stood. */
    record Joined(Box head, Box amount, int page) {
    }

    private CentredItemAmounts() {
    }

    /** The single amount cell of a row holding nothing else; null when the row is no such row. */
    static Cell amountOnly(List<Cell> filled) {
        return filled.size() == 1 && Cells.looksLikeAmount(filled.get(0).text()) ? filled.get(0) : null;
    }

    /**
     * Whether {@code amount} is the amount of the name lines {@code held} (rows of a name without amount, top to
     * bottom): on their page, its top above the line under their last line.
     */
    static boolean belongs(List<Row> held, Cell amount) {
        if (held.isEmpty() || amount.box() == null) {
            return false;
        }
        Cell last = name(held.get(held.size() - 1));
        return last != null && last.box() != null && last.page() == amount.page()
                && held.stream().allMatch(r -> name(r) != null && name(r).box() != null)
                && amount.box().y() >= name(held.get(0)).box().y()
                && amount.box().y() < last.box().bottom() + last.box().height();
    }

    /** One row of the held name lines, their text a line each, and the amount after them. */
    static Row joined(List<Row> held, Cell amount) {
        List<Cell> names = held.stream().map(CentredItemAmounts::name).toList();
        Cell first = names.get(0);
        Box box = first.box();
        List<perfdecl.grid.Token> tokens = new ArrayList<>();
        double confidence = 1;
        for (Cell c : names) {
            box = box.union(c.box());
            tokens.addAll(c.tokens());
            confidence = Math.min(confidence, c.confidence());
        }
        Cell name = new Cell(first.column(), first.columnSpan(), Cells.joined(names, '\n'), tokens, first.page(), box,
                confidence);
        return new Row(List.of(name, amount), amount.page());
    }

    /** Where the joined item's name began and its amount stood. */
    static Joined of(Row joined) {
        return new Joined(joined.cells().get(0).box(), joined.cells().get(1).box(), joined.page());
    }

    /**
     * Whether {@code tail}, a name line read after the item {@code joined}, is the last line of its name: on its
     * page, within a line under the name's first lines, the amount standing centred between them.
     */
    static boolean continues(Joined joined, Cell tail) {
        if (joined == null || tail.box() == null || tail.page() != joined.page()) {
            return false;
        }
        Box head = joined.head(), t = tail.box();
        double line = t.height();
        double middle = (head.y() + t.bottom()) / 2;
        return t.y() >= head.bottom() - line / 2 && t.y() < head.bottom() + line
                && Math.abs(joined.amount().centerY() - middle) <= CENTRE * line;
    }

    /** The one filled cell of a name row. */
    private static Cell name(Row row) {
        List<Cell> filled = row.filled();
        return filled.size() == 1 ? filled.get(0) : null;
    }
}
