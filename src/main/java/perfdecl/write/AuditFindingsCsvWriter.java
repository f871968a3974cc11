package perfdecl.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;

/**
 * Writes the findings of an {@link AuditReport} as audit_findings.csv: a UTF-8 byte-order mark (so that Excel
 * reads the Chinese), a header row, then one row per finding in report order. The per-declaration lists
 * (years, files, declarations, fields) are joined with {@code ;}; blank values are empty cells; numbers are
 * written plainly; a structured expected/actual value is written as JSON. The message is the catalogue's
 * sentence in the chosen language ({@link FindingMessages}), not the JSON's own message. The writer is flushed,
 * not closed.
 */
public final class AuditFindingsCsvWriter {

    public static final List<String> HEADER = List.of(
            "code", "severity", "scope", "project", "years", "files", "declarations", "fields", "message",
            "expected", "actual");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FindingMessages messages;

    /** Messages in Chinese. */
    public AuditFindingsCsvWriter() {
        this(Language.ZH);
    }

    public AuditFindingsCsvWriter(Language language) {
        this.messages = FindingMessages.of(language);
    }

    public void write(AuditReport report, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVWriter csv = new CSVWriter(out);
        csv.writeNext(HEADER.toArray(String[]::new), false);
        for (AuditFinding f : report.findings()) {
            csv.writeNext(new String[] {
                    f.code(), f.severity(), f.scope(), f.project(), joined(f.years()), joined(f.files()),
                    joined(f.declarations()), joined(f.fields()), messages.message(f), cell(f.expected()), cell(f.actual())
            }, false);
        }
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("audit_findings.csv could not be written");
        }
    }

    private static String joined(List<?> values) {
        return values.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(";"));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
