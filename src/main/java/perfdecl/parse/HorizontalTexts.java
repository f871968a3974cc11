package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;

/**
 * Goals printed across the page: a row of text labels (总体目标 | 长期目标 | 年度目标) over a row holding each one's
 * text in its column. Turned into one label–text row per label, so that each text goes to its own label rather than
 * the last label's text taking them all. A label with nothing under it (the block's name, merged over both rows)
 * keeps a row of its own.
 */
final class HorizontalTexts {

    private HorizontalTexts() {
    }

    static List<Row> rearranged(List<Row> rows, LabelMatcher labels) {
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Cell> textLabels = textLabels(row, labels);
            List<Cell> texts = textLabels != null && i + 1 < rows.size() ? texts(rows.get(i + 1), labels) : null;
            if (texts == null || !eachUnderOne(texts, textLabels)) {
                out.add(row);
                continue;
            }
            for (Cell label : textLabels) {
                Cell text = under(label, texts);
                out.add(new Row(text == null ? List.of(label) : List.of(label, text), row.page()));
            }
            i++;
        }
        return out;
    }

    /** The row's cells when there are two or more and each is a whole free-text label. */
    private static List<Cell> textLabels(Row row, LabelMatcher labels) {
        List<Cell> filled = row.filled();
        if (filled.size() < 2) {
            return null;
        }
        for (Cell c : filled) {
            if (!labels.whole(c.text()).map(m -> m.label().isText()).orElse(false)) {
                return null;
            }
        }
        return filled;
    }

    /** The row's cells when its label column is blank and none of them is a label. */
    private static List<Cell> texts(Row row, LabelMatcher labels) {
        List<Cell> filled = row.filled();
        if (filled.isEmpty() || filled.get(0).column() == 0) {
            return null;
        }
        for (Cell c : filled) {
            if (labels.whole(c.text()).isPresent() || labels.prefix(c.text()).isPresent()) {
                return null;
            }
        }
        return filled;
    }

    private static boolean eachUnderOne(List<Cell> texts, List<Cell> textLabels) {
        for (Cell t : texts) {
            if (textLabels.stream().filter(l -> overlaps(l, t)).count() != 1) {
                return false;
            }
        }
        return true;
    }

    private static Cell under(Cell label, List<Cell> texts) {
        return texts.stream().filter(t -> overlaps(label, t)).findFirst().orElse(null);
    }

    private static boolean overlaps(Cell a, Cell b) {
        int from = Math.max(a.column(), b.column());
        int to = Math.min(a.column() + Math.max(1, a.columnSpan()), b.column() + Math.max(1, b.columnSpan()));
        return from < to;
    }
}
