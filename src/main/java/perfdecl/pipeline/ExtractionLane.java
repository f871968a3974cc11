package perfdecl.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One of a batch's parallel lanes: extracts one file at a time and stages its output (see
 * {@link ExtractionOutput#stage}), never throws, and answers within the timeout (a file that overruns it is
 * reported failed). Used by a single thread.
 */
interface ExtractionLane extends AutoCloseable {

    StagedInput extract(Path file);

    @Override
    void close();

    /** Extracts in this process, on a helper thread so that a file that hangs can be abandoned. */
    static ExtractionLane inProcess(FileExtractor extractor, ExtractionOutput output, ExecutorService helpers,
                                    Duration timeout) {
        return new ExtractionLane() {
            @Override
            public StagedInput extract(Path file) {
                long t0 = System.nanoTime();
                Future<InputResult> future = helpers.submit(() -> extractor.extract(file));
                try {
                    return output.stageOrFail(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    // the thread cannot be killed; a daemon, it ends with the process at the latest
                    future.cancel(true);
                    return failed(file, "timeout after " + timeout.toSeconds() + " s", t0);
                } catch (ExecutionException e) {
                    return failed(file, "extraction failed: " + e.getCause(), t0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return failed(file, "interrupted", t0);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Extracts in a worker process, started on first use and replaced after one dies. Where no worker can be
     * started at all (no fork allowed, no memory for another JVM), the lane falls back to {@code fallback} for the
     * rest of the batch rather than fail every file.
     */
    static ExtractionLane inWorker(String heap, Duration timeout, boolean longRun, Path outDir,
                                   ExtractionLane fallback) {
        return new ExtractionLane() {
            private WorkerProcess worker;
            private boolean everStarted;
            private boolean unavailable;

            @Override
            public StagedInput extract(Path file) {
                if (unavailable) {
                    return fallback.extract(file);
                }
                long t0 = System.nanoTime();
                if (worker == null || worker.isDead()) {
                    try {
                        worker = WorkerProcess.start(heap, timeout.plusSeconds(60), longRun);
                        everStarted = true;
                    } catch (IOException e) {
                        worker = null;
                        if (!everStarted) {
                            unavailable = true;
                            return fallback.extract(file);
                        }
                        return failed(file, e.getMessage(), t0);
                    }
                }
                return worker.extract(file, outDir, timeout);
            }

            @Override
            public void close() {
                if (worker != null) {
                    worker.close();
                }
                fallback.close();
            }
        };
    }

    /** A failed input, its extraction ended outside the extractor (a timeout, a worker's death). */
    static StagedInput failed(Path file, String reason, long t0) {
        return StagedInput.without(FileExtractor.failed(file, reason, t0).report());
    }
}
