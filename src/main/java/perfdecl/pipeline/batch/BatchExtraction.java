package perfdecl.pipeline.batch;

import perfdecl.pipeline.Checkpoint;
import perfdecl.pipeline.ExtractionEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import perfdecl.grid.GridReader;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.parse.TemplateCatalog;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.PdfGridReader;
import perfdecl.pdf.PdfLimits;
import perfdecl.text.OcrTextReader;
import perfdecl.write.CsvDialect;
import perfdecl.write.Language;
import perfdecl.pipeline.ExtractionOutput;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.StagedInput;
import perfdecl.pipeline.process.Isolation;
import perfdecl.pipeline.process.WorkerProcess;
import perfdecl.pipeline.process.WorkerSlot;
import perfdecl.pipeline.review.ReviewCorrections;

/**
 * Runs an extraction over many inputs, {@code jobs} files at a time: each file on its own, in a worker process
 * or in this process (see {@link Isolation}), within a timeout; a failure — a refusal, a crash, a worker out of
 * memory, a timeout — is recorded and the batch goes on. Whoever extracts an input writes its json files and
 * table rows under temporary names; this class puts them in place as soon as it is told, then a marker saying
 * the input is done, so that a resumed run skips it; the aggregated files are written at the end, in input
 * order, from the rows. Each lane takes an input only when it is free to extract it; the next input is hashed and
 * the previous one committed on threads of their own while a file is extracted. An input whose content came
 * earlier in the same run is skipped as a duplicate.
 */
public final class BatchExtraction {

    /**
     * With {@link Isolation#AUTO}, worker processes from this many files, with one job as with several: in a batch
     * one file that exhausts the heap or hangs must not end the run, and a worker with its own small heap and
     * serial collector was also faster than this process's defaults from a few hundred files on (bench/RESULTS.md).
     * Below it, a worker's start (about a second) is not worth paying; the {@link perfdecl.pdf.PdfLimits caps} and
     * the in-process timeout are the defence.
     */
    public static final int ISOLATE_FROM = 8;

    /**
     * @param outDir     where the outputs go
     * @param jobs       files extracted in parallel (1 or more)
     * @param xlsx       also write {@code declarations.xlsx}
     * @param isolation  where files are parsed
     * @param timeout    most time one file may take
     * @param workerHeap a worker's {@code -Xmx}, such as {@code 1g}
     * @param resume     skip inputs whose content already has complete output in {@code outDir}
     * @param csv        the dialect of every CSV written
     * @param corrections a review's {@code corrections.jsonl} to apply; null: {@code outDir/corrections.jsonl}
     *                    when there is one
     * @param ocr        the OCR engine scans are read with ({@link OcrEngine#NAMES})
     * @param language   the language of the findings' messages in findings.csv and the workbook
     */
    public record Options(Path outDir, int jobs, boolean xlsx, Isolation isolation, Duration timeout,
                          String workerHeap, boolean resume, CsvDialect csv, Path corrections, String ocr,
                          Language language) {

        /** No corrections file other than the output folder's own; the default OCR engine. */
        public Options(Path outDir, int jobs, boolean xlsx, Isolation isolation, Duration timeout,
                       String workerHeap, boolean resume, CsvDialect csv) {
            this(outDir, jobs, xlsx, isolation, timeout, workerHeap, resume, csv, null);
        }

        /** The default OCR engine. */
        public Options(Path outDir, int jobs, boolean xlsx, Isolation isolation, Duration timeout,
                       String workerHeap, boolean resume, CsvDialect csv, Path corrections) {
            this(outDir, jobs, xlsx, isolation, timeout, workerHeap, resume, csv, corrections, OcrEngine.DEFAULT);
        }

        /** The findings' messages in Chinese. */
        public Options(Path outDir, int jobs, boolean xlsx, Isolation isolation, Duration timeout,
                       String workerHeap, boolean resume, CsvDialect csv, Path corrections, String ocr) {
            this(outDir, jobs, xlsx, isolation, timeout, workerHeap, resume, csv, corrections, ocr, Language.ZH);
        }

        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
        public static final String DEFAULT_WORKER_HEAP = "1g";
        /** The OCR engine scans are read with unless another is named. */
        public static final String DEFAULT_OCR = OcrEngine.DEFAULT;
        /** The OCR engines that can be named: {@code rapidocr}, {@code tesseract}, {@code none}. */
        public static final List<String> OCR_ENGINES = OcrEngine.NAMES;

        public Options {
            OcrEngine.named(ocr);
        }

        /** Automatic isolation, the default timeout, worker heap and OCR engine, no resume. */
        public Options(Path outDir, int jobs, boolean xlsx) {
            this(outDir, jobs, xlsx, Isolation.AUTO, DEFAULT_TIMEOUT, DEFAULT_WORKER_HEAP, false);
        }

        /** CSVs in the {@link CsvDialect#EXCEL excel} dialect. */
        public Options(Path outDir, int jobs, boolean xlsx, Isolation isolation, Duration timeout,
                       String workerHeap, boolean resume) {
            this(outDir, jobs, xlsx, isolation, timeout, workerHeap, resume, CsvDialect.EXCEL);
        }

    }

