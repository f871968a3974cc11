package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.Row;

/**
 * A budget line of two label–amount pairs (项目总预算（元） 3960000 项目当年预算（元） 3960000) whose second label wraps
 * onto two lines on a page without rulings: the label's text then stands a line above or below, on a row of its own,
 * and the line of amounts reads as one label followed by both amounts. The label is put back between the two amounts
 * it stands between, so that each label owns its own amount.
 */
final class WrappedAmountLabels {

    private WrappedAmountLabels() {
    }

    static List<Row> rearranged(List<Row> rows, LabelMatcher labels) {
        List<Row> out = new ArrayList<>(rows);
        for (int i = 0; i < out.size(); i++) {
            Row row = out.get(i);
            Gap gap = gap(row, labels);
            if (gap == null) {
                continue;
            }
            for (int n : new int[] {i - 1, i + 1}) {
                if (n < 0 || n >= out.size() || out.get(n).page() != row.page()) {
                    continue;
                }
                Cell label = strandedLabel(out.get(n), gap, labels);
                if (label == null) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>(row.cells());
                cells.add(cells.indexOf(gap.right()), label);
                out.set(i, new Row(cells, row.page()));
                List<Cell> rest = new ArrayList<>(out.get(n).cells());
                rest.remove(label);
                if (rest.stream().allMatch(Cell::isBlank)) {
                    out.remove(n);
                    if (n < i) {
                        i--;
                    }
                } else {
                    out.set(n, new Row(rest, out.get(n).page()));
                }
                break;
            }
        }
        return out;
    }

    /** The first two amounts after an amount label with no label between them: where a wrapped label went missing. */
    private record Gap(Label owner, Cell left, Cell right) {
    }

    private static Gap gap(Row row, LabelMatcher labels) {
        List<Cell> filled = row.filled();
        for (int k = 0; k + 2 < filled.size(); k++) {
            Optional<LabelMatch> m = labels.whole(filled.get(k).text());
            if (m.isEmpty() || !m.get().label().isAmount()) {
                continue;
            }
            Cell left = filled.get(k + 1);
            Cell right = filled.get(k + 2);
            if (Cells.looksLikeAmount(left.text()) && Cells.looksLikeAmount(right.text())) {
                return new Gap(m.get().label(), left, right);
            }
        }
        return null;
    }

    /** The neighbour row's amount label (another than the gap's) standing wholly between the gap's two amounts. */
    private static Cell strandedLabel(Row neighbour, Gap gap, LabelMatcher labels) {
        for (Cell c : neighbour.filled()) {
            Label label = labels.whole(c.text()).or(() -> labels.prefix(c.text()).filter(m -> m.rest().isEmpty()))
                    .map(LabelMatch::label).orElse(null);
            if (label != null && label.isAmount() && label != gap.owner() && between(c, gap.left(), gap.right())) {
                return c;
            }
        }
        return null;
    }

    private static boolean between(Cell c, Cell left, Cell right) {
        Box b = c.box();
        if (b != null && left.box() != null && right.box() != null) {
            return b.x() >= left.box().right() - 1 && b.right() <= right.box().x() + 1;
        }
        return b == null && left.box() == null && right.box() == null
                && c.column() >= left.column() + Math.max(1, left.columnSpan())
                && c.column() + Math.max(1, c.columnSpan()) <= right.column();
    }
}
