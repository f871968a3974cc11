package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;

/**
 * Writes a run report's inputs as CSV, one row per input file in input order, columns
 * {@code file, sha256, status, reason, forms, pages, ms}, as {@link CsvTableWriter} writes CSV in the given dialect. Totals are
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

    private final CsvDialect dialect;

    public RunReportCsvWriter(CsvDialect dialect) {
        this.dialect = dialect;
    }

    public void write(RunReport report, Writer out) throws IOException {
        new CsvTableWriter(dialect).write(table(report), out);
    }

    /** The table this writer writes: one row per input. */
    public static SheetSpec<InputReport> table(RunReport report) {
        return new SheetSpec<>("run", report.inputs(), COLUMNS);
    }
}
