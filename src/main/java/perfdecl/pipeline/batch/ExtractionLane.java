package perfdecl.pipeline.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import perfdecl.pipeline.ExtractionOutput;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.InputResult;
import perfdecl.pipeline.StagedInput;
import perfdecl.pipeline.process.WorkerProcess;
import perfdecl.pipeline.process.WorkerSlot;

/**
 * One of a batch's parallel lanes: extracts one file at a time and stages its output (see
 * {@link ExtractionOutput#stage}), never throws, and answers within the timeout (a file that overruns it is
 * reported failed). Used by a single thread.
 */
public interface ExtractionLane extends AutoCloseable {

    /** Extracts {@code file}, whose SHA-256 is {@code sha256} (null: not worked out yet). */
    StagedInput extract(Path file, String sha256);

    @Override
    void close();

    /** Extracts in this process, on a helper thread so that a file that hangs can be abandoned. */
    static ExtractionLane inProcess(FileExtractor extractor, ExtractionOutput output, ExecutorService helpers,
                                    Duration timeout) {
        return new ExtractionLane() {
            @Override
            public StagedInput extract(Path file, String sha256) {
                long t0 = System.nanoTime();
                Future<InputResult> future = helpers.submit(() -> extractor.extract(file, sha256));
                try {
                    return output.stageOrFail(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    // the thread cannot be killed; a daemon, it ends with the process at the latest
                    future.cancel(true);
                    return failed(file, sha256, "timeout after " + timeout.toSeconds() + " s", t0);
                } catch (ExecutionException e) {
                    return failed(file, sha256, "extraction failed: " + e.getCause(), t0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return failed(file, sha256, "interrupted", t0);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Extracts in the batch's shared worker process. A file in flight when the worker died is asked again: at once
     * when the worker was killed for another file's timeout, alone when other files were in flight with it (any of
     * them may have killed it); only a file that kills a worker by itself is reported failed with the cause. Where
     * no worker can be started at all, the lane falls back to {@code fallback} for the rest of the batch rather than
     * fail every file.
     */
    static ExtractionLane inWorker(WorkerSlot slot, ExtractionLane fallback) {
        return new ExtractionLane() {
            @Override
            public StagedInput extract(Path file, String sha256) {
                long t0 = System.nanoTime();
                boolean alone = false;
                for (int attempt = 0; ; attempt++) {
                    if (slot.unavailable()) {
                        return fallback.extract(file, sha256);
                    }
                    Lock lock = alone ? slot.alone() : slot.shared();
                    WorkerProcess.Answer answer;
                    lock.lock();
                    try {
                        answer = slot.ask(file, sha256);
                    } catch (IOException e) {
                        if (slot.unavailable()) {
                            continue;
                        }
                        return failed(file, sha256, e.getMessage(), t0);
                    } finally {
                        lock.unlock();
                    }
                    if (answer.result() != null) {
                        return answer.result();
                    }
                    if (!answer.timedOut() && attempt < MAX_ATTEMPTS) {
                        if (answer.killed()) {
                            continue;
                        }
                        if (!alone && answer.inFlight() > 1) {
                            alone = true;
                            continue;
                        }
                    }
                    return failed(file, sha256, answer.failure(), t0);
                }
            }

            @Override
            public void close() {
                fallback.close();
            }
        };
    }

    /** Times a file is asked for before it is reported with the worker's last death. */
    int MAX_ATTEMPTS = 3;

    /** A failed input, its extraction ended outside the extractor (a timeout, a worker's death). */
    static StagedInput failed(Path file, String sha256, String reason, long t0) {
        return StagedInput.without(FileExtractor.failed(file, sha256, reason, t0).report());
    }
}
