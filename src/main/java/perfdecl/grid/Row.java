package perfdecl.grid;

import java.util.List;

/** One table row (or free line) of a form, cells left to right; {@code page} is 1-based, 0 for text input. */
public record Row(List<Cell> cells, int page) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The non-blank cells, left to right. */
    public List<Cell> filled() {
        return cells.stream().filter(c -> !c.isBlank()).toList();
    }
}
