package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import perfdecl.grid.Box;

/**
 * Places ruled cell rectangles on the row grid given by the horizontal rulings: a cell merged over several rows
 * keeps its content in the first row it spans and leaves an empty continuation cell at its place in the rows
 * below, so every row has its cells at the right positions (tabula's own row lists compact them away).
 */
final class CellPlacer {

    private CellPlacer() {
    }

    /** A ruled cell and what was read inside it. */
    record RuledCell(Box box, CellContent content) {
    }

    /**
     * @param rowEdges y of every horizontal ruling of the table, merged
     * @return one list of cells per row band, left to right; bands without any cell are left out
     */
    static List<List<LayoutCell>> place(Positions rowEdges, List<RuledCell> cells) {
        int bands = Math.max(rowEdges.size() - 1, 0);
        List<List<LayoutCell>> rows = new ArrayList<>();
        for (int i = 0; i < bands; i++) {
            rows.add(new ArrayList<>());
        }
        for (RuledCell c : cells) {
            int first = rowEdges.indexOf(c.box().y());
            int last = rowEdges.indexOf(c.box().bottom()) - 1;
            if (last < first) {
                continue;
            }
            for (int r = first; r <= last && r < bands; r++) {
                Box part = new Box(c.box().x(), rowEdges.get(r), c.box().width(), rowEdges.get(r + 1) - rowEdges.get(r));
                rows.get(r).add(r == first
                        ? new LayoutCell(c.box(), c.content(), false, last > r)
                        : LayoutCell.empty(part, true, last > r));
            }
        }
        List<List<LayoutCell>> out = new ArrayList<>();
        for (List<LayoutCell> row : rows) {
            if (!row.isEmpty()) {
                row.sort(Comparator.comparingDouble(c -> c.box().x()));
                out.add(row);
            }
        }
        return out;
    }
}
