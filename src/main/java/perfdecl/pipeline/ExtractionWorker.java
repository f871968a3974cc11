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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The main class of a worker process: reads request lines from stdin and extracts their files on as many threads as
 * its argument says (one by default), writes each file's output under temporary names and answers one response line
 * per request on stdout (see {@link WorkerProtocol}) until stdin closes. The threads share one JIT and one heap:
 * two workers side by side had each compiled the same code again. Nothing else ever reaches stdout:
 * {@code System.out} is pointed at stderr and logging is off. A file that exhausts the heap ends the process
 * ({@code -XX:+ExitOnOutOfMemoryError}); the batch starts another worker and asks for the files again (see
 * {@link ExtractionLane#inWorker}).
 */
public final class ExtractionWorker {

    /**
     * Set by tests only: a file whose name contains {@code halt-worker} halts the worker (exit 137), one with
     * {@code halt-after-write} halts it once the file's output is staged, one with {@code stall-worker} makes it
     * sleep, one with {@code slow-worker} delays it 1.5 s, one with {@code oom-worker} makes it exhaust its heap.
     */
    static final String TEST_HOOKS = "perfdecl.worker.testHooks";

    private static final Logger ROOT = Logger.getLogger("");

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Writer protocol = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        LogManager.getLogManager().reset();
        ROOT.setLevel(Level.OFF);
        int threads = args.length > 0 ? Math.max(1, Integer.parseInt(args[0])) : 1;
        boolean hooks = Boolean.getBoolean(TEST_HOOKS);
        FileExtractor extractor = new FileExtractor(BatchExtraction.standardReaders());
        // the batch sends no more requests than there are threads, so the queue never holds more than a few
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        send(protocol, WorkerProtocol.READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            WorkerProtocol.Request request = WorkerProtocol.parseRequest(line);
            pool.execute(() -> answer(protocol, extractor, request, hooks));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
    }

    private static void answer(Writer protocol, FileExtractor extractor, WorkerProtocol.Request request,
                               boolean hooks) {
        long t0 = System.nanoTime();
        if (hooks) {
            misbehave(request.file());
        }
        StagedInput staged;
        try {
            staged = new ExtractionOutput(request.outDir(), request.dialect())
                    .stageOrFail(extractor.extract(request.file(), request.sha256()));
        } catch (RuntimeException | StackOverflowError e) {
            staged = StagedInput.without(FileExtractor.failed(request.file(), request.sha256(),
                    "extraction failed: " + e, t0).report());
        }
        if (hooks && String.valueOf(request.file().getFileName()).contains("halt-after-write")) {
            Runtime.getRuntime().halt(137);
        }
        try {
            send(protocol, WorkerProtocol.response(request.id(), staged));
        } catch (IOException e) {
            // the batch has gone; the process ends when stdin closes
        }
    }

    private static void send(Writer protocol, String line) throws IOException {
        synchronized (protocol) {
            protocol.write(line);
            protocol.write('\n');
            protocol.flush();
        }
    }

    private static void misbehave(Path file) {
        String name = String.valueOf(file.getFileName());
        if (name.contains("halt-worker")) {
            Runtime.getRuntime().halt(137);
        } else if (name.contains("slow-worker")) {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
