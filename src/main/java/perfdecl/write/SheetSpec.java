package perfdecl.write;

import java.util.List;

/**
 * A table to write: its name (the workbook sheet, or the CSV's base name), its rows in order and its columns.
 * Other stages add tables (such as the audit's {@code cross_year}) by building one of these.
 */
public record SheetSpec<T>(String name, List<T> rows, List<Column<T>> columns) {

    public SheetSpec {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }
}
