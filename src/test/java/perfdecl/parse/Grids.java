package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.Row;
import perfdecl.grid.Token;

/**
 * Builds grids in code for parser tests. In a cell, "[x]" is a ticked box and "[ ]" an empty one, so
 * {@code "[ ] 结转项目 [x] 其他一次性项目"} is two marks with their labels, as a reader would yield it.
 */
final class Grids {

    private Grids() {
    }

    static Row row(String... cells) {
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            out.add(cell(i, cells[i]));
        }
        return new Row(out, 0);
    }

    static Cell cell(int column, String spec) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String part : spec.split("(?=\\[[x ]\\])|(?<=\\[[x ]\\])")) {
            if (part.equals("[x]") || part.equals("[ ]")) {
                tokens.add(Token.mark(part.equals("[x]"), part, 0, null, 1.0));
            } else if (!part.isBlank()) {
                tokens.add(Token.text(part.strip(), 0, null));
                text.append(text.length() > 0 ? " " : "").append(part.strip());
            }
        }
        return new Cell(column, 1, text.toString(), tokens, 0, null, 1.0);
    }

    static FormGrid form(Row... rows) {
        return new FormGrid(0, null, null, List.of(rows), List.of());
    }

    /** The head of a form every test needs, then {@code body}. */
    static FormGrid formWith(Row... body) {
        List<Row> rows = new ArrayList<>(List.of(row("上海市财政支出项目绩效目标申报表"), row("(2020年)"),
                row("申报单位名称：上海市某区图书馆")));
        rows.addAll(List.of(body));
        return new FormGrid(0, null, null, rows, List.of());
    }
}
