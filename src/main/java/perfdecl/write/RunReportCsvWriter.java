package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;

/**
 * Writes a run report's inputs as CSV, one row per input file in input order, columns
 * {@code file, sha256, status, reason, forms, pages, ms}, as {@link CsvTableWriter} writes CSV. Totals are
 * left to {@code run.json}.
 */
public final class RunReportCsvWriter {

    private static final List<Column<InputReport>> COLUMNS = List.of(
            Column.of("file", InputReport::file),
            Column.of("sha256", InputReport::sha256),
            Column.of("status", InputReport::status),
            Column.of("reason", InputReport::reason),
            Column.of("forms", InputReport::forms),
            Column.of("pages", InputReport::pages),
            Column.of("ms", InputReport::ms));

    public void write(RunReport report, Writer out) throws IOException {
        new CsvTableWriter().write(table(report.inputs()), out);
    }

    /** The run table over {@code inputs}, as this writer writes it: for other sinks of the same rows. */
    public static SheetSpec<InputReport> table(List<InputReport> inputs) {
        return new SheetSpec<>("run", inputs, COLUMNS);
    }
}
