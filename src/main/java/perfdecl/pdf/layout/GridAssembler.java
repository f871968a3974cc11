package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Row;

/**
 * Turns one form's laid-out rows into a {@link FormGrid}: the form's column grid is every ruled cell edge of all
 * its pages, and each cell's column and span are the grid positions of its left and right edges.
 */
public final class GridAssembler {

    private GridAssembler() {
    }

    public static FormGrid assemble(int formIndex, List<LayoutRow> rows, List<ReaderNote> pageNotes) {
        Positions columns = columnGrid(rows);
        List<Row> out = new ArrayList<>();
        for (LayoutRow row : rows) {
            boolean single = !row.table() && row.cells().size() == 1;
            List<Cell> cells = new ArrayList<>();
            for (LayoutCell c : row.cells()) {
                int column = single || columns.size() == 0 ? 0 : columns.indexOf(c.box().x());
                int span = single || columns.size() == 0 ? 1 : Math.max(1, columns.indexOf(c.box().right()) - column);
                cells.add(new Cell(column, span, c.text(), c.tokens(), row.page(), c.box(), 1.0));
            }
            out.add(new Row(cells, row.page()));
        }
        int first = rows.get(0).page(), last = rows.get(rows.size() - 1).page();
        List<ReaderNote> notes = pageNotes.stream().filter(n -> n.page() >= first && n.page() <= last).toList();
        return new FormGrid(formIndex, first, last, out, notes);
    }

    private static Positions columnGrid(List<LayoutRow> rows) {
        List<Double> edges = new ArrayList<>();
        for (LayoutRow row : rows) {
            if (row.table()) {
                for (LayoutCell c : row.cells()) {
                    edges.add(c.box().x());
                    edges.add(c.box().right());
                }
            }
        }
        if (edges.isEmpty()) {
            for (LayoutRow row : rows) {
                if (row.cells().size() > 1) {
                    row.cells().forEach(c -> edges.add(c.box().x()));
                }
            }
        }
        return Positions.of(edges, 2.0);
    }
}
