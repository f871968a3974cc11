package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import perfdecl.model.RunReport;

/**
 * Writes a run report as pretty JSON, {@code {"inputs": [...], "totals": {...}}}, each input with
 * {@code file, sha256, status, reason, forms, pages, ms, skippedPages} ({@code null} written as null), and a trailing
 * newline.
 */
public final class RunReportJsonWriter {

    public void write(RunReport report, Writer out) throws IOException {
        out.write(JsonFormat.MAPPER.writer(JsonFormat.PRETTY).writeValueAsString(report));
        out.write('\n');
        out.flush();
    }
}
