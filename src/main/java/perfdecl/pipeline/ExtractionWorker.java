package perfdecl.pipeline;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The main class of a worker process: reads one request line at a time from stdin, extracts the file, writes its
 * output under temporary names and answers one response line on stdout (see {@link WorkerProtocol}) until stdin
 * closes. Nothing else ever
 * reaches stdout: {@code System.out} is pointed at stderr and logging is off. A file that exhausts the heap ends
 * the process ({@code -XX:+ExitOnOutOfMemoryError}); the batch reports it and starts another worker.
 */
public final class ExtractionWorker {

    /**
     * Set by tests only: a file whose name contains {@code halt-worker} halts the worker (exit 137), one with
     * {@code halt-after-write} halts it once the file's output is staged, one with {@code stall-worker} makes it
     * sleep, one with {@code oom-worker} makes it exhaust its heap.
     */
    static final String TEST_HOOKS = "perfdecl.worker.testHooks";

    private static final Logger ROOT = Logger.getLogger("");

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        Writer protocol = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        LogManager.getLogManager().reset();
        ROOT.setLevel(Level.OFF);
        boolean hooks = Boolean.getBoolean(TEST_HOOKS);
        FileExtractor extractor = new FileExtractor(BatchExtraction.standardReaders());
        send(protocol, WorkerProtocol.READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            WorkerProtocol.Request request = WorkerProtocol.parseRequest(line);
            if (hooks) {
                misbehave(request.file());
            }
            StagedInput staged = new ExtractionOutput(request.outDir()).stageOrFail(extractor.extract(request.file()));
            if (hooks && String.valueOf(request.file().getFileName()).contains("halt-after-write")) {
                Runtime.getRuntime().halt(137);
            }
            send(protocol, WorkerProtocol.response(staged));
        }
    }

    private static void send(Writer protocol, String line) throws IOException {
        protocol.write(line);
        protocol.write('\n');
        protocol.flush();
    }

    private static void misbehave(Path file) {
        String name = String.valueOf(file.getFileName());
        if (name.contains("halt-worker")) {
            Runtime.getRuntime().halt(137);
        } else if (name.contains("stall-worker")) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (name.contains("oom-worker")) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
    }
}
