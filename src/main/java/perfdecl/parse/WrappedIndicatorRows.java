package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.grid.Token;

/**
 * An export that wraps a long name inside its cell writes the rest on a line of its own: a row holding one cell,
 * under the cell it continues ("社会效益" / "指标", "升级改造基层医疗" / "机构数量"). Such a row is joined to the row
 * above (the cell in its column, or for a line read outside the table, the cell it stands under). A 二级指标 fragment
 * is joined only when the joined name is a known dimension; a 三级指标 fragment only in a
 * text export (cells without position), under an indicator that has its value, when it is a short phrase without
 * digits — an indicator filed without a value keeps its own row; in a PDF, only when a page break cut the cell
 * (its part before the break ends on a full line).
 */
final class WrappedIndicatorRows {

    private static final int FRAGMENT_MAX = 12;

    private final DimensionTaxonomy taxonomy;
    private final LabelMatcher labels;

    WrappedIndicatorRows(DimensionTaxonomy taxonomy, LabelMatcher labels) {
        this.taxonomy = taxonomy;
        this.labels = labels;
    }

    List<Row> joined(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Cell> filled = row.filled();
            Row previous = out.isEmpty() ? null : out.get(out.size() - 1);
            Row merged = filled.size() == 1 && previous != null ? continued(previous, filled.get(0)) : null;
            if (merged != null) {
                out.set(out.size() - 1, merged);
            } else {
                out.add(row);
            }
        }
        return out;
    }

    /** The previous row with the fragment appended to its cell in the fragment's column, or null. */
    private Row continued(Row previous, Cell fragment) {
        List<Cell> above = previous.filled();
        int at = -1;
        for (int i = 0; i < above.size(); i++) {
            if (beneath(fragment, above.get(i))) {
                at = i;
            }
        }
        boolean placed = at >= 0;
        for (int i = 0; !placed && i < above.size(); i++) {
            if (above.get(i).column() == fragment.column()) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        Cell cell = above.get(at);
        String joined = WrappedText.unwrap(cell.text() + "\n" + fragment.text());
        boolean dimension = taxonomy.isDimension(joined) && !taxonomy.isDimension(cell.text());
        boolean name = fragment.box() == null && cell.box() == null && at == above.size() - 2
                && !taxonomy.isDimension(cell.text()) && taxonomy.level1(cell.text()).isEmpty()
                && fragment.text().strip().length() <= FRAGMENT_MAX && fragment.text().chars().noneMatch(Character::isDigit)
                && taxonomy.level1(fragment.text()).isEmpty() && !taxonomy.isDimension(fragment.text());
        if (!dimension && !name && !splitByPage(previous, at, fragment)) {
            return null;
        }
        Cell grown = new Cell(cell.column(), cell.columnSpan(), cell.text() + "\n" + fragment.text(),
                concat(cell, fragment), cell.page(), cell.box(), Math.min(cell.confidence(), fragment.confidence()));
        List<Cell> cells = new ArrayList<>(previous.cells());
        cells.set(cells.indexOf(cell), grown);
        return new Row(cells, previous.page());
    }

    /**
     * A 三级指标 cell that a page break cut: the rest of its name opens the next page in the same column, alone on its
     * row, while the row it continues (the last before the break) files its value after the name.
     */
    private boolean splitByPage(Row previous, int at, Cell fragment) {
        List<Cell> above = previous.filled();
        Cell cell = above.get(at);
        return fragment.box() != null && cell.box() != null && fragment.page() > cell.page()
                && fragment.column() == cell.column() && at < above.size() - 1
                && labels.whole(cell.text()).isEmpty() && isNamePart(cell.text()) && isNamePart(fragment.text())
                && fragment.text().strip().length() <= FRAGMENT_MAX
                && fragment.text().chars().noneMatch(Character::isDigit) && !endsShort(cell);
    }

    /**
     * Whether the cell's last line left room for another character: a page break falls between lines, so text cut
     * by it ends its part on a full line, and a name that ends short ended there (the row opening the next page is
     * an indicator of its own, filed without a value). The room is the widest line's width less the last line's;
     * for one line, the cell's width less its padding, taken as wide on the right as on the left. Unknown (no
     * positions) is not short.
     */
    private static boolean endsShort(Cell cell) {
        if (cell.box() == null || cell.tokens().isEmpty()) {
            return false;
        }
        TreeMap<Integer, double[]> lines = new TreeMap<>();
        double left = Double.MAX_VALUE;
        for (Token t : cell.tokens()) {
            if (t.isMark() || t.box() == null) {
                return false;
            }
            double[] extent = lines.computeIfAbsent(t.line(),
                    k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, 0}); // left, right, characters
            extent[0] = Math.min(extent[0], t.box().x());
            extent[1] = Math.max(extent[1], t.box().x() + t.box().width());
            extent[2] += t.text().strip().codePointCount(0, t.text().strip().length());
            left = Math.min(left, t.box().x());
        }
        double widest = 0;
        for (double[] extent : lines.values()) {
            widest = Math.max(widest, extent[1] - extent[0]);
        }
        double[] last = lines.lastEntry().getValue();
        double width = last[1] - last[0];
        double room = lines.size() > 1 ? widest - width : cell.box().width() - 2 * (left - cell.box().x()) - width;
        return last[2] > 0 && room >= width / last[2];
    }

    private boolean isNamePart(String text) {
        return !taxonomy.isDimension(text) && taxonomy.level1(text).isEmpty();
    }

    /**
     * Whether the fragment stands under the cell by its position: a line that ran out of a cell at the foot of a page
     * (chromium clips the cell's rulings but not its text) is read as a free line, its column not the cell's.
     */
    private static boolean beneath(Cell fragment, Cell cell) {
        if (fragment.box() == null || cell.box() == null || fragment.page() != cell.page()) {
            return false;
        }
        double centre = fragment.box().x() + fragment.box().width() / 2;
        return centre > cell.box().x() && centre < cell.box().x() + cell.box().width();
    }

    private static List<perfdecl.grid.Token> concat(Cell a, Cell b) {
        List<perfdecl.grid.Token> all = new ArrayList<>(a.tokens());
        all.addAll(b.tokens());
        return all;
    }
}
