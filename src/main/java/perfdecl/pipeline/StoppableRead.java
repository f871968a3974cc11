package perfdecl.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A file's reading on a helper thread that a time limit can stop, and the CPU time that thread spends on it. A thread cannot be killed: interrupted, the reader
 * hands over the form it was reading and ends at the next page, so {@link #stop} waits a little for that (a reader
 * stuck in native code never answers, hence only a little).
 */
public final class StoppableRead<T> {

    private final CountDownLatch ended = new CountDownLatch(1);
    private final Future<T> future;
    private volatile ThreadCpu cpu;

    /** Starts {@code read} on one of {@code threads}. */
    public StoppableRead(ExecutorService threads, Callable<T> read) {
        future = threads.submit(() -> {
            cpu = ThreadCpu.ofCurrentThread();
            try {
                return read.call();
            } finally {
                ended.countDown();
            }
        });
    }

    /** The reading's result, waiting at most {@code millis}. */
    public T get(long millis) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(millis, TimeUnit.MILLISECONDS);
    }

    /** Nanoseconds of CPU the reading's thread has spent on it (0 before it began). */
    public long cpuNanos() {
        ThreadCpu c = cpu;
        return c == null ? 0 : c.nanos();
    }

    /** Interrupts the reading without waiting for it. */
    public void cancel() {
        future.cancel(true);
    }

    /** Interrupts the reading and waits at most {@code millis} for it to end. */
    public void stop(long millis) throws InterruptedException {
        future.cancel(true);
        ended.await(millis, TimeUnit.MILLISECONDS);
    }
}
