package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;

/**
 * A funds block printed across the page: a row of amount labels (项目资金总额 | 年度资金申请总额 | 其中：财政资金 …)
 * over a row of their amounts. Turned into one label–amount row per column, so that it reads like the block printed
 * down the page. An amount is matched to its label by the column it stands in, or, when the columns do not line up
 * (a text export that drops a blank cell), by order when both rows hold as many.
 */
final class HorizontalAmounts {

    private static final Pattern AMOUNT = Pattern.compile("[-+]?[\\d,.]+(万元|元|万)?|[-—–/／无]");

    private HorizontalAmounts() {
    }

    static List<Row> rearranged(List<Row> rows, LabelMatcher labels) {
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Cell> amountLabels = amountLabels(row, labels);
            List<Cell> amounts = i + 1 < rows.size() && amountLabels != null ? amounts(rows.get(i + 1), labels) : null;
            if (amounts == null || amounts.isEmpty()) {
                out.add(row);
                continue;
            }
            // 项目资金（元）, merged over both rows and printed in either: the block's unit, read first
            List<Cell> header = new ArrayList<>(row.filled());
            header.removeAll(amountLabels);
            List<Cell> below = new ArrayList<>(rows.get(i + 1).filled());
            below.removeAll(amounts);
            header.addAll(below);
            if (!header.isEmpty()) {
                out.add(new Row(header, row.page()));
            }
            for (int k = 0; k < amountLabels.size(); k++) {
                Cell label = amountLabels.get(k);
                Cell amount = below(label, amounts);
                if (amount == null && amounts.size() == amountLabels.size()) {
                    amount = amounts.get(k);
                }
                out.add(new Row(amount == null ? List.of(label) : List.of(label, amount), row.page()));
            }
            i++;
        }
        return out;
    }

    /**
     * The row's amount labels when it holds two or more and nothing else but the block header and labels the
     * template does not know (其中：政府性基金), which are kept in their column so that their amount is reported.
     */
    private static List<Cell> amountLabels(Row row, LabelMatcher labels) {
        List<Cell> found = new ArrayList<>();
        int known = 0;
        for (Cell c : row.filled()) {
            Label label = labels.whole(c.text()).map(LabelMatch::label).orElse(null);
            if (label != null && label.isAmount()) {
                found.add(c);
                known++;
            } else if (label == null && labels.prefix(c.text()).isEmpty() && UnknownEntries.labelLike(c.text())) {
                found.add(c);
            } else if (label != Label.FUNDS_HEADER) {
                return null;
            }
        }
        return known >= 2 ? found : null;
    }

    /** The row's cells when every one is an amount (or the block header, merged over both rows). */
    private static List<Cell> amounts(Row row, LabelMatcher labels) {
        List<Cell> found = new ArrayList<>();
        for (Cell c : row.filled()) {
            if (AMOUNT.matcher(LabelKey.of(c.text())).matches()) {
                found.add(c);
            } else if (labels.whole(c.text()).map(LabelMatch::label).orElse(null) != Label.FUNDS_HEADER) {
                return null;
            }
        }
        return found;
    }

    private static Cell below(Cell label, List<Cell> amounts) {
        for (Cell a : amounts) {
            int from = Math.max(label.column(), a.column());
            int to = Math.min(label.column() + Math.max(1, label.columnSpan()), a.column() + Math.max(1, a.columnSpan()));
            if (from < to) {
                return a;
            }
        }
        return null;
    }
}
