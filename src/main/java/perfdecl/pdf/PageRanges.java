package perfdecl.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;


import perfdecl.grid.FormGrid;
import perfdecl.grid.ForwardingReadListener;
import perfdecl.grid.ReadListener;
import perfdecl.grid.UnreadableInputException;
import perfdecl.pdf.scan.ScanTextLayer;

/**
 * Reads a long scan's pages over several threads: the file is cut into ranges of consecutive pages, each read by
 * its own {@link ImagePages} over a document of its own, and their forms are handed to the listener in page order
 * and numbered on across ranges, so that the forms, their ids and everything the listener is told are those of a
 * read of the whole file on one thread. A range starts handing over at its first title page and reads past its
 * end until the next one: a cut never falls inside a form, and the pages from a cut to the next title, which both
 * ranges beside it read, are laid out once ({@link SharedPages}). There are several ranges to a thread, so that
 * a thread that is done does not wait long for the other's last range. A range's forms wait while an earlier range
 * is still read; a few ranges ahead of the earliest unfinished one are read at most, so what waits does not grow
 * with the file.
 */
final class PageRanges {

    /** Pages in a range at least, and at most. */
    private static final int MIN_PAGES = 4, MAX_PAGES = 16;
    /** Ranges to a thread, where the clamp above allows. */
    private static final int RANGES_PER_JOB = 8;
    /** Pages a file has at least to be read in ranges. */
    private static final int DIVIDE_PAGES = 20;
    /** Ranges ahead of the earliest unfinished one that may be read, per thread. */
    private static final int AHEAD_PER_JOB = 2;

    /** Opens the file once more, for a range's own reading. */
    interface Opener {
        ReleasedDocument open() throws IOException;
    }

    private PageRanges() {
    }

    /** Whether a file of {@code pages} pages is long enough to be read in ranges (whatever the jobs). */
    static boolean mayDivide(int pages) {
        return pages >= divideAt();
    }

    /** The first page of each range of a file of {@code pages} pages read by {@code jobs} threads. */
    static List<Integer> starts(int pages, int jobs) {
        return starts(pages, jobs, 1);
    }

    /** The first page of each range of pages {@code from}..{@code pages} read by {@code jobs} threads. */
    static List<Integer> starts(int pages, int jobs, int from) {
        String forced = System.getProperty(PdfGridReader.RANGE_PAGES);
        int left = pages - from + 1;
        int size = forced != null ? Integer.parseInt(forced)
                : Math.max(MIN_PAGES, Math.min(MAX_PAGES, -Math.floorDiv(-left, RANGES_PER_JOB * jobs)));
        List<Integer> starts = new ArrayList<>();
        for (int p = from; p <= pages; p += size) {
            starts.add(p);
        }
        return starts;
    }

    private static int divideAt() {
        String forced = System.getProperty(PdfGridReader.RANGE_PAGES);
        return forced != null ? 2 * Integer.parseInt(forced) : DIVIDE_PAGES;
    }

    /** What a range's thread tells the reading thread: an event in page order, a page done, or its end. */
    private record Message(int range, Consumer<ReadListener> event, boolean pageDone, boolean ended, Throwable error) {
    }

