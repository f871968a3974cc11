package perfdecl.write;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes any {@link SheetSpec} as CSV in a {@link CsvDialect}: a UTF-8 byte-order mark first when the dialect
 * has one (the caller's writer must encode UTF-8), a header of column names, RFC 4180 quoting where a cell needs
 * it, "\n" line ends, every cell as the dialect writes it ({@code null} empty, numbers plain without exponent or
 * grouping, dates ISO). The writer is flushed, not closed.
 */
public final class CsvTableWriter {

    private final CsvDialect dialect;

    public CsvTableWriter(CsvDialect dialect) {
        this.dialect = dialect;
    }

    public <T> void write(SheetSpec<T> table, Writer out) throws IOException {
        if (dialect.byteOrderMark()) {
            out.write('\uFEFF');
        }
        var csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n");
        List<Column<T>> columns = table.columns();
        csv.writeNext(columns.stream().map(c -> dialect.cell(c.name())).toArray(String[]::new), false);
        for (T row : table.rows()) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = dialect.cell(columns.get(i).cell(row));
            }
            csv.writeNext(cells, false);
        }
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("writing CSV " + table.name() + " failed", csv.getException());
        }
    }
}
