package perfdecl.pipeline.process;

import perfdecl.pipeline.InputResult;
import perfdecl.pipeline.ExtractionEvents;
import perfdecl.pipeline.StagedForms;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import perfdecl.pdf.OcrEngine;
import perfdecl.pipeline.Diagnostics;
import perfdecl.pipeline.ExtractionOutput;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.StagedInput;
import perfdecl.pipeline.StopSignals;
import perfdecl.pipeline.ThreadCpu;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.ExtractionLane;

/**
 * The main class of a worker process: reads request lines from stdin and extracts their files on as many threads as
 * its argument says (one by default), writes each file's output under temporary names — each form as soon as it is
 * read — and answers one response line per request on stdout, after lines telling how far through its pages the
 * file is and which forms it has staged (see {@link WorkerProtocol}), until stdin closes. The threads share one JIT and one heap:
 * two workers side by side had each compiled the same code again. Nothing else ever reaches stdout:
 * {@code System.out} is pointed at stderr and logging is off unless {@link Diagnostics} are on. A file that
 * exhausts the heap ends the process ({@code -XX:+ExitOnOutOfMemoryError}); the batch starts another worker and
 * asks for the files again (see {@link ExtractionLane#inWorker}). A file told to stop (its time ran out) is
 * interrupted, and answers once its reader has handed over the form it was reading.
 */
public final class ExtractionWorker {

    /**
     * Names the main class {@link WorkerProcess} starts instead of this one. Set by tests only, to start a worker
     * that misbehaves on purpose (it serves requests through {@link #serve} with {@link Hooks} of its own).
     */
    public static final String MAIN_CLASS = "perfdecl.worker.mainClass";

    /** What a worker does around each file besides extracting it: nothing, except in tests. */
    public interface Hooks {
        Hooks NONE = new Hooks() {
        };

        /** Before the file is extracted. */
        default void before(Path file) {
        }

