package perfdecl.parse;

import java.util.List;

import perfdecl.grid.Cell;

/** A label and the cells that hold its value. */
record LabelPair(LabelMatch label, Cell labelCell, List<Cell> values) {

    /** The value: the rest of the label's own cell, else the filled cells after it, one a line; null when none. */
    String text() {
        if (!label.rest().isEmpty()) {
            return label.rest();
        }
        String joined = Cells.joined(values, '\n');
        return joined.isEmpty() ? null : joined;
    }

    /** The cell the value was read from, for its provenance. */
    Cell valueCell() {
        if (!label.rest().isEmpty()) {
            return labelCell;
        }
        return values.stream().filter(c -> !c.text().isBlank()).findFirst().orElse(null);
    }
}
