package perfdecl.pipeline.batch;

import perfdecl.pipeline.FileDigest;
import perfdecl.pipeline.Checkpoint;
import perfdecl.pipeline.ExtractionEvents;
import perfdecl.pipeline.StagedForms;
import perfdecl.pipeline.StoppableRead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import perfdecl.pipeline.ExtractionOutput;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.InputResult;
import perfdecl.pipeline.StagedInput;
import perfdecl.pipeline.process.WorkerProcess;
import perfdecl.pipeline.process.WorkerSlot;

import perfdecl.model.Declaration;
import perfdecl.model.FormStatus;

/**
 * One of a batch's parallel lanes: extracts one file at a time and stages its output (see
 * {@link ExtractionOutput#stage}), never throws, and answers within the timeout (a file that overruns it is
 * reported failed). Used by a single thread.
 */
public interface ExtractionLane extends AutoCloseable {

    /**
     * Extracts {@code file}, whose SHA-256 is {@code sha256} (null: not worked out yet), telling {@code progress}
     * how far through its pages it is.
     */
    default StagedInput extract(Path file, String sha256, ExtractionEvents progress) {
        return extract(file, sha256, progress, null);
    }

    /**
     * {@link #extract(Path, String, ExtractionEvents)} going on from where an earlier run's reading of the file
     * stopped ({@code from}; null: from page 1).
     */
    StagedInput extract(Path file, String sha256, ExtractionEvents progress, Checkpoint from);

    @Override
    void close();

    /**
     * Extracts in this process, on a helper thread so that a file that hangs can be abandoned, the CPU time of that
     * thread counted against the timeout (see {@link perfdecl.pipeline.PageClock}): its forms are staged
     * as they come, so that one that runs out of time keeps those finished before, and the one it was reading,
     * which the thread, interrupted, hands over before it stops at the next page.
     */
    static ExtractionLane inProcess(FileExtractor extractor, ExtractionOutput output, ExecutorService helpers,
                                    Duration timeout) {
        return inProcess(extractor, output, helpers, timeout, 1);
    }

    /** {@link #inProcess(FileExtractor, ExtractionOutput, ExecutorService, Duration)}, pages on {@code pageJobs} threads. */
    static ExtractionLane inProcess(FileExtractor extractor, ExtractionOutput output, ExecutorService helpers,
                                    Duration timeout, int pageJobs) {
        return new ExtractionLane() {
            @Override
            public StagedInput extract(Path file, String sha256, ExtractionEvents progress, Checkpoint from) {
                long t0 = System.nanoTime();
                StagedForms staged = new StagedForms(output, timeout);
                staged.resumeFrom(from);
                ExtractionEvents events = new ExtractionEvents() {
                    @Override
                    public void checkpoint(Checkpoint checkpoint) {
                        staged.checkpoint(checkpoint);
                    }

                    @Override
                    public void progress(int pagesDone, Integer pages, int forms) {
                        staged.progress(pagesDone, pages);
                        progress.progress(pagesDone, pages, forms);
                    }

                    @Override
                    public void alive() {
                        staged.alive();
                    }

                    @Override
                    public void declaration(Declaration d, FormStatus status) {
                        try {
                            staged.add(output.stageJson(d), d, status);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
                StoppableRead<InputResult> read = new StoppableRead<>(helpers,
                        () -> extractor.extract(file, sha256, events, pageJobs, from));
                staged.measure(read::cpuNanos);
                try {
                    while (true) {
                        long left = staged.millisLeft();
                        if (left <= 0) {
                            throw new TimeoutException();
                        }
                        try {
                            return staged.complete(read.get(left).report());
                        } catch (TimeoutException e) {
                            // progress since: wait on
                        }
                    }
                } catch (TimeoutException e) {
                    // the thread cannot be killed; interrupted, it hands over the form it was reading and stops
                    // at the next page, and is waited for a little; a daemon, it ends with the process at the latest
                    String why = staged.timeoutReason();
                    staged.stop();
                    try {
                        read.stop(staged.stopMillis());
                    } catch (InterruptedException again) {
                        Thread.currentThread().interrupt();
                    }
                    return cutShort(staged, file, sha256, why, t0);
                } catch (ExecutionException e) {
                    staged.discard();
                    return failed(file, sha256, "extraction failed: " + e.getCause(), t0);
                } catch (InterruptedException e) {
                    // the batch is stopping: the reader is interrupted at once, so that it leaves the OCR runtime
                    Thread.currentThread().interrupt();
                    read.cancel();
                    staged.discard();
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
     * them may have killed it); only a file that kills a worker by itself is reported failed with the cause, with
     * the forms it had finished before. Where no worker can be started at all, the lane falls back to
     * {@code fallback} for the rest of the batch rather than fail every file.
     */
    static ExtractionLane inWorker(WorkerSlot slot, ExtractionLane fallback) {
        return new ExtractionLane() {
            @Override
            public StagedInput extract(Path file, String sha256, ExtractionEvents progress, Checkpoint from) {
                long t0 = System.nanoTime();
                boolean alone = false;
                for (int attempt = 0; ; attempt++) {
                    if (attempt > 0 && Thread.currentThread().isInterrupted()) {
                        // the batch is stopping: its worker was killed for it, not by this file
                        return failed(file, sha256, "interrupted", t0);
                    }
                    if (slot.unavailable()) {
                        return fallback.extract(file, sha256, progress, from);
                    }
                    Lock lock = alone ? slot.alone() : slot.shared();
                    StagedForms staged = slot.staging();
                    staged.resumeFrom(from);
                    WorkerProcess.Answer answer;
                    lock.lock();
                    try {
                        answer = slot.ask(file, sha256, staged, progress, from);
                    } catch (IOException e) {
                        staged.discard();
                        if (slot.unavailable()) {
                            continue;
                        }
                        return failed(file, sha256, e.getMessage(), t0);
                    } finally {
                        lock.unlock();
                    }
                    if (answer.result() != null) {
                        staged.settled();
                        return answer.result();
                    }
                    if (!answer.timedOut() && attempt < MAX_ATTEMPTS) {
                        if (answer.killed()) {
                            staged.discard();
                            continue;
                        }
                        if (!alone && answer.inFlight() > 1) {
                            staged.discard();
                            alone = true;
                            continue;
                        }
                    }
                    return cutShort(staged, file, sha256, answer.failure(), t0);
                }
            }

            @Override
            public void close() {
                fallback.close();
            }
        };
    }

    /** A file stopped short ({@code why}): the forms it finished kept, or failed when there are none. */
    private static StagedInput cutShort(StagedForms staged, Path file, String sha256, String why, long t0) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String sha = sha256 != null ? sha256 : FileDigest.sha256OrNull(file);
        try {
            StagedInput kept = staged.cutShort(name, sha, why, FileExtractor.millis(t0));
            if (!kept.report().extracted()) {
                return failed(file, sha, why, t0);
            }
            return kept;
        } catch (IOException | RuntimeException e) {
            staged.discard();
            return failed(file, sha, why, t0);
        }
    }

    /** Times a file is asked for before it is reported with the worker's last death. */
    int MAX_ATTEMPTS = 3;

    /** A failed input, its extraction ended outside the extractor (a timeout, a worker's death). */
    static StagedInput failed(Path file, String sha256, String reason, long t0) {
        return StagedInput.without(FileExtractor.failed(file, sha256, reason, t0).report());
    }
}
