package perfdecl.pipeline;

import java.time.Duration;

/**
 * The time limit of one input, per page: it may go {@code perPage} without a sign of progress, and takes at most
 * {@code perPage} times its pages in all (one page's time while its page count is not known). Thread-safe: the
 * reader's thread reports progress, another thread waits on {@link #millisLeft()}.
 */
public final class PageClock {

    private final Duration perPage;
    private volatile long start = System.nanoTime();
    private volatile long lastSign = start;
    private volatile int pagesDone;
    private volatile Integer pages;

    public PageClock(Duration perPage) {
        this.perPage = perPage;
    }

    /** The input is handed to whoever extracts it now: its time starts (not while it waited for a worker). */
    public void start() {
        start = System.nanoTime();
        lastSign = start;
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
    public void progress(int done, Integer total) {
        if (stopped) {
            return;
        }
        pagesDone = Math.max(pagesDone, done);
        if (total != null) {
            pages = total;
        }
        lastSign = System.nanoTime();
    }

    /** A sign of life without a page finished. */
    public void alive() {
        lastSign = System.nanoTime();
    }

    public int pagesDone() {
        return pagesDone;
    }

    /** The input's page count, null while not known (or for a text input). */
    public Integer pages() {
        return pages;
    }

    /** How long to wait at most for the next sign of progress; zero or less: the time is up. */
    public long millisLeft() {
        long now = System.nanoTime();
        long idle = perPage.toNanos() - (now - lastSign);
        long ceiling = perPage.toNanos() * Math.max(1, pages == null ? 1 : pages) - (now - start);
        return Math.min(idle, ceiling) / 1_000_000;
    }

    /** What a timeout says: its limit, and the page it stopped at when the input's pages are known. */
    public String timeoutReason() {
        Integer total = pages;
        return "timeout after " + perPage.toSeconds() + " s" + (total == null ? ""
                : " on page " + Math.min(total, pagesDone + 1) + " of " + total);
    }
}
