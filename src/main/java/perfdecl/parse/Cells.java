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

    private static final java.util.regex.Pattern NAME_SPACE_AMOUNT =
            java.util.regex.Pattern.compile("(\\S.*?)[\\s\u3000]+([-+]?[\\d,.]+(?:万元|元|万)?)");

    /**
     * A budget item that a text export wrote in one cell, its name and amount a space apart ("培训补贴 2,106,080"),
     * as two cells; any other cell alone.
     */
    static List<Cell> nameAndAmount(Cell cell) {
        java.util.regex.Matcher m = NAME_SPACE_AMOUNT.matcher(cell.text().strip());
        if (cell.hasMarks() || !m.matches() || looksLikeAmount(m.group(1)) || !m.group(2).matches(".*\\d.*")) {
            return List.of(cell);
        }
        return List.of(part(cell, m.group(1), 0), part(cell, m.group(2), 1));
    }

    private static Cell part(Cell cell, String text, int offset) {
        return new Cell(cell.column() + offset, 1, text, List.of(perfdecl.grid.Token.text(text, 0, cell.box())),
                cell.page(), cell.box(), cell.confidence());
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
