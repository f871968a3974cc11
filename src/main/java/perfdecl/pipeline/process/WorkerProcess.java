package perfdecl.pipeline.process;

import perfdecl.pipeline.ExtractionEvents;
import perfdecl.pipeline.StagedForms;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import perfdecl.pdf.OcrEngine;
import java.util.concurrent.atomic.AtomicLong;

import perfdecl.write.CsvDialect;
import perfdecl.write.Language;
import perfdecl.pipeline.Diagnostics;
import perfdecl.pipeline.StagedInput;

/**
 * One child JVM running {@link ExtractionWorker}, on the same class path, with its own heap, extracting up to
 * {@code threads} files at once. Asked for a file by several lanes together; each gets its own {@link Answer}: the
 * staged result, a timeout (the caller then kills the process), or the process's death — with whether it was killed
 * on purpose (another file's timeout) and how many files were in flight then, so that a lane can tell whether its
 * file may be the one that killed it. A dead process must be replaced. Thread-safe.
 */
public final class WorkerProcess implements AutoCloseable {

    /** The exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OOM_EXIT = 3;
    private static final Object DIED = new Object();

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<String> ready = new LinkedBlockingQueue<>();
    private final Map<Long, BlockingQueue<Object>> pending = new ConcurrentHashMap<>();
    /** Where each request in flight keeps its staged forms and progress, and whom it tells of progress. */
    private final Map<Long, Asking> asking = new ConcurrentHashMap<>();

    private record Asking(StagedForms staged, ExtractionEvents progress, AtomicLong cpu) {
    }
    private final AtomicLong ids = new AtomicLong();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private volatile boolean dead;
    private volatile boolean killed;
    private volatile int inFlightAtDeath;
    private String cause;

