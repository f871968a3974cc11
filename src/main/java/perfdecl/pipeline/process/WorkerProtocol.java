package perfdecl.pipeline.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import perfdecl.write.CsvDialect;
import perfdecl.write.Language;
import perfdecl.pipeline.Checkpoint;
import perfdecl.pipeline.StagedInput;

/**
 * The lines a batch and its worker process exchange, one JSON object per line: the worker announces
 * {@link #READY}; each request names an input and the output folder ({@link Request}); each response carries the
 * request's id and the {@link StagedInput}: the report line, the declaration ids and the files the worker wrote
 * under temporary names. Before it, lines with the same id tell how far through its pages the file is and hand
 * over each form's json file as it is staged, so that a file that runs out of time keeps the forms finished. A worker extracts several files at once, so responses come in the order files finish.
 * The declarations themselves never cross the pipe. A request whose time runs out is told to {@link Stop}: its
 * reading, interrupted, hands over the form it was reading, and it answers.
 */
final class WorkerProtocol {

    static final String READY = "{\"ready\":true}";

    /**
     * Extract {@code file}, whose SHA-256 the batch has worked out already ({@code sha256}; null when it has not),
     * and stage its output in {@code outDir}, table rows in the dialect {@code csv} ({@code excel} when absent),
     * findings' messages in the language {@code lang} ({@code zh} when absent), the file's pages on up to
     * {@code jobs} threads (one when absent), read on from {@code from} (from page 1 when absent); the answer
     * names {@code id}.
     */
    record Request(long id, Path file, String sha256, Path outDir, String csv, String lang, Integer jobs,
                   Checkpoint from) {

        int pageJobs() {
            return jobs == null ? 1 : Math.max(1, jobs);
        }

        CsvDialect dialect() {
            return csv == null ? CsvDialect.EXCEL : CsvDialect.of(csv);
        }

        Language language() {
            return lang == null ? Language.ZH : Language.of(lang);
        }
    }

    /**
     * A line about request {@code id}: the answer ({@code staged}), or, before it, how far the file has got
     * ({@code progress}), a form of it staged ({@code form}), how far its reading got after a form
     * ({@code checkpoint}) or the nanoseconds of CPU its reading has spent ({@code cpu}, told every
     * {@link ExtractionWorker#CPU_TICK_MILLIS}).
     */
    record Response(long id, StagedInput staged, Progress progress, StagedForm form, Checkpoint checkpoint,
                    Long cpu) {
    }

    /** {@code done} of {@code pages} pages read (pages null: not known yet), {@code forms} forms found. */
    record Progress(int done, Integer pages, int forms) {
    }

    /** A form's json file staged under a temporary name, with how the form came out. */
    record StagedForm(StagedInput.StagedFile json, perfdecl.model.FormStatus status) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private WorkerProtocol() {
    }

    static String request(long id, Path file, String sha256, Path outDir, CsvDialect csv) {
        return request(id, file, sha256, outDir, csv, Language.ZH);
    }

    static String request(long id, Path file, String sha256, Path outDir, CsvDialect csv, Language language) {
        return request(id, file, sha256, outDir, csv, language, 1, null);
    }

    static String request(long id, Path file, String sha256, Path outDir, CsvDialect csv, Language language,
                          int jobs, Checkpoint from) {
        return write(new Request(id, file.toAbsolutePath(), sha256, outDir.toAbsolutePath(), csv.id(),
                language.tag(), jobs, from));
    }

    static Request parseRequest(String line) throws IOException {
        Request r = JSON.readValue(line, Request.class);
        if (r.file() == null || r.outDir() == null) {
            throw new IOException("malformed request: " + line);
        }
        return r;
    }

    static String response(long id, StagedInput staged) {
        return write(new Response(id, staged, null, null, null, null));
    }

    static String progress(long id, int done, Integer pages, int forms) {
        return write(new Response(id, null, new Progress(done, pages, forms), null, null, null));
    }

    static String form(long id, StagedInput.StagedFile json, perfdecl.model.FormStatus status) {
        return write(new Response(id, null, null, new StagedForm(json, status), null, null));
    }

    static String checkpoint(long id, Checkpoint checkpoint) {
        return write(new Response(id, null, null, null, checkpoint, null));
    }

    static String cpu(long id, long nanos) {
        return write(new Response(id, null, null, null, null, nanos));
    }

    /** Stop reading the file of request {@code stop}: its time ran out (the form it was reading is handed over). */
    record Stop(long stop) {
    }

    private static final String STOP = "{\"stop\":";

    static String stop(long id) {
        return write(new Stop(id));
    }

    /** The request id a stop line names; null when {@code line} is no stop line. */
    static Long parseStop(String line) throws IOException {
        return line.startsWith(STOP) ? JSON.readValue(line, Stop.class).stop() : null;
    }

    static Response parseResponse(String line) throws IOException {
        Response r = JSON.readValue(line, Response.class);
        boolean answer = r.staged() != null && r.staged().report() != null;
        if (!answer && r.progress() == null && (r.form() == null || r.form().json() == null)
                && r.checkpoint() == null && r.cpu() == null) {
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
