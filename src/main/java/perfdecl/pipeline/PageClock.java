package perfdecl.pipeline;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time limit of one input, per page, counted in the CPU time its reading spends ({@link #measure}): it may
 * spend {@code perPage} without a sign of progress, and at most {@code perPage} times its pages in all (one page's
 * time while its page count is not known). On a loaded machine a file's wall time grows with the load and its CPU
 * time does not, so a good file is not lost to the load; a reader that hangs without spending CPU (a deadlock, a
 * blocked read) is stopped by a wall-clock ceiling {@link #WALL_FACTOR} times as long, under the same two rules.
 * Until a CPU time is given, the wall clock counts for both. Thread-safe: the reader's thread reports progress,
 * another thread waits on {@link #millisLeft()}.
 */
public final class PageClock {

    /**
     * How many times the CPU limit the wall-clock ceiling is: a machine at load 40 on 2 cores gives a reader a
     * twentieth of a core, but its pages (seconds of CPU each) still finish well inside five times a minute.
     * {@code -Dperfdecl.timeout.wallFactor=N} sets it (tests of a stalled reader use 1).
     */
    public static final String WALL_FACTOR_PROPERTY = "perfdecl.timeout.wallFactor";
    public static final int WALL_FACTOR = 5;

    private final Duration perPage;
    private final long wallPerPage;
    private LongSupplier cpu;
    private volatile long start = System.nanoTime();
    private volatile long lastSign = start;
    private volatile long cpuStart = start;
    private volatile long cpuAtSign = start;
    private volatile int pagesDone;
    private volatile Integer pages;

    public PageClock(Duration perPage) {
        this.perPage = perPage;
        this.wallPerPage = perPage.toNanos() * Math.max(1, Integer.getInteger(WALL_FACTOR_PROPERTY, WALL_FACTOR));
    }

    /**
     * The reading's CPU time counts from now on: {@code cpuNanos} gives the nanoseconds of CPU it has spent since
     * it began (see {@link ThreadCpu}).
     */
    public synchronized void measure(LongSupplier cpuNanos) {
        cpu = cpuNanos;
        cpuStart = cpuNanos.getAsLong();
        cpuAtSign = cpuStart;
    }

    /** The input is handed to whoever extracts it now: its time starts (not while it waited for a worker). */
    public synchronized void start() {
        start = System.nanoTime();
        lastSign = start;
        cpuStart = cpuNow();
        cpuAtSign = cpuStart;
    }

    private volatile boolean stopped;

    /**
     * The time is up and the reader is being stopped: the page reached stays the one the time ran out on, whatever
     * the reader still tells while it hands over the form it was reading.
     */
    public void stop() {
        stopped = true;
    }

    /**
     * How long a reader that is being stopped may take to hand over the form it was reading (parse, check and
     * stage it): the per-page limit, at most 10 s, since a reader stuck in native code never answers.
     */
    public long stopMillis() {
        return Math.min(perPage.toMillis(), 10_000);
    }

    /** The reader has done {@code done} of {@code total} pages (null: not known). */
    public synchronized void progress(int done, Integer total) {
        if (stopped) {
            return;
        }
        pagesDone = Math.max(pagesDone, done);
        if (total != null) {
            pages = total;
        }
        alive();
    }

    /** A sign of life without a page finished. */
    public synchronized void alive() {
        lastSign = System.nanoTime();
        cpuAtSign = cpuNow();
    }

    public int pagesDone() {
        return pagesDone;
    }

    /** The input's page count, null while not known (or for a text input). */
    public Integer pages() {
        return pages;
    }

    /**
     * How long to wait at most before asking again; zero or less: the time is up. A reading's CPU time grows no
     * faster than the wall clock, so its CPU time left is a safe wait.
     */
    public long millisLeft() {
        long left = Math.min(cpuLeft(), wallLeft());
        return left <= 0 ? 0 : Math.max(1, left / 1_000_000);
    }

    private long cpuLeft() {
        long now = cpuNow();
        long idle = perPage.toNanos() - (now - cpuAtSign);
        long ceiling = perPage.toNanos() * pageCount() - (now - cpuStart);
        return Math.min(idle, ceiling);
    }

    private long wallLeft() {
        long now = System.nanoTime();
        long idle = wallPerPage - (now - lastSign);
        long ceiling = wallPerPage * pageCount() - (now - start);
        return Math.min(idle, ceiling);
    }

    private int pageCount() {
        Integer total = pages;
        return Math.max(1, total == null ? 1 : total);
    }

    private synchronized long cpuNow() {
        return cpu == null ? System.nanoTime() : cpu.getAsLong();
    }

    private synchronized boolean measured() {
        return cpu != null;
    }

    /**
     * What a timeout says: the limit that ran out (the CPU time, or the wall-clock ceiling of a reader that spent
     * too little CPU to reach it), and the page it stopped at when the input's pages are known.
     */
    public String timeoutReason() {
        Integer total = pages;
        String limit;
        if (!measured()) {
            limit = seconds(perPage.toNanos());
        } else if (cpuLeft() <= wallLeft()) {
            limit = seconds(perPage.toNanos()) + " of CPU time";
        } else {
            limit = seconds(wallPerPage) + " wall clock";
        }
        return "timeout after " + limit + (total == null ? "" : " on page " + Math.min(total, pagesDone + 1)
                + " of " + total);
    }

    private static String seconds(long nanos) {
        long millis = nanos / 1_000_000;
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000)
                : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString()) + " s";
    }
}
