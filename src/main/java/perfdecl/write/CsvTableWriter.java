package perfdecl.write;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes any {@link SheetSpec} as CSV for Excel: a UTF-8 byte-order mark first (the caller's writer must encode
 * UTF-8), a header of column names, RFC 4180 quoting where a cell needs it, "\n" line ends. {@code null} is an
 * empty cell, numbers are plain (no exponent, no grouping), dates ISO. The writer is flushed, not closed.
 */
public final class CsvTableWriter {

    public <T> void write(SheetSpec<T> table, Writer out) throws IOException {
        out.write('\uFEFF');
        var csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n");
        List<Column<T>> columns = table.columns();
        csv.writeNext(columns.stream().map(Column::name).toArray(String[]::new), false);
        for (T row : table.rows()) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text(columns.get(i).cell(row));
            }
            csv.writeNext(cells, false);
        }
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("writing CSV " + table.name() + " failed", csv.getException());
        }
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return cell.toString();
    }
}
