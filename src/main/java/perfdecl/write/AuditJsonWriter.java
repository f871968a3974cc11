package perfdecl.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import perfdecl.model.AuditReport;

/**
 * Writes an {@link AuditReport} as audit.json: pretty-printed JSON, {@code forms}, {@code projects} and
 * {@code findings} with their fields in record order, blank values as {@code null}, decimals as plain numbers.
 * The writer is flushed, not closed.
 */
public final class AuditJsonWriter {

    private static final ObjectWriter JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .writer(new DefaultPrettyPrinter()
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));

    public void write(AuditReport report, Writer out) throws IOException {
        JSON.writeValue(out, report);
        out.write('\n');
        out.flush();
    }
}