    /** An input's outcome as the run keeps it: the report line and the ids of its declarations' json files. */
    record Outcome(InputReport report, List<String> ids, boolean contributes) {
    }

    private final FileExtractor extractor;
    /** What stopped the run (a signal's name), null while it goes on; and its lanes while they run. */
    private volatile String stopped;
    private volatile ExecutorService lanesNow;

    /** A batch that reads files with the {@link #standardReaders(String) standard readers} for its OCR engine. */
    public BatchExtraction() {
        this(null);
    }

    /** A batch that reads files in this process with {@code extractor}, whatever OCR engine its options name. */
    BatchExtraction(FileExtractor extractor) {
        this.extractor = extractor;
    }

    /** The readers in the order they are asked whether they accept a file, with the default OCR engine. */
    public static List<GridReader> standardReaders() {
        return standardReaders(OcrEngine.DEFAULT);
    }

    /** The readers in the order they are asked whether they accept a file, scans read with the {@code ocr} engine. */
    public static List<GridReader> standardReaders(String ocr) {
        return List.of(new PdfGridReader(PdfLimits.STANDARD, OcrEngine.named(ocr), TemplateCatalog.titles()),
                new OcrTextReader(TemplateCatalog.titles()));
    }

    /** Whether a run of {@code files} inputs with these options parses in worker processes. */
    public static boolean isolates(Options options, int files) {
        return switch (options.isolation()) {
            case WORKERS -> true;
            case IN_PROCESS -> false;
            case AUTO -> files >= ISOLATE_FROM;
        };
    }

    /**
     * Stops the run ({@code why}: a signal's name), from any thread: no file is begun any more, and the files being
     * read are interrupted and dropped, their output not committed (a resumed run extracts them); the files done
     * before are committed whole. {@link #run} then returns once every reader has left the OCR runtime, with the
     * report of the files done, the others listed {@code skipped} ({@link #INTERRUPTED}), and
     * {@link RunReport#interrupted} saying why; run.json and the tables are written from it.
     */
    public void stop(String why) {
        stopped = why;
        ExecutorService lanes = lanesNow;
        if (lanes != null) {
            lanes.shutdownNow();
        }
    }

    /** What run.json says of an input the run was stopped before it extracted. */
    public static final String INTERRUPTED = "not extracted: the run was interrupted";

