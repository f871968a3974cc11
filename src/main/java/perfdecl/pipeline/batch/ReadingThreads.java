package perfdecl.pipeline.batch;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The threads a batch reads its files on in this process, and the batch's wait, at its end, for those the time
 * limit abandoned. An abandoned reader, interrupted, stops at its next page or OCR batch, but one OCR call can take
 * seconds on a loaded machine; were the process to exit under it, ONNX Runtime's own shutdown hook, which runs
 * beside the JVM's others and cannot be held back, would release the runtime beneath the call and the JVM would die
 * with SIGSEGV after the outputs were written, its exit code wrong. So the batch does not end while one still runs,
 * up to a bound: a reader stuck for good must not hold the run for ever.
 */
final class ReadingThreads {

    /** How long the batch's end waits for its abandoned readers: far longer than one OCR call on a loaded machine. */
    static final Duration END_WAIT = Duration.ofSeconds(60);

    private final ExecutorService threads;
    private final Duration endWait;

    ReadingThreads(Duration endWait) {
        this.endWait = endWait;
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "perfdecl-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** The threads, for the lanes' {@link perfdecl.pipeline.StoppableRead}s. */
    ExecutorService threads() {
        return threads;
    }

    /**
     * Stops every reader still running (interrupts it) and waits up to the bound for all to end; false when one
     * still runs. The calling thread's interrupt is kept, and does not cut the wait short: it is the exit that the
     * wait protects.
     */
    boolean end() {
        threads.shutdownNow();
        boolean interrupted = Thread.interrupted();
        long until = System.nanoTime() + endWait.toNanos();
        try {
            while (true) {
                try {
                    return threads.awaitTermination(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The line a batch tells when {@link #end} gave up. */
    String gaveUp() {
        return "perfdecl: a reader stopped by the time limit was still running " + endWait.toSeconds()
                + " s after the batch ended; the process may crash on exit";
    }
}
