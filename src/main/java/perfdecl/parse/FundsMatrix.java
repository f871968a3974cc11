package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;

/**
 * A funds block printed as a matrix: the national form's 项目资金 with a column per period (实施期资金总额 |
 * 年度资金总额) over rows 资金总额 / 其中：财政拨款 / 其他资金. Turned into one label–amount row per field, so that it
 * reads like the block printed down the page: the total row gives each column's own field (budget.total,
 * budget.currentYear), every other row its amount in the current-year column, the year the form's funds fields are
 * (a row the template lacks keeps that amount, to be reported). The other periods' shares of the funds are no field
 * of the contract and are left out. An amount is matched to its column by position, or by order when the row holds
 * as many amounts as there are columns.
 */
final class FundsMatrix {

    private static final Pattern AMOUNT = Pattern.compile("[-+]?[\\d,.]+(万元|元|万)?|[-—–/／无]");
    private static final Pattern TOTAL_ROW = Pattern.compile("(资金)?(总额|合计|总计)(\\(万元\\)|\\(元\\))?");

    private FundsMatrix() {
    }

    static List<Row> rearranged(List<Row> rows, LabelMatcher labels) {
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Cell> columns = columnHeaders(row, labels);
            if (columns == null) {
                out.add(row);
                continue;
            }
            List<Row> read = new ArrayList<>();
            List<Cell> headers = new ArrayList<>(fundsHeaders(row, labels));
            int j = i + 1;
            for (; j < rows.size(); j++) {
                List<Row> fields = fieldRows(rows.get(j), columns, labels, headers);
                if (fields == null) {
                    break;
                }
                read.addAll(fields);
            }
            if (read.isEmpty()) {
                out.add(row);
                continue;
            }
            if (!headers.isEmpty()) {
                out.add(new Row(headers, row.page()));
            }
            out.addAll(read);
            i = j - 1;
        }
        return out;
    }

    /**
     * The row's period columns when it holds two or more amount labels, one of them the current year's, and
     * nothing else but the block header.
     */
    private static List<Cell> columnHeaders(Row row, LabelMatcher labels) {
        List<Cell> found = new ArrayList<>();
        boolean currentYear = false;
        for (Cell c : row.filled()) {
            Label label = labelOf(c, labels);
            if (label == Label.TOTAL_BUDGET || label == Label.CURRENT_BUDGET) {
                found.add(c);
                currentYear |= label == Label.CURRENT_BUDGET;
            } else if (label != Label.FUNDS_HEADER) {
                return null;
            }
        }
        return found.size() >= 2 && currentYear ? found : null;
    }

    private static List<Cell> fundsHeaders(Row row, LabelMatcher labels) {
        return row.filled().stream().filter(c -> labelOf(c, labels) == Label.FUNDS_HEADER).toList();
    }

    /** The rows one matrix row stands for; null when the row is no row of the matrix (a row name and amounts). */
    private static List<Row> fieldRows(Row row, List<Cell> columns, LabelMatcher labels, List<Cell> headers) {
        Cell name = null;
        List<Cell> amounts = new ArrayList<>();
        for (Cell c : row.filled()) {
            if (labelOf(c, labels) == Label.FUNDS_HEADER) {
                headers.add(c);
            } else if (AMOUNT.matcher(LabelKey.of(c.text())).matches()) {
                amounts.add(c);
            } else if (name == null && amounts.isEmpty() && UnknownEntries.labelLike(c.text())) {
                name = c;
            } else {
                return null;
            }
        }
        if (name == null || amounts.isEmpty()) {
            return null;
        }
        List<Row> out = new ArrayList<>();
        if (TOTAL_ROW.matcher(LabelKey.of(name.text())).matches()) {
            for (int k = 0; k < columns.size(); k++) {
                Cell amount = under(columns, k, amounts);
                if (amount != null) {
                    out.add(new Row(List.of(columns.get(k), amount), row.page()));
                }
            }
            return out;
        }
        for (int k = 0; k < columns.size(); k++) {
            if (labelOf(columns.get(k), labels) == Label.CURRENT_BUDGET) {
                Cell amount = under(columns, k, amounts);
                out.add(new Row(amount == null ? List.of(name) : List.of(name, amount), row.page()));
            }
        }
        return out;
    }

    /**
     * The amount in column {@code k}: by position when every column finds its own amount so, else by order when
     * there are as many amounts as columns (a text export that dropped a blank cell shifted them).
     */
    private static Cell under(List<Cell> columns, int k, List<Cell> amounts) {
        List<Cell> placed = new ArrayList<>();
        for (Cell column : columns) {
            Cell found = null;
            for (Cell a : amounts) {
                int from = Math.max(column.column(), a.column());
                int to = Math.min(column.column() + Math.max(1, column.columnSpan()),
                        a.column() + Math.max(1, a.columnSpan()));
                if (from < to) {
                    found = a;
                    break;
                }
            }
            placed.add(found);
        }
        boolean apart = placed.stream().filter(java.util.Objects::nonNull).distinct().count()
                == placed.stream().filter(java.util.Objects::nonNull).count();
        if (amounts.size() == columns.size() && (!apart || placed.contains(null))) {
            return amounts.get(k);
        }
        return apart ? placed.get(k) : null;
    }

    private static Label labelOf(Cell c, LabelMatcher labels) {
        return labels.whole(c.text()).map(LabelMatch::label).orElse(null);
    }
}
