package perfdecl.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time one thread has spent since it began a file: what reading the file costs, whatever else the machine
 * runs (on a loaded machine a file's wall time grows with the load, its CPU time does not). Where the JVM cannot
 * measure a thread's CPU time, the wall time since counts instead. Read from any thread; once the thread has ended,
 * the last time read stays.
 */
public final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = enable();

    private final long thread;
    private final long base;
    private final long wallBase = System.nanoTime();
    private volatile long last;

    private ThreadCpu(long thread) {
        this.thread = thread;
        this.base = MEASURED ? Math.max(0, THREADS.getThreadCpuTime(thread)) : 0;
    }

    /** The calling thread's CPU time from now on. */
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19
    public static ThreadCpu ofCurrentThread() {
        return new ThreadCpu(Thread.currentThread().getId());
    }

    /** Nanoseconds of CPU the thread has spent since {@link #ofCurrentThread}. */
    public long nanos() {
        if (!MEASURED) {
            return System.nanoTime() - wallBase;
        }
        long now = THREADS.getThreadCpuTime(thread);
        if (now >= 0) {
            last = Math.max(last, now - base);
        }
        return last;
    }

    private static boolean enable() {
        try {
            if (!THREADS.isThreadCpuTimeSupported()) {
                return false;
            }
            if (!THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
