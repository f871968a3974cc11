package perfdecl.pdf;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import perfdecl.pdf.scan.ScanPage;

/**
 * The pages two neighbouring {@link PageRanges ranges} both need, from a cut to the next title page: the earlier
 * range reads on over them to end its last form, the later one looks through them for its first title. Whichever
 * comes to such a page first lays it out, the other takes what it found (a page's layout does not depend on the
 * range reading it), so no page is laid out twice. A page is let go once both have taken it: what is held is a few
 * pages' rows per cut, however long the file.
 */
final class SharedPages {

    /** A page's layout, or why it could not be laid out. */
    record Laid(ScanPage page, String failure) {
    }

    /** Lays a page out, or fails as a page does. */
    interface Layout {
        ScanPage layout() throws Exception;
    }

    private record Slot(CompletableFuture<Laid> laid, AtomicInteger takers) {
    }

    private final ConcurrentHashMap<Integer, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicInteger laidOut = new AtomicInteger();

    /**
     * Page {@code page} as {@code layout} lays it out here, or as the other range that needs it did or is doing;
     * null when this thread is interrupted while it waits (it stays interrupted).
     */
    Laid take(int page, Layout layout) {
        Slot mine = new Slot(new CompletableFuture<>(), new AtomicInteger());
        Slot slot = slots.computeIfAbsent(page, k -> mine);
        if (slot.takers().incrementAndGet() == 2) {
            slots.remove(page);
        }
        if (slot == mine) {
            laidOut.incrementAndGet();
            Laid laid;
            try {
                laid = new Laid(layout.layout(), null);
            } catch (Exception | StackOverflowError e) {
                laid = new Laid(null, PagedReading.pageFailure(e));
            } catch (Error e) {
                // out of memory and the like end the read; the other range is not left waiting for this page
                mine.laid().completeExceptionally(e);
                throw e;
            }
            mine.laid().complete(laid);
            return laid;
        }
        try {
            return slot.laid().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many pages were laid out here rather than taken from the other range. */
    int laidOut() {
        return laidOut.get();
    }
}