    /**
     * Reads the pages from {@code fromPage} on of the file {@code plan} describes on {@code jobs} threads, each
     * range's document from {@code opener}, the forms numbered from {@code firstForm}; tells {@code listener} on
     * the calling thread (pages done as a count). Interrupted, it stops every range, the form the earliest was
     * reading handed over.
     */
    static void read(ImagePages.Plan plan, Opener opener, int jobs, ReadListener listener, int fromPage,
                     int firstForm) throws IOException, UnreadableInputException {
        List<Integer> starts = starts(plan.pages(), jobs, fromPage);
        int n = starts.size();
        BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "perfdecl-page-range");
            t.setDaemon(true);
            return t;
        });
        Renumbering out = new Renumbering(listener, firstForm);
        SharedPages shared = new SharedPages();
        Map<Integer, List<Consumer<ReadListener>>> waiting = new HashMap<>();
        boolean[] ended = new boolean[n];
        int submitted = 0, head = 0, pagesDone = fromPage - 1;
        try {
            while (head < n) {
                for (; submitted < n && submitted <= head + AHEAD_PER_JOB * jobs; submitted++) {
                    int r = submitted;
                    int to = r + 1 < n ? starts.get(r + 1) - 1 : plan.pages();
                    threads.execute(() -> readRange(plan, opener, shared, r, starts.get(r), to, messages));
                }
                Message m = messages.take();
                if (m.error() instanceof IOException io) {
                    throw io;
                } else if (m.error() instanceof UnreadableInputException u) {
                    throw u;
                } else if (m.error() instanceof RuntimeException e) {
                    throw e;
                } else if (m.error() instanceof Error e) {
                    // as on one thread: out of memory, a stack overflow outside a page
                    throw e;
                } else if (m.error() != null) {
                    throw new IOException(PagedReading.pageFailure(m.error()), m.error());
                } else if (m.pageDone()) {
                    out.pageDone(++pagesDone);
                } else if (m.ended()) {
                    ended[m.range()] = true;
                    while (head < n && ended[head]) {
                        head++;
                        if (head < n) {
                            waiting.getOrDefault(head, List.of()).forEach(e -> e.accept(out));
                            waiting.remove(head);
                        }
                    }
                } else if (m.event() == null) {
                    out.alive();
                } else if (m.range() == head) {
                    m.event().accept(out);
                } else {
                    waiting.computeIfAbsent(m.range(), k -> new ArrayList<>()).add(m.event());
                }
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            handOverStopped(messages, head, n, out);
            throw new UnreadableInputException("interrupted");
        } finally {
            threads.shutdownNow();
            awaitRanges(threads);
        }
    }

    /** How long a read that ends waits for its ranges still running, each interrupted, to stop. */
    static final long RANGES_END_MILLIS = 30_000;

    /**
     * Waits up to {@link #RANGES_END_MILLIS} for {@code threads}, shut down, to end: a read stopped or failed
     * returns only once its ranges have left their OCR calls (or the wait ran out), so that whoever waits for the
     * reading thread waits for them too, and the process never exits beneath a native call. The calling thread's
     * interrupt is kept and does not cut the wait short.
     */
    private static void awaitRanges(ExecutorService threads) {
        boolean interrupted = Thread.interrupted();
        long until = System.nanoTime() + RANGES_END_MILLIS * 1_000_000;
        try {
            while (true) {
                try {
                    threads.awaitTermination(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                    return;
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

    /** How long the reading thread, interrupted, waits for the earliest range to hand over the form it was reading. */
    private static final long STOP_MILLIS = 5_000;

    /**
     * The read was interrupted and every range with it: the earliest unfinished one ({@code head}) hands over the
     * form it was reading ({@link ImagePages}) before it ends, and that is passed on; the later ranges' forms lie
     * after the page reached and are dropped, as a read on one thread would never have got to them.
     */
    private static void handOverStopped(BlockingQueue<Message> messages, int head, int n, ReadListener out) {
        long until = System.nanoTime() + STOP_MILLIS * 1_000_000;
        try {
            while (head < n) {
                Message m = messages.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (m == null || m.range() == head && (m.ended() || m.error() != null)) {
                    return;
                }
                if (m.range() == head && m.event() != null) {
                    m.event().accept(out);
                }
            }
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a listener that fails now cannot be told anything more: the read ends as interrupted
        }
    }

    private static void readRange(ImagePages.Plan plan, Opener opener, SharedPages shared, int range, int from, int to,
                                  BlockingQueue<Message> messages) {
        Throwable error = null;
        try (ReleasedDocument doc = opener.open()) {
            ScanTextLayer layer = new ScanTextLayer();
            new ImagePages(plan, new ScanRenderer(doc.document()), page -> PagedReading.layerOf(layer, doc.document(), page),
                    new Posting(range, messages), shared).read(from, to);
        } catch (Throwable e) {
            // every end is told, or the reading thread would wait for this range for ever
            error = e;
        }
        messages.add(error == null ? new Message(range, null, false, true, null)
                : new Message(range, null, false, false, error));
    }

    /** A range's listener: every event posted to the reading thread, signs of life and pages done as such. */
    private record Posting(int range, BlockingQueue<Message> messages) implements PostingListener {

        @Override
        public void post(Consumer<ReadListener> event) {
            messages.add(new Message(range, event, false, false, null));
        }

        @Override
        public void alive() {
            messages.add(new Message(range, null, false, false, null));
        }

        @Override
        public void pageDone(int page) {
            messages.add(new Message(range, null, true, false, null));
        }
    }

    /** {@code to}, the forms numbered from {@code first} on whatever number the reader gave them. */
    static ReadListener numberedFrom(int first, ReadListener to) {
        return first == 0 ? to : new Renumbering(to, first);
    }

    /** Numbers the forms on across ranges, each range having counted from 0. */
    private static final class Renumbering implements ForwardingReadListener {
        private final ReadListener to;
        private int next;

        Renumbering(ReadListener to, int first) {
            this.to = to;
            this.next = first;
        }

        @Override
        public ReadListener to() {
            return to;
        }

        @Override
        public void form(FormGrid form) {
            to.form(new FormGrid(next++, form.firstPage(), form.lastPage(), form.rows(), form.notes()));
        }

        @Override
        public void formFailed(int formIndex, int firstPage, int lastPage, String reason) {
            to.formFailed(next++, firstPage, lastPage, reason);
        }
    }
}