    public RunReport run(List<Path> inputs, Options options, ProgressListener listener) throws IOException {
        List<Path> files = InputFiles.collect(inputs);
        listener.started(files.size());
        ExtractionOutput output = new ExtractionOutput(options.outDir(), options.csv(), options.language());
        DoneMarkers done = new DoneMarkers(options.outDir(), output);
        ReviewCorrections corrections = ReviewCorrections.load(
                ReviewCorrections.locate(options.corrections(), options.outDir()));
        List<Outcome> outcomes;
        try {
            outcomes = extractAll(files, options, output, done, corrections, listener);
        } finally {
            output.sweepTemporaries();
        }
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                // a stopped run never began this input, or dropped it when the stop cut it short
                outcomes.set(i, new Outcome(new InputReport(String.valueOf(files.get(i).getFileName()), null,
                        InputReport.SKIPPED, INTERRUPTED, 0, null, 0), List.of(), false));
            }
        }
        if (!corrections.isEmpty()) {
            BatchCorrections.apply(outcomes, output, corrections, listener);
        }
        List<InputReport> reports = new ArrayList<>();
        List<String> contributing = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, String> firstBySha = new HashMap<>();
        for (Outcome o : outcomes) {
            InputReport rep = o.report();
            String sha = rep.sha256();
            boolean contributes = o.contributes();
            if (contributes && firstBySha.containsKey(sha)) {
                rep = new InputReport(rep.file(), sha, InputReport.SKIPPED,
                        "same content as " + firstBySha.get(sha), 0, rep.pages(), rep.ms());
            } else {
                if (contributes) {
                    firstBySha.put(sha, rep.file());
                    contributing.add(sha);
                }
                ids.addAll(o.ids());
            }
            reports.add(rep);
        }
        RunReport report = stopped == null ? RunReport.of(reports) : RunReport.of(reports).interruptedBy(stopped);
        output.writeTables(contributing, ids, report, options.xlsx());
        listener.done(report);
        return report;
    }

    private List<Outcome> extractAll(List<Path> files, Options options, ExtractionOutput output, DoneMarkers done,
                                     ReviewCorrections corrections, ProgressListener listener) throws IOException {
        int lanes = Math.max(1, Math.min(options.jobs(), files.size()));
        boolean isolate = isolates(options, files.size());
        int pageJobs = pageJobs(options.jobs(), lanes, isolate ? WorkerProcess.bytes(options.workerHeap())
                : Runtime.getRuntime().maxMemory());
        ReadingThreads reading = new ReadingThreads(ReadingThreads.END_WAIT);
        ExecutorService helpers = reading.threads();
        ExecutorService pool = Executors.newFixedThreadPool(lanes, daemon("perfdecl-lane"));
        lanesNow = pool;
        if (stopped != null) {
            pool.shutdownNow();
        }
        ExecutorService digests = Executors.newSingleThreadExecutor(daemon("perfdecl-digest"));
        ExecutorService commits = Executors.newSingleThreadExecutor(daemon("perfdecl-commit"));
        Outcome[] outcomes = new Outcome[files.size()];
        AheadDigests inputs = new AheadDigests(files, digests);
        ContentClaims claims = new ContentClaims();
        WorkerSlot worker = new WorkerSlot(options.workerHeap(), lanes, options.timeout(),
                optimise(files.size(), lanes), options.outDir(), options.csv(), options.ocr(), options.language(),
                pageJobs);
        FileExtractor extractor = this.extractor != null ? this.extractor
                : new FileExtractor(standardReaders(options.ocr()));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int l = 0; l < lanes; l++) {
                running.add(pool.submit(() -> {
                    try (ExtractionLane lane = isolate
                            ? ExtractionLane.inWorker(worker,
                                    ExtractionLane.inProcess(extractor, output, helpers, options.timeout(), pageJobs))
                            : ExtractionLane.inProcess(extractor, output, helpers, options.timeout(), pageJobs)) {
                        // While a file is extracted, the next one is hashed and the previous one committed, so
                        // that the extractor never waits for this process's share of the work.
                        Future<?> committed = null;
                        for (int i = inputs.take(); i < files.size() && stopped == null; i = inputs.take()) {
                            String digest;
                            try {
                                digest = inputs.digest(i).get();
                            } catch (InterruptedException e) {
                                if (stopped == null) {
                                    throw e;
                                }
                                break;
                            }
                            // an input a review corrected is extracted afresh, so the corrections meet what was read
                            Finish finish = extractOne(i, files.get(i), digest, lane,
                                    options.resume() && !corrections.touches(digest), output, done, claims, listener,
                                    () -> stopped != null);
                            if (committed != null) {
                                awaitCommit(committed);
                            }
                            committed = null;
                            if (finish == null) {
                                break;
                            }
                            int index = i;
                            committed = commits.submit(() -> {
                                outcomes[index] = finish.call();
                                return null;
                            });
                        }
                        if (committed != null) {
                            awaitCommit(committed);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            return java.util.Arrays.asList(outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause);
        } finally {
            lanesNow = null;
            worker.close();
            pool.shutdownNow();
            digests.shutdownNow();
            if (stopped != null) {
                // a stopped run's files done are committed whole before it ends
                commits.shutdown();
                awaitUninterruptibly(commits);
            }
            commits.shutdownNow();
            // the process may exit once the batch returns: not under a reader still inside the OCR runtime
            if (!reading.end()) {
                System.err.println(reading.gaveUp());
            }
        }
    }

    /**
     * Waits for a file's commit; a stopped run's lane, interrupted, still waits for it, so that the file's output
     * is in place whole when the run ends.
     */
    private void awaitCommit(Future<?> committed) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                committed.get();
                return;
            } catch (InterruptedException e) {
                if (stopped == null) {
                    throw e;
                }
            }
        }
    }

    private static void awaitUninterruptibly(ExecutorService threads) {
        boolean interrupted = false;
        while (true) {
            try {
                if (threads.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Threads each file's pages may be read on: with fewer files than jobs, the jobs a lane leaves free, as far as
     * the heap allows; every range of a long scan renders pages of its own (a 256 MB worker heap ran out with two
     * ranges of a 101-page scan and not with one, bench/BUNDLES.md).
     */
    static int pageJobs(int jobs, int lanes, long heapBytes) {
        return (int) Math.max(1, Math.min(jobs / lanes, heapBytes / (lanes * RANGE_HEAP)));
    }

    /** Heap each page range of a scan is given room for. */
    private static final long RANGE_HEAP = 256L << 20;

    /**
     * The SHA-256 of input {@code index}, worked out on {@code digests}; null for a path that is not a readable
     * file, which its reader then reports.
     */
    /** What is left to do for an input once it is extracted: put its output in place and report it. */
    private interface Finish {
        Outcome call() throws IOException;
    }

    /**
     * Whether workers also run the optimising compiler: on long runs it pays for itself, and where the lanes leave a
     * core idle it compiles there for free (one worker on two cores: 15 s instead of 23 s for 1,000 files); where
     * every core extracts, short runs are cheaper without it.
     */
    static boolean optimise(int files, int lanes) {
        // one worker serves every lane, so it compiles once for all of them
        return files >= WorkerProcess.LONG_RUN_FILES || lanes < Runtime.getRuntime().availableProcessors();
    }

    /**
     * Extracts input {@code index} unless a resumed run has it already or an earlier copy claims its content; the
     * returned step commits its output and reports it.
     */
    private static Finish extractOne(int index, Path file, String sha, ExtractionLane lane, boolean resume,
                                     ExtractionOutput output, DoneMarkers done, ContentClaims claims,
                                     ProgressListener listener, BooleanSupplier stopped) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (sha != null) {
            Optional<DoneMarkers.Done> finished = resume ? done.find(sha) : Optional.empty();
            if (finished.isPresent()) {
                InputReport rep = new InputReport(name, sha, InputReport.SKIPPED, "already extracted",
                        finished.get().ids().size(), finished.get().pages(), 0);
                return reported(new Outcome(rep, finished.get().ids(), true), listener);
            }
            String earlier = claims.claim(sha, index, name);
            if (earlier != null) {
                InputReport rep = new InputReport(name, sha, InputReport.SKIPPED, "same content as " + earlier,
                        0, null, 0);
                return reported(new Outcome(rep, List.of(), false), listener);
            }
        }
        Checkpoint from = resume && sha != null ? done.findPartial(sha).orElse(null) : null;
        StagedInput r = lane.extract(file, sha, new ExtractionEvents() {
            @Override
            public void progress(int pagesDone, Integer pages, int forms) {
                if (pages != null) {
                    listener.pages(name, pagesDone, pages, forms);
                }
            }
        }, from);
        if (stopped.getAsBoolean() && !InputReport.OK.equals(r.report().status())) {
            // cut short by the stop, not by the file: dropped, and the lane's interrupt with it
            Thread.interrupted();
            output.discard(r);
            return null;
        }
        return () -> {
            InputReport rep = r.report();
            boolean ok = rep.extracted() && rep.sha256() != null;
            boolean written = ok && claims.writeIfEarliest(rep.sha256(), index, () -> {
                output.commit(r);
                if (r.checkpoint() != null) {
                    // a scan cut short is read on from its last form by a resumed run
                    done.markPartial(rep.sha256(), r.checkpoint());
                } else {
                    done.clearPartial(rep.sha256());
                }
                if (InputReport.OK.equals(rep.status())) {
                    // another partial input is extracted again by a resumed run
                    done.mark(rep.sha256(), rep.pages(), r.ids());
                }
            });
            if (!written) {
                output.discard(r);
            }
            listener.finished(rep);
            return new Outcome(rep, ok ? r.ids() : List.of(), ok);
        };
    }

    private static Finish reported(Outcome outcome, ProgressListener listener) {
        return () -> {
            listener.finished(outcome.report());
            return outcome;
        };
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
