package perfdecl.grid;

import java.util.List;

/**
 * One declaration form as the reader laid it out: rows top to bottom, a table continued across pages already
 * joined into one sequence of rows.
 *
 * @param formIndex 0-based position of the form in its file
 * @param firstPage 1-based first page, {@code null} for text input
 * @param lastPage  1-based last page, {@code null} for text input
 * @param notes     what the reader could not read cleanly (an unmapped glyph, a low-confidence mark)
 */
public record FormGrid(int formIndex, Integer firstPage, Integer lastPage, List<Row> rows, List<ReaderNote> notes) {

    public FormGrid {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
