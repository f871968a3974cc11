package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.grid.Token;

/**
 * Reads the cells of an indicator table that a text export wrote one row a line with spaces between the cells
 * ("投入和管理目标 资金投入管理 预算执行率 ≥98%"), as text copied out of a published PDF keeps no tabs. Rows are
 * split only inside a table whose header line was itself such a line of header labels only, and a row's cells go
 * to the rightmost columns: the cells such a line leaves out are the merged 一级/二级指标 at the left. A row with
 * more words than the header has columns keeps the surplus in its last cell (a target written "≥ 95 %").
 * One per form: it remembers the table it is in.
 */
final class SpacedCells {

    private static final Set<Label> HEADERS = Set.of(Label.LEVEL1_HEADER, Label.LEVEL2_HEADER, Label.LEVEL3_HEADER,
            Label.TARGET_HEADER, Label.CONTENT_HEADER, Label.INDICATOR_HEADER, Label.NATURE_HEADER,
            Label.DIRECTION_HEADER, Label.MEASURE_HEADER, Label.SCORE_HEADER);

    private final LabelMatcher labels;
    /** The columns of the spaced table being read; 0 outside one. */
    private int columns;

    SpacedCells(LabelMatcher labels) {
        this.labels = labels;
    }

    /**
     * The row as cells: a spaced header line opens a spaced table, and in one ({@code inTable}) a spaced line is
     * split; any other row is returned as it is.
     */
    Row separated(Row row, boolean inTable) {
        if (!inTable) {
            columns = 0;
        }
        List<Cell> filled = row.filled();
        if (filled.size() != 1) {
            return row;
        }
        Cell cell = filled.get(0);
        String text = cell.text().strip();
        if (cell.hasMarks() || text.indexOf('\n') >= 0) {
            return row;
        }
        String[] words = text.split("[\\s\\u3000]+");
        if (words.length < 2) {
            return row;
        }
        if (isHeader(words)) {
            columns = words.length;
            return cells(row, cell, List.of(words), 0);
        }
        if (columns == 0 || labels.prefix(text).filter(m -> m.label().endsIndicatorTable()).isPresent()) {
            return row;
        }
        List<String> parts = new ArrayList<>(List.of(words).subList(0, Math.min(words.length, columns)));
        if (words.length > columns) {
            parts.set(columns - 1, String.join(" ", List.of(words).subList(columns - 1, words.length)));
        }
        return cells(row, cell, parts, columns - parts.size());
    }

    private boolean isHeader(String[] words) {
        Label first = labels.whole(words[0]).map(LabelMatch::label).orElse(null);
        if (first != Label.LEVEL1_HEADER && first != Label.CONTENT_HEADER) {
            return false;
        }
        for (String w : words) {
            if (labels.whole(w).filter(m -> m.distance() == 0 && HEADERS.contains(m.label())).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Row cells(Row row, Cell cell, List<String> parts, int firstColumn) {
        List<Cell> out = new ArrayList<>(firstColumn + parts.size());
        for (int c = 0; c < firstColumn; c++) {
            out.add(new Cell(c, 1, "", List.of(), cell.page(), null, cell.confidence()));
        }
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            out.add(new Cell(firstColumn + i, 1, p, List.of(Token.text(p, 0, cell.box())), cell.page(), cell.box(),
                    cell.confidence()));
        }
        return new Row(out, row.page());
    }
}
