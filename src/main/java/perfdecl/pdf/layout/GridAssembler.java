package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        return assemble(formIndex, rows, pageNotes, false);
    }

    /**
     * {@link #assemble(int, List, List)}; on a scan ({@code scanned}) each page's columns are first laid on the
     * pages' before, as far as the sheet stood shifted ({@link PageShifts}).
     */
    public static FormGrid assemble(int formIndex, List<LayoutRow> rows, List<ReaderNote> pageNotes,
                                    boolean scanned) {
        Map<Integer, Double> shifts = scanned ? PageShifts.of(rows) : Map.of();
        Positions columns = columnGrid(rows, shifts);
        List<Row> out = new ArrayList<>();
        for (LayoutRow row : rows) {
            boolean single = !row.table() && row.cells().size() == 1;
            double dx = shifts.getOrDefault(row.page(), 0.0);
            List<Cell> cells = new ArrayList<>();
            for (LayoutCell c : row.cells()) {
                int column = single || columns.size() == 0 ? 0 : columns.indexOf(c.box().x() + dx);
                int span = single || columns.size() == 0 ? 1
                        : Math.max(1, columns.indexOf(c.box().right() + dx) - column);
                cells.add(new Cell(column, span, c.text(), c.tokens(), row.page(), c.box(), 1.0));
            }
            out.add(new Row(cells, row.page()));
        }
        int first = rows.get(0).page(), last = rows.get(rows.size() - 1).page();
        List<ReaderNote> notes = pageNotes.stream().filter(n -> n.page() >= first && n.page() <= last).toList();
        return new FormGrid(formIndex, first, last, out, notes);
    }

    private static Positions columnGrid(List<LayoutRow> rows, Map<Integer, Double> shifts) {
        List<Double> edges = new ArrayList<>();
        for (LayoutRow row : rows) {
            if (row.table()) {
                double dx = shifts.getOrDefault(row.page(), 0.0);
                for (LayoutCell c : row.cells()) {
                    edges.add(c.box().x() + dx);
                    edges.add(c.box().right() + dx);
                }
            }
        }
        if (edges.isEmpty()) {
            for (LayoutRow row : rows) {
                if (row.cells().size() > 1) {
                    double dx = shifts.getOrDefault(row.page(), 0.0);
                    row.cells().forEach(c -> edges.add(c.box().x() + dx));
                }
            }
        }
        return Positions.of(edges, 2.0);
    }
}
