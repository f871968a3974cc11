package perfdecl.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The lines a batch and its worker process exchange, one JSON object per line: the worker announces
 * {@link #READY}; each request names an input and the output folder ({@link Request}); each response is the
 * {@link StagedInput}: the report line, the declaration ids and the files the worker wrote under temporary names.
 * The declarations themselves never cross the pipe.
 */
final class WorkerProtocol {

    static final String READY = "{\"ready\":true}";

    /** Extract {@code file} and stage its output in {@code outDir}. */
    record Request(Path file, Path outDir) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private WorkerProtocol() {
    }

    static String request(Path file, Path outDir) {
        return write(new Request(file.toAbsolutePath(), outDir.toAbsolutePath()));
    }

    static Request parseRequest(String line) throws IOException {
        Request r = JSON.readValue(line, Request.class);
        if (r.file() == null || r.outDir() == null) {
            throw new IOException("malformed request: " + line);
        }
        return r;
    }

    static String response(StagedInput staged) {
        return write(staged);
    }

    static StagedInput parseResponse(String line) throws IOException {
        StagedInput staged = JSON.readValue(line, StagedInput.class);
        if (staged.report() == null) {
            throw new IOException("response without a report");
        }
        return staged;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
