package perfdecl.pipeline.process;

import perfdecl.pipeline.ExtractionOutput;
import perfdecl.pipeline.ExtractionEvents;
import perfdecl.pipeline.StagedForms;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import perfdecl.write.CsvDialect;
import perfdecl.write.Language;

/**
 * The one worker process a batch's lanes share, started on first use and replaced after it dies. A lane asks under
 * the shared lock; a file that was in flight with others when the worker died is asked again under the exclusive
 * lock, alone, so that only the file that kills a worker by itself is reported with the cause.
 */
public final class WorkerSlot implements AutoCloseable {

    private final String ocr;
    private final String heap;
    private final int threads;
    private final Duration timeout;
    private final boolean longRun;
    private final Path outDir;
    private final CsvDialect csv;
    private final Language language;
    private final int pageJobs;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private WorkerProcess worker;
    private boolean everStarted;
    private boolean unavailable;

    /**
     * @param heap    the worker's {@code -Xmx}
     * @param threads files it extracts at once: the batch's lanes
     * @param timeout most time one page may take (a file: that many times its pages)
     * @param longRun whether the worker will see many files (see {@link WorkerProcess#LONG_RUN_FILES})
     * @param outDir  where it stages output
     * @param csv     the dialect of the table rows it stages
     * @param ocr     the OCR engine it reads scans with ({@link perfdecl.pdf.OcrEngine#NAMES})
     * @param language the language of the findings' messages in the rows it stages
     */
    public WorkerSlot(String heap, int threads, Duration timeout, boolean longRun, Path outDir, CsvDialect csv,
               String ocr, Language language) {
        this(heap, threads, timeout, longRun, outDir, csv, ocr, language, 1);
    }

    /** As above, each file's pages read on up to {@code pageJobs} threads of the worker. */
    public WorkerSlot(String heap, int threads, Duration timeout, boolean longRun, Path outDir, CsvDialect csv,
               String ocr, Language language, int pageJobs) {
        this.pageJobs = pageJobs;
        this.ocr = ocr;
        this.heap = heap;
        this.threads = threads;
        this.timeout = timeout;
        this.longRun = longRun;
        this.outDir = outDir;
        this.csv = csv;
        this.language = language;
    }

    public Lock shared() {
        return lock.readLock();
    }

    public Lock alone() {
        return lock.writeLock();
    }

    /** Where one asking keeps the forms the worker stages and how far it has got (the timeout is per page). */
    public StagedForms staging() {
        return new StagedForms(new ExtractionOutput(outDir, csv, language), timeout);
    }

    /**
     * Asks the current worker (starting one when there is none) for {@code file} (SHA-256 {@code sha256}, or
     * null), its forms and progress kept in {@code staged} as they come and progress told to {@code progress}.
     */
    public WorkerProcess.Answer ask(Path file, String sha256, StagedForms staged, ExtractionEvents progress)
            throws IOException {
        return ask(file, sha256, staged, progress, null);
    }

    /** As above, the file read on from where an earlier run stopped ({@code from}; null: from page 1). */
    public WorkerProcess.Answer ask(Path file, String sha256, StagedForms staged, ExtractionEvents progress,
                                    perfdecl.pipeline.Checkpoint from) throws IOException {
        WorkerProcess w = current();
        WorkerProcess.Answer answer = w.ask(file, sha256, outDir, csv, language, staged, progress, pageJobs, from);
        if (answer.timedOut()) {
            // a thread cannot be stopped: the process goes, and the other files in it are asked again
            w.close();
        }
        return answer;
    }

    /** Whether no worker could ever be started here (no fork allowed, no memory for another JVM). */
    public synchronized boolean unavailable() {
        return unavailable;
    }

    private synchronized WorkerProcess current() throws IOException {
        if (worker == null || worker.isDead()) {
            try {
                worker = WorkerProcess.start(heap, threads, timeout.plusSeconds(60), longRun, ocr);
                everStarted = true;
            } catch (IOException e) {
                worker = null;
                if (!everStarted) {
                    unavailable = true;
                }
                throw e;
            }
        }
        return worker;
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.close();
        }
    }
}
