package perfdecl.pipeline;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import perfdecl.model.Declaration;
import perfdecl.model.InputReport;
import perfdecl.write.DeclarationJsonLinesWriter;
import perfdecl.write.DeclarationJsonReader;

/**
 * The lines a batch and its worker process exchange, one JSON value per line: the worker announces
 * {@link #READY}; each request is the input's path as a JSON string; each response is
 * {@code {"report": InputReport, "declarations": [Declaration, ...]}}, the declarations as the write package
 * writes and reads them, so that they come back equal.
 */
final class WorkerProtocol {

    static final String READY = "{\"ready\":true}";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private WorkerProtocol() {
    }

    static String request(Path file) {
        try {
            return JSON.writeValueAsString(file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path parseRequest(String line) throws IOException {
        return Path.of(JSON.readValue(line, String.class));
    }

    static String response(InputResult result) throws IOException {
        StringWriter lines = new StringWriter();
        new DeclarationJsonLinesWriter().write(result.declarations(), lines);
        String declarations = "[" + String.join(",", lines.toString().lines().toList()) + "]";
        return "{\"report\":" + JSON.writeValueAsString(result.report()) + ",\"declarations\":" + declarations + "}";
    }

    /** The result a response line carries; the declarations are cut out of the line and read as written. */
    static InputResult parseResponse(String line) throws IOException {
        InputReport report = null;
        List<Declaration> declarations = List.of();
        try (JsonParser p = JSON.getFactory().createParser(line)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("report".equals(field)) {
                    report = JSON.readValue(p, InputReport.class);
                } else if ("declarations".equals(field)) {
                    expect(value, JsonToken.START_ARRAY);
                    int start = (int) p.currentTokenLocation().getCharOffset();
                    p.skipChildren();
                    int end = (int) p.currentLocation().getCharOffset();
                    declarations = new DeclarationJsonReader().readAll(new StringReader(line.substring(start, end)));
                } else {
                    p.skipChildren();
                }
            }
        }
        if (report == null) {
            throw new IOException("response without a report");
        }
        return new InputResult(report, declarations);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("malformed response: expected " + expected + ", found " + actual);
        }
    }
}
