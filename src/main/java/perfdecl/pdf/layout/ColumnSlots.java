package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The columns of a table drawn without rulings, found from its text: each column is an x-range where the cells of
 * many rows stack (left-aligned, centred or right-aligned, every cell of a column overlaps the others), and the
 * boundaries lie in the middle of the gutters between them. A cell wider than its column that overlaps two cells
 * standing apart from each other spans several columns and does not blur the gutter between them.
 *
 * @param edges  left edge of the first column, the boundaries between columns, right edge of the last
 * @param starts  where the text of each column starts (its leftmost cell)
 * @param aligned how many cells of different widths start there: two or more make a flush-left column
 */
record ColumnSlots(List<Double> edges, List<Double> starts, List<Integer> aligned) {

    static final ColumnSlots NONE = new ColumnSlots(List.of(), List.of(), List.of());

    ColumnSlots {
        edges = List.copyOf(edges);
        starts = List.copyOf(starts);
        aligned = List.copyOf(aligned);
    }

    /** Columns from the cells of rows that hold more than one cell. */
    static ColumnSlots of(List<TextBlock> cells) {
        List<TextBlock> columnCells = new ArrayList<>();
        for (TextBlock b : cells) {
            if (!spansColumns(b, cells)) {
                columnCells.add(b);
            }
        }
        if (columnCells.isEmpty()) {
            return NONE;
        }
        columnCells.sort(Comparator.comparingDouble(b -> b.box().x()));
        List<double[]> ranges = new ArrayList<>();
        for (TextBlock b : columnCells) {
            double[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && b.box().x() < last[1]) {
                last[1] = Math.max(last[1], b.box().right());
            } else {
                ranges.add(new double[] {b.box().x(), b.box().right()});
            }
        }
        List<Double> edges = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        edges.add(ranges.get(0)[0]);
        starts.add(ranges.get(0)[0]);
        for (int i = 1; i < ranges.size(); i++) {
            double gapLeft = ranges.get(i - 1)[1], start = ranges.get(i)[0];
            // a spanning cell starts where its first column starts: left-aligned text wider than the column
            // shows the column's left edge better than the narrow centred cells inside it
            for (TextBlock b : cells) {
                if (b.box().x() > gapLeft && b.box().x() < start) {
                    start = b.box().x();
                }
            }
            edges.add((gapLeft + start) / 2);
            starts.add(start);
        }
        edges.add(ranges.get(ranges.size() - 1)[1]);
        List<Integer> aligned = new ArrayList<>();
        for (double start : starts) {
            // centred cells of equal width start level too: only cells of different widths prove flush-left text
            List<Double> widths = new ArrayList<>();
            for (TextBlock b : cells) {
                if (Math.abs(b.box().x() - start) <= 0.3 * b.em()
                        && widths.stream().noneMatch(w -> Math.abs(w - b.box().width()) <= b.em())) {
                    widths.add(b.box().width());
                }
            }
            aligned.add(widths.size());
        }
        return new ColumnSlots(edges, starts, aligned);
    }

    /** Whether the cell overlaps two narrower cells that stand apart from each other (so lie in two columns). */
    static boolean spansColumns(TextBlock b, List<TextBlock> cells) {
        List<TextBlock> under = new ArrayList<>();
        for (TextBlock o : cells) {
            if (o != b && o.box().width() < b.box().width() && b.overlapsHorizontally(o)) {
                under.add(o);
            }
        }
        for (int i = 0; i < under.size(); i++) {
            for (int j = i + 1; j < under.size(); j++) {
                if (!under.get(i).overlapsHorizontally(under.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    int size() {
        return Math.max(edges.size() - 1, 0);
    }

    double left(int slot) {
        return edges.get(slot);
    }

    double start(int slot) {
        return starts.get(slot);
    }

    /** Whether cells of different widths start at the column's left edge (text set flush left, not centred). */
    boolean leftAligned(int slot) {
        return aligned.get(slot) >= 2;
    }

    double right(int slot) {
        return edges.get(slot + 1);
    }

    /** The column holding x: a point left of the first column is in it, right of the last in the last. */
    int slotOf(double x) {
        int slot = 0;
        for (int i = 1; i < edges.size() - 1; i++) {
            if (x >= edges.get(i)) {
                slot = i;
            }
        }
        return slot;
    }

    int first(TextBlock b) {
        return slotOf(b.box().x() + Math.min(b.em() * 0.25, b.box().width() / 2));
    }

    int last(TextBlock b) {
        return Math.max(first(b), slotOf(b.box().right() - Math.min(b.em() * 0.25, b.box().width() / 2)));
    }
}
