package perfdecl.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;

/**
 * Writes the findings of an {@link AuditReport} as audit_findings.csv, as {@link CsvTableWriter} writes CSV in
 * the given dialect: a header row, then one row per finding in report order. The per-declaration lists (years,
 * files, declarations, fields) are joined with {@code ;} into one text cell; blank values are empty cells; a
 * number stays a number; a structured expected/actual value is written as JSON text. The message is the
 * catalogue's sentence in the chosen language ({@link FindingMessages}), not the JSON's own message.
 */
public final class AuditFindingsCsvWriter {

    public static final List<String> HEADER = List.of(
            "code", "severity", "scope", "project", "years", "files", "declarations", "fields", "message",
            "expected", "actual");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FindingMessages messages;
    private final CsvDialect dialect;

    /** Messages in Chinese, the {@link CsvDialect#EXCEL excel} dialect. */
    public AuditFindingsCsvWriter() {
        this(Language.ZH);
    }

    /** The {@link CsvDialect#EXCEL excel} dialect. */
    public AuditFindingsCsvWriter(Language language) {
        this(language, CsvDialect.EXCEL);
    }

    public AuditFindingsCsvWriter(Language language, CsvDialect dialect) {
        this.messages = FindingMessages.of(language);
        this.dialect = dialect;
    }

    public void write(AuditReport report, Writer out) throws IOException {
        new CsvTableWriter(dialect).write(table(report), out);
    }

    /** The table this writer writes: one row per finding, the columns of {@link #HEADER}. */
    public SheetSpec<AuditFinding> table(AuditReport report) {
        List<Column<AuditFinding>> columns = List.of(
                Column.of("code", AuditFinding::code),
                Column.of("severity", AuditFinding::severity),
                Column.of("scope", AuditFinding::scope),
                Column.of("project", AuditFinding::project),
                Column.of("years", f -> joined(f.years())),
                Column.of("files", f -> joined(f.files())),
                Column.of("declarations", f -> joined(f.declarations())),
                Column.of("fields", f -> joined(f.fields())),
                Column.of("message", messages::message),
                Column.of("expected", f -> cell(f.expected())),
                Column.of("actual", f -> cell(f.actual())));
        return new SheetSpec<>("audit_findings", report.findings(), columns);
    }

    private static String joined(List<?> values) {
        return values.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(";"));
    }

    private static Object cell(Object value) {
        if (value == null || value instanceof String || value instanceof BigDecimal || value instanceof Long
                || value instanceof Integer || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(value.toString()) : value.toString();
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
