package perfdecl.pipeline.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import perfdecl.write.CsvDialect;
import perfdecl.write.Language;
import perfdecl.pipeline.StagedInput;

/**
 * The lines a batch and its worker process exchange, one JSON object per line: the worker announces
 * {@link #READY}; each request names an input and the output folder ({@link Request}); each response carries the
 * request's id and the {@link StagedInput}: the report line, the declaration ids and the files the worker wrote
 * under temporary names. A worker extracts several files at once, so responses come in the order files finish.
 * The declarations themselves never cross the pipe.
 */
final class WorkerProtocol {

    static final String READY = "{\"ready\":true}";

    /**
     * Extract {@code file}, whose SHA-256 the batch has worked out already ({@code sha256}; null when it has not),
     * and stage its output in {@code outDir}, table rows in the dialect {@code csv} ({@code excel} when absent),
     * findings' messages in the language {@code lang} ({@code zh} when absent); the answer names {@code id}.
     */
    record Request(long id, Path file, String sha256, Path outDir, String csv, String lang) {

        CsvDialect dialect() {
            return csv == null ? CsvDialect.EXCEL : CsvDialect.of(csv);
        }

        Language language() {
            return lang == null ? Language.ZH : Language.of(lang);
        }
    }

    /** The answer to request {@code id}. */
    record Response(long id, StagedInput staged) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private WorkerProtocol() {
    }

    static String request(long id, Path file, String sha256, Path outDir, CsvDialect csv) {
        return request(id, file, sha256, outDir, csv, Language.ZH);
    }

    static String request(long id, Path file, String sha256, Path outDir, CsvDialect csv, Language language) {
        return write(new Request(id, file.toAbsolutePath(), sha256, outDir.toAbsolutePath(), csv.id(),
                language.tag()));
    }

    static Request parseRequest(String line) throws IOException {
        Request r = JSON.readValue(line, Request.class);
        if (r.file() == null || r.outDir() == null) {
            throw new IOException("malformed request: " + line);
        }
        return r;
    }

    static String response(long id, StagedInput staged) {
        return write(new Response(id, staged));
    }

    static Response parseResponse(String line) throws IOException {
        Response r = JSON.readValue(line, Response.class);
        if (r.staged() == null || r.staged().report() == null) {
            throw new IOException("response without a report");
        }
        return r;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
