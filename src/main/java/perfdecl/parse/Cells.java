package perfdecl.parse;

import java.util.List;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;

/** What the parser asks of a run of cells: their text joined, the box they span, whether one is an amount. */
final class Cells {

    private Cells() {
    }

    static boolean looksLikeAmount(String text) {
        return LabelKey.of(text).matches("[-+]?[\\d,.]+(万元|元|万)?");
    }

    /** The filled cells' text, stripped, joined by spaces. */
    static String joined(List<Cell> cells) {
        return joined(cells, ' ');
    }

    /** The filled cells' text, stripped, joined by {@code separator}. */
    static String joined(List<Cell> cells, char separator) {
        StringBuilder b = new StringBuilder();
        for (Cell c : cells) {
            if (!c.text().isBlank()) {
                if (b.length() > 0) {
                    b.append(separator);
                }
                b.append(c.text().strip());
            }
        }
        return b.toString();
    }

    /** A cell without text spanning {@code cells} on the first one's page, as sure as the least sure of them. */
    static Cell span(List<Cell> cells) {
        Cell first = cells.get(0);
        Box box = null;
        double confidence = 1.0;
        for (Cell c : cells) {
            if (c.box() != null && c.page() == first.page()) {
                box = box == null ? c.box() : box.union(c.box());
            }
            confidence = Math.min(confidence, c.confidence());
        }
        return new Cell(first.column(), 1, "", List.of(), first.page(), box, confidence);
    }
}
