package perfdecl.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

import perfdecl.model.Declaration;
import perfdecl.model.FormStatus;
import perfdecl.model.InputReport;
import perfdecl.write.DeclarationJsonLinesWriter;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.process.ExtractionWorker;

/**
 * Extracts inputs handed over as streams — files of a cluster's file system, read where the work runs — into the
 * rows they contribute to the extract tables ({@link InputRows}), with the same {@link FileExtractor} and caps as
 * {@code extract}. Each stream is copied to a temporary file (the readers need random access) while its SHA-256
 * is worked out; the file is then extracted on a thread of its own within the timeout.
 *
 * <p>What is contained, and what not: a refusal, a defect of ours and an {@code OutOfMemoryError} thrown on the
 * extraction thread each become a failed row with the reason; so does a file that runs past the timeout, but its
 * thread cannot be killed: it is interrupted and abandoned (a daemon), and keeps a core until it ends or the JVM
 * does. A file that ends the JVM itself (a native crash, an out-of-memory error that strikes another thread) takes
 * down whatever runs it; the caps exist so that no file does. Thread-safe.
 */
public final class StreamExtraction {

    /** Where an input's bytes come from; opened once. */
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Names a class of {@link ExtractionWorker.Hooks} (public, with a public no-argument constructor) run around
     * each file instead of none. Set by tests only, to make files misbehave on purpose, as
     * {@link ExtractionWorker#MAIN_CLASS} does for worker processes.
     */
    static final String HOOKS = "perfdecl.stream.hooks";

    private static final ConcurrentMap<String, ExtractionWorker.Hooks> HOOK_INSTANCES = new ConcurrentHashMap<>();

    private static final ConcurrentMap<Duration, StreamExtraction> SHARED = new ConcurrentHashMap<>();

    private final FileExtractor extractor;
    private final Duration timeout;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "perfdecl-stream-extract");
        t.setDaemon(true);
        return t;
    });

    StreamExtraction(FileExtractor extractor, Duration timeout) {
        this.extractor = extractor;
        this.timeout = timeout;
    }

    /** One instance per timeout and JVM, so that a JVM running many tasks builds the readers once. */
    public static StreamExtraction shared(Duration timeout) {
        return SHARED.computeIfAbsent(timeout,
                t -> new StreamExtraction(new FileExtractor(BatchExtraction.standardReaders()), t));
    }

    /**
     * Extracts the input at {@code path} named {@code name}; empty when its SHA-256 is {@code done}. Never throws
     * for a bad input: it is a failed row with the reason.
     *
     * @throws InterruptedException when the calling thread is interrupted (its task is being cancelled)
     */
    public Optional<InputRows> extract(String path, String name, Source source, Predicate<String> done)
            throws InterruptedException {
        long t0 = System.nanoTime();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("perfdecl-input-");
            Path file = dir.resolve(fileName(name));
            String sha;
            try {
                sha = copy(source, file);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                return Optional.of(rows(path, FileExtractor.failed(file, null, "cannot read: " + e.getMessage(), t0)));
            }
            if (done.test(sha)) {
                return Optional.empty();
            }
            return Optional.of(rows(path, extractWithin(file, sha, t0)));
        } catch (IOException e) {
            return Optional.of(rows(path, FileExtractor.failed(Path.of(fileName(name)), null,
                    "cannot stage it for extraction: " + e.getMessage(), t0)));
        } finally {
            delete(dir);
        }
    }

    private InputResult extractWithin(Path file, String sha, long t0) throws InterruptedException {
        PageClock clock = new PageClock(timeout);
        List<Finished> done = Collections.synchronizedList(new ArrayList<>());
        ExtractionEvents events = new ExtractionEvents() {
            @Override
            public void progress(int pagesDone, Integer pages, int forms) {
                clock.progress(pagesDone, pages);
            }

            @Override
            public void alive() {
                clock.alive();
            }

            @Override
            public void declaration(Declaration declaration, FormStatus status) {
                done.add(new Finished(declaration, status));
                clock.alive();
            }
        };
        StoppableRead<InputResult> read = new StoppableRead<>(threads, () -> {
            hooks().before(file);
            return extractor.extract(file, sha, events);
        });
        clock.measure(read::cpuNanos);
        try {
            while (true) {
                long left = clock.millisLeft();
                if (left > 0) {
                    try {
                        InputResult r = read.get(left);
                        return new InputResult(r.report(), r.report().extracted() ? declarations(done) : List.of());
                    } catch (TimeoutException e) {
                        continue; // progress may have moved the limit on
                    }
                }
                // the page reached is the one the time ran out on; interrupted, the reader hands over the form it
                // was reading and stops, and is waited for a little (an abandoned reader may go on a while)
                String why = clock.timeoutReason();
                clock.stop();
                read.stop(clock.stopMillis());
                return cutShort(file, sha, why, clock, done, t0);
            }
        } catch (ExecutionException e) {
            return FileExtractor.failed(file, sha, "extraction failed: " + e.getCause(), t0);
        } catch (InterruptedException e) {
            read.cancel();
            throw e;
        }
    }

    /** A form handed over by the reader, with how it came out. */
    private record Finished(Declaration declaration, FormStatus status) {
    }

    private static List<Declaration> declarations(List<Finished> done) {
        synchronized (done) {
            return done.stream().map(Finished::declaration).toList();
        }
    }

    /**
     * Out of time ({@code why}): the forms finished before, and the one the reader was reading when stopped, are
     * kept (the abandoned reader may still add to {@code done}).
     */
    private static InputResult cutShort(Path file, String sha, String why, PageClock clock, List<Finished> done,
                                        long t0) {
        List<Finished> kept;
        synchronized (done) {
            kept = List.copyOf(done);
        }
        if (kept.isEmpty()) {
            return FileExtractor.failed(file, sha, why, t0);
        }
        InputReport report = CutShort.report(file.getFileName().toString(), sha, why,
                FileExtractor.millis(t0), kept.stream().map(Finished::status).toList(), clock);
        return new InputResult(report, kept.stream().map(Finished::declaration).toList());
    }

    /** The result as rows; an input whose rows cannot be made is failed with the reason, as a full disk is. */
    private static InputRows rows(String path, InputResult result) {
        InputReport r = result.report();
        try {
            Map<String, List<List<Object>>> tables = new HashMap<>();
            for (String table : TableLayout.TABLES) {
                if (!TableLayout.RUN.equals(table)) {
                    tables.put(table, TableLayout.rows(table, result.declarations(), r));
                }
            }
            StringWriter json = new StringWriter();
            new DeclarationJsonLinesWriter().write(result.declarations(), json);
            List<String> lines = json.toString().lines().toList();
            return new InputRows(path, r.file(), r.sha256(), r.status(), r.reason(), r.forms(), r.pages(), r.ms(),
                    tables, lines);
        } catch (IOException | RuntimeException e) {
            return new InputRows(path, r.file(), r.sha256(), InputReport.FAILED,
                    "cannot write its output: " + e, 0, r.pages(), r.ms(), Map.of(), List.of());
        }
    }

    /** Copies the stream to {@code file}; returns its SHA-256. */
    private static String copy(Source source, Path file) throws IOException {
        MessageDigest md = FileDigest.newSha256();
        try (InputStream in = new DigestInputStream(source.open(), md); OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
        return FileDigest.hex(md);
    }

    /** The input's own name where this file system takes it, since readers go by the extension. */
    private static String fileName(String name) {
        try {
            if (name != null && !name.isBlank() && !name.contains("/") && !name.contains("\\")
                    && name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 200) {
                Path.of(name);
                return name;
            }
        } catch (InvalidPathException e) {
            // falls through
        }
        String extension = name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
        return "input." + (extension.matches("[A-Za-z0-9]{1,8}") ? extension : "bin");
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a file an abandoned thread still holds; the temporary folder is the system's to clear
        }
    }

    /** What runs around each file: nothing, unless a test names a class of its own in {@link #HOOKS}. */
    private static ExtractionWorker.Hooks hooks() {
        String name = System.getProperty(HOOKS);
        return name == null ? ExtractionWorker.Hooks.NONE : HOOK_INSTANCES.computeIfAbsent(name, n -> {
            try {
                return (ExtractionWorker.Hooks) Class.forName(n).getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot start the hooks " + n + ": " + e, e);
            }
        });
    }
}
