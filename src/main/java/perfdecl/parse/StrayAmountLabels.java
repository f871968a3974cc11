package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.Row;

/**
 * An amount label laid out on a row of its own beside the row it belongs to: on a page laid out from its text alone
 * (no rulings, or rulings lost in a scan), a label printed over two lines in a cell as tall as two rows is banded
 * apart from its row ("项目当年预算（元" above the 项目总预算 row, "）" below it), and its amount, left in that row
 * after a blank cell, would be taken for the row's first label's. Such a label is put back into the blank cell of the
 * adjacent row that lies under it, where it owns the amount after it. Only cells placed on the page (with a
 * rectangle) are moved.
 */
final class StrayAmountLabels {

    /** A label lies under a blank cell when this share of its width or more lies within the cell's. */
    private static final double UNDER = 0.5;

    private StrayAmountLabels() {
    }

    static List<Row> placed(List<Row> rows, LabelMatcher labels) {
        List<Row> out = new ArrayList<>(rows);
        for (int i = 0; i < out.size(); i++) {
            Row row = out.get(i);
            List<Cell> filled = row.filled();
            if (filled.size() != 1 || filled.get(0).box() == null) {
                continue;
            }
            Cell label = filled.get(0);
            Optional<LabelMatch> m = labels.whole(label.text());
            if (m.isEmpty() || !m.get().label().isAmount()) {
                continue;
            }
            for (int j : new int[] {i + 1, i - 1}) {
                if (j < 0 || j >= out.size() || out.get(j).page() != row.page()) {
                    continue;
                }
                Row taken = into(out.get(j), label, labels);
                if (taken != null) {
                    out.set(j, taken);
                    out.remove(i);
                    i--;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The row with the label in its blank cell under it, when the row opens with an amount label and an amount
     * stands right after that blank cell; {@code null} otherwise.
     */
    private static Row into(Row row, Cell label, LabelMatcher labels) {
        List<Cell> cells = row.cells();
        Cell first = cells.stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
        if (first == null || labels.whole(first.text()).map(x -> !x.label().isAmount()).orElse(true)) {
            return null;
        }
        for (int k = 1; k + 1 < cells.size(); k++) {
            Cell blank = cells.get(k);
            if (!blank.isBlank() || blank.box() == null || !under(label.box(), blank.box())) {
                continue;
            }
            int next = k + 1;
            while (next < cells.size() && cells.get(next).isBlank()) {
                next++;
            }
            if (next == cells.size() || !Cells.looksLikeAmount(cells.get(next).text())) {
                return null;
            }
            List<Cell> moved = new ArrayList<>(cells);
            moved.set(k, new Cell(blank.column(), blank.columnSpan(), label.text(), label.tokens(), label.page(),
                    label.box(), label.confidence()));
            return new Row(moved, row.page());
        }
        return null;
    }

    private static boolean under(Box label, Box cell) {
        double overlap = Math.min(label.right(), cell.right()) - Math.max(label.x(), cell.x());
        return overlap >= UNDER * label.width();
    }
}