        /** Once the file's output is staged, before its answer is sent. */
        default void staged(Path file) {
        }
    }

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        serve(args, Hooks.NONE);
    }

    /** Serves requests until stdin closes; {@code args}: the number of threads (one by default). */
    static void serve(String[] args, Hooks hooks) throws IOException, InterruptedException {
        serve(args, hooks, null);
    }

    /** {@link #serve(String[], Hooks)} with {@code extractor} (null: the standard readers), for tests. */
    static void serve(String[] args, Hooks hooks, FileExtractor given) throws IOException, InterruptedException {
        Writer protocol = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        Diagnostics.configure();
        StopSignals.inWorker();
        int threads = args.length > 0 ? Math.max(1, Integer.parseInt(args[0])) : 1;
        String ocr = args.length > 1 ? args[1] : OcrEngine.DEFAULT;
        FileExtractor extractor = given != null ? given : new FileExtractor(BatchExtraction.standardReaders(ocr));
        // the batch sends no more requests than there are threads, so the queue never holds more than a few
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        send(protocol, WorkerProtocol.READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Map<Long, Thread> running = new ConcurrentHashMap<>();
        Map<Long, ThreadCpu> spent = new ConcurrentHashMap<>();
        Set<Long> stopped = ConcurrentHashMap.newKeySet();
        tellCpu(protocol, spent);
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            Long stop = WorkerProtocol.parseStop(line);
            if (stop != null) {
                synchronized (running) {
                    Thread reading = running.get(stop);
                    if (reading != null) {
                        stopped.add(stop);
                        reading.interrupt();
                    }
                }
                continue;
            }
            WorkerProtocol.Request request = WorkerProtocol.parseRequest(line);
            pool.execute(() -> {
                running.put(request.id(), Thread.currentThread());
                spent.put(request.id(), ThreadCpu.ofCurrentThread());
                try {
                    answer(protocol, extractor, request, hooks, () -> stopped.contains(request.id()));
                } finally {
                    spent.remove(request.id());
                    synchronized (running) {
                        running.remove(request.id());
                        stopped.remove(request.id());
                        // a stop that came late must not cut the thread's next file short
                        Thread.interrupted();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
    }

    /**
     * Every {@link #CPU_TICK_MILLIS}, tells the batch the CPU time each file's reading thread has spent on it, which
     * the batch counts against the timeout; a daemon, from a thread of its own, so a file that spins in one page
     * is told too.
     */
    private static void tellCpu(Writer protocol, Map<Long, ThreadCpu> spent) {
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "perfdecl-worker-cpu");
            t.setDaemon(true);
            return t;
        });
        ticks.scheduleWithFixedDelay(() -> spent.forEach((id, cpu) -> {
            try {
                send(protocol, WorkerProtocol.cpu(id, cpu.nanos()));
            } catch (IOException | RuntimeException e) {
                // the batch has gone; the process ends when stdin closes
            }
        }), CPU_TICK_MILLIS, CPU_TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** How often a worker tells the batch each file's CPU time: a fraction of any limit a user can give (1 s). */
    static final long CPU_TICK_MILLIS = 100;

    private static void answer(Writer protocol, FileExtractor extractor, WorkerProtocol.Request request,
                               Hooks hooks, BooleanSupplier stopped) {
        long t0 = System.nanoTime();
        hooks.before(request.file());
        ExtractionOutput output = new ExtractionOutput(request.outDir(), request.dialect(), request.language());
        // the batch keeps its own time; here the forms are only held to write the table rows at the end
        StagedForms staged = new StagedForms(output, java.time.Duration.ofDays(1));
        staged.resumeFrom(request.from());
        StagedInput answer;
        try {
            InputResult result = extractor.extract(request.file(), request.sha256(),
                    new Reporting(protocol, request.id(), output, staged), request.pageJobs(), request.from());
            // a stopped file's forms, the one it was reading too, are the batch's to keep: none is deleted here
            if (stopped.getAsBoolean()) {
                staged.settled();
                answer = StagedInput.without(result.report());
            } else {
                answer = staged.complete(result.report());
            }
        } catch (RuntimeException | StackOverflowError e) {
            staged.discard();
            answer = StagedInput.without(FileExtractor.failed(request.file(), request.sha256(),
                    "extraction failed: " + e, t0).report());
        }
        hooks.staged(request.file());
        try {
            send(protocol, WorkerProtocol.response(request.id(), answer));
        } catch (IOException e) {
            // the batch has gone; the process ends when stdin closes
        }
    }

    /** Stages each form as it comes and tells the batch, with the file's progress (signs of life at most 1/s). */
    private static final class Reporting implements ExtractionEvents {
        private final Writer protocol;
        private final long id;
        private final ExtractionOutput output;
        private final StagedForms staged;
        private int done;
        private Integer pages;
        private int forms;
        private long lastSent;

        Reporting(Writer protocol, long id, ExtractionOutput output, StagedForms staged) {
            this.protocol = protocol;
            this.id = id;
            this.output = output;
            this.staged = staged;
        }

        @Override
        public void progress(int pagesDone, Integer total, int found) {
            done = pagesDone;
            pages = total;
            forms = found;
            sendQuietly(WorkerProtocol.progress(id, done, pages, forms));
        }

        @Override
        public void checkpoint(perfdecl.pipeline.Checkpoint checkpoint) {
            staged.checkpoint(checkpoint);
            sendQuietly(WorkerProtocol.checkpoint(id, checkpoint));
        }

        @Override
        public void alive() {
            if (System.nanoTime() - lastSent > 1_000_000_000L) {
                sendQuietly(WorkerProtocol.progress(id, done, pages, forms));
            }
        }

        @Override
        public void declaration(perfdecl.model.Declaration d, perfdecl.model.FormStatus status) {
            StagedInput.StagedFile json;
            try {
                json = output.stageJson(d);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            staged.add(json, d, status);
            sendQuietly(WorkerProtocol.form(id, json, status));
        }

        private void sendQuietly(String line) {
            lastSent = System.nanoTime();
            try {
                send(protocol, line);
            } catch (IOException e) {
                // the batch has gone; the process ends when stdin closes
            }
        }
    }

    private static void send(Writer protocol, String line) throws IOException {
        synchronized (protocol) {
            protocol.write(line);
            protocol.write('\n');
            protocol.flush();
        }
    }
}