    private WorkerProcess(Process process) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        // the JVM itself writes some messages to stdout ("Terminating due to java.lang.OutOfMemoryError"):
        // only a JSON object is an answer
        daemon("perfdecl-worker-out", () -> pump(process.getInputStream(), this::keepOut, this::died));
        daemon("perfdecl-worker-err", () -> pump(process.getErrorStream(), this::keepErr, () -> { }));
    }

    /**
     * Files per worker from which the optimising compiler pays for itself where every core extracts: below it C1
     * alone costs less CPU (bench, a worker per job: 21.6 s against 26.7 s for 3,000 files on two workers), above it
     * C2's faster code wins (10,000 files: C1 workers took 1.58× the CPU of in-process threads).
     */
    public static final int LONG_RUN_FILES = 3000;

    /** A worker's heap at start, and its fixed young generation (bench: from 1,000 files one full collection each). */
    private static final int STEADY_HEAP_MB = 160;
    private static final int YOUNG_MB = 64;

    /** Bytes in a JVM size such as {@code 512m}, {@code 1g} or {@code 800000}. */
    public static long bytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        int shift = switch (unit) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        return Long.parseLong(shift == 0 ? size : size.substring(0, size.length() - 1)) << shift;
    }

    /**
     * Starts a worker extracting up to {@code threads} files at once and waits until it is ready to take them;
     * {@code longRun}: it will see many files.
     */
    static WorkerProcess start(String heap, int threads, Duration startTimeout, boolean longRun, String ocr)
            throws IOException {
        List<String> command = command(heap, threads, longRun, ocr);
        WorkerProcess worker = new WorkerProcess(ChildJvm.process(command).start());
        String first;
        try {
            first = worker.ready.poll(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.close();
            throw new IOException("interrupted while starting a worker");
        }
        if (!WorkerProtocol.READY.equals(first)) {
            String why = first == null ? "no answer within " + startTimeout.toSeconds() + " s" : worker.deathCause();
            worker.close();
            throw new IOException("worker process did not start: " + why);
        }
        return worker;
    }

    /** The worker's command line with the default OCR engine. */
    public static List<String> command(String heap, int threads, boolean longRun) {
        return command(heap, threads, longRun, OcrEngine.DEFAULT);
    }

    /**
     * The worker's command line: its heap, collector and compiler settings for {@code threads} threads, and the
     * OCR engine it reads scans with.
     */
    public static List<String> command(String heap, int threads, boolean longRun, String ocr) {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.java());
        command.add("-Xmx" + heap);
        // each extraction thread allocates about 15 MB per file and holds its file's objects while it works: with
        // the young generation shared, two threads collected as often per file as one but copied twice the live
        // data each time (the parallel collector took 11.5 s of CPU for 10,000 files, the serial one with one
        // thread 6.6 s); a young generation per thread keeps the collections per file and their cost the same
        int young = YOUNG_MB * threads;
        int start = STEADY_HEAP_MB + young - YOUNG_MB;
        if (bytes(heap) >= (2L * start) << 20) {
            // the JVM would start with 1/64 of the machine's memory and let promoted garbage fill it, so that a
            // worker's footprint grew with the files it had seen; a young generation big enough for one file's
            // objects to die young and a small start keep it where the live data (about 40 MB) needs it
            command.add("-Xms" + start + "m");
            command.add("-Xmn" + young + "m");
            // touched once at start, the heap's footprint is the same after 100 files as after 10,000
            command.add("-XX:+AlwaysPreTouch");
            // fontbox's TrueTypeFont has a finalizer: an embedded font outlives its document by a collection or two
            // and reaches the old generation, so a full collection finds it still reachable and, at the default
            // 40 % free wanted, grew the heap (bench: 259 → 344 MB RSS over 10,000 files); grow only when nearly full
            command.add("-XX:MinHeapFreeRatio=10");
        }
        command.add("-XX:+ExitOnOutOfMemoryError");
        if (threads > 1) {
            // with one collector thread, every young collection stopped all the extraction threads while one core
            // worked (two jobs kept 1.76 cores busy); the parallel collector uses a thread per job
            command.add("-XX:+UseParallelGC");
            command.add("-XX:ParallelGCThreads=" + threads);
            command.add("-XX:-UseAdaptiveSizePolicy");
        } else {
            command.add("-XX:+UseSerialGC");
        }
        if (!longRun) {
            // on short runs C2 on top of C1 costs more CPU than its faster code saves
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(ChildJvm.running(System.getProperty(ExtractionWorker.MAIN_CLASS,
                ExtractionWorker.class.getName())));
        command.add(String.valueOf(threads));
        command.add(ocr);
        return command;
    }

    boolean isDead() {
        return dead;
    }

    /**
     * What became of one file: {@code result} when the worker answered; else {@code failure} says why not, with
     * {@code timedOut} when the file overran the timeout (the process is still running it), or else the process
     * died: {@code killed} when on purpose, for another file's timeout, and {@code inFlight} files with it.
     */
    public record Answer(StagedInput result, String failure, boolean timedOut, boolean killed, int inFlight) {
        static Answer of(StagedInput result) {
            return new Answer(result, null, false, false, 0);
        }
    }

    /**
     * Asks for {@code file} (SHA-256 {@code sha256}, or null for the worker to work it out), its output staged in
     * {@code outDir} with table rows in {@code csv} and messages in {@code language}, and waits for the answer as
     * long as the worker reports progress within {@code staged}'s time limit (per page); the forms it stages on
     * the way are kept in {@code staged}, its progress told to {@code progress}.
     */
    Answer ask(Path file, String sha256, Path outDir, CsvDialect csv, Language language, StagedForms staged,
               ExtractionEvents progress) {
        return ask(file, sha256, outDir, csv, language, staged, progress, 1, null);
    }

    /**
     * {@link #ask(Path, String, Path, CsvDialect, Language, StagedForms, ExtractionEvents)}, pages on {@code jobs}
     * threads, read on from {@code from} (null: page 1).
     */
    Answer ask(Path file, String sha256, Path outDir, CsvDialect csv, Language language, StagedForms staged,
               ExtractionEvents progress, int jobs, perfdecl.pipeline.Checkpoint from) {
        long id = ids.incrementAndGet();
        BlockingQueue<Object> answer = new ArrayBlockingQueue<>(1);
        // the file's time is the CPU its reading thread spends in the worker, as the worker tells it
        AtomicLong cpu = new AtomicLong();
        staged.measure(cpu::get);
        asking.put(id, new Asking(staged, progress, cpu));
        pending.put(id, answer);
        try {
            if (dead) {
                return death();
            }
            staged.startClock();
            try {
                synchronized (requests) {
                    requests.write(WorkerProtocol.request(id, file, sha256, outDir, csv, language, jobs, from));
                    requests.write('\n');
                    requests.flush();
                }
            } catch (IOException e) {
                return death();
            }
            Object got = null;
            try {
                while (got == null) {
                    long left = staged.millisLeft();
                    if (left <= 0) {
                        // the worker is told to stop the file, whose reader hands over the form it was reading
                        // before the file answers; waited for a little, as the caller kills the process next
                        String why = staged.timeoutReason();
                        staged.stop();
                        stop(id);
                        answer.poll(staged.stopMillis(), TimeUnit.MILLISECONDS);
                        return new Answer(null, why, true, false, 0);
                    }
                    got = answer.poll(left, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(null, "interrupted", true, false, 0);
            }
            if (got == DIED) {
                return death();
            }
            return Answer.of((StagedInput) got);
        } finally {
            pending.remove(id);
            asking.remove(id);
        }
    }

    private void stop(long id) {
        try {
            synchronized (requests) {
                requests.write(WorkerProtocol.stop(id));
                requests.write('\n');
                requests.flush();
            }
        } catch (IOException e) {
            // the process has gone: nothing is read any more
        }
    }

    private Answer death() {
        return new Answer(null, deathCause(), false, killed, inFlightAtDeath);
    }

    private synchronized String deathCause() {
        if (cause == null) {
            cause = exitCause();
        }
        return cause;
    }

    private String exitCause() {
        int code;
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                return "worker stopped answering";
            }
            code = process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "worker stopped answering";
        }
        boolean oom;
        synchronized (stderrTail) {
            oom = stderrTail.stream().anyMatch(l -> l.contains("OutOfMemoryError"));
        }
        if (code == OOM_EXIT || oom) {
            return "worker ran out of memory";
        }
        return "worker crashed (exit code " + code + ")";
    }

    /** Kills the process on purpose (a file overran the timeout, or the batch is over). */
    @Override
    public void close() {
        if (!dead) {
            killed = true;
            dead = true;
        }
        try {
            synchronized (requests) {
                requests.close();
            }
        } catch (IOException e) {
            // the process is going anyway
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How every answer but {@link WorkerProtocol#READY} begins. */
    private static final String RESPONSE = "{\"id\":";

    /**
     * Where the worker's answer begins in a line of its stdout, -1 when the line holds none: native code (the OCR
     * engine's) writes to the same stdout, unflushed, so its text may stand before an answer on the same line.
     */
    static int answerStart(String line) {
        if (line.startsWith("{")) {
            return 0;
        }
        if (line.endsWith(WorkerProtocol.READY)) {
            return line.length() - WorkerProtocol.READY.length();
        }
        return line.indexOf(RESPONSE);
    }

    private void keepOut(String line) {
        if (WorkerProtocol.READY.equals(line)) {
            ready.add(line);
        } else if (answerStart(line) > 0) {
            int at = answerStart(line);
            keepErr(line.substring(0, at));
            keepOut(line.substring(at));
        } else if (line.startsWith("{")) {
            WorkerProtocol.Response r;
            try {
                r = WorkerProtocol.parseResponse(line);
            } catch (IOException | RuntimeException e) {
                keepErr("worker answered garbage: " + e.getMessage());
                return;
            }
            if (r.staged() == null) {
                Asking a = asking.get(r.id());
                if (a != null && r.cpu() != null) {
                    a.cpu().set(r.cpu());
                } else if (a != null && r.progress() != null) {
                    a.staged().progress(r.progress().done(), r.progress().pages());
                    a.progress().progress(r.progress().done(), r.progress().pages(), r.progress().forms());
                } else if (a != null && r.form() != null) {
                    a.staged().add(r.form().json(), null, r.form().status());
                } else if (a != null) {
                    a.staged().checkpoint(r.checkpoint());
                }
                return;
            }
            BlockingQueue<Object> answer = pending.get(r.id());
            if (answer != null) {
                answer.offer(r.staged());
            }
        } else {
            keepErr(line);
        }
    }

    /** The process's stdout has ended: every file still in flight learns it died with it. */
    private void died() {
        inFlightAtDeath = pending.size();
        dead = true;
        ready.offer("");
        for (BlockingQueue<Object> answer : pending.values()) {
            answer.offer(DIED);
        }
    }

    private void keepErr(String line) {
        if (Diagnostics.enabled()) {
            System.err.println(line);
        }
        synchronized (stderrTail) {
            stderrTail.addLast(line);
            if (stderrTail.size() > 20) {
                stderrTail.removeFirst();
            }
        }
    }

    private interface LineSink {
        void accept(String line);
    }

    private static void pump(InputStream stream, LineSink sink, Runnable atEnd) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // the process died or was destroyed
        }
        atEnd.run();
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }
}
