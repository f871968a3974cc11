package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import perfdecl.grid.ReaderNote;
import perfdecl.pdf.scan.ScanPage;

/**
 * A page two neighbouring ranges both need is laid out by whichever asks first; the other gets that very layout,
 * or the same failure, waiting while it is made; once both have it, the page is let go.
 */
class SharedPagesTest {

    private static ScanPage page(int n) {
        return new ScanPage(List.of(), List.of(new ReaderNote("X", n, null, "page " + n)), Map.of(), Map.of(), 0, 0);
    }

    @Test
    void aPageBothRangesAskForIsLaidOutOnceAndBothGetItsLayout() {
        SharedPages shared = new SharedPages();
        AtomicInteger layouts = new AtomicInteger();
        SharedPages.Layout layout = () -> {
            layouts.incrementAndGet();
            return page(7);
        };

        SharedPages.Laid first = shared.take(7, layout);
        SharedPages.Laid second = shared.take(7, layout);

        assertThat(layouts).hasValue(1);
        assertThat(second.page()).isSameAs(first.page());
        assertThat(second.page().notes()).extracting(ReaderNote::message).containsExactly("page 7");
        assertThat(shared.laidOut()).isEqualTo(1);
    }

    @Test
    void aPageIsLetGoOnceBothRangesHaveItSoAThirdAskLaysItOutAgain() {
        SharedPages shared = new SharedPages();
        AtomicInteger layouts = new AtomicInteger();
        SharedPages.Layout layout = () -> page(layouts.incrementAndGet());

        shared.take(3, layout);
        shared.take(3, layout);
        SharedPages.Laid third = shared.take(3, layout);

        assertThat(layouts).hasValue(2);
        assertThat(third.page().notes().get(0).message()).isEqualTo("page 2");
    }

    @Test
    void aPageThatCannotBeLaidOutFailsAlikeForBothRanges() {
        SharedPages shared = new SharedPages();
        AtomicInteger layouts = new AtomicInteger();
        SharedPages.Layout layout = () -> {
            layouts.incrementAndGet();
            throw new IOException("bad stream");
        };

        SharedPages.Laid first = shared.take(4, layout);
        SharedPages.Laid second = shared.take(4, layout);

        assertThat(layouts).hasValue(1);
        assertThat(first.page()).isNull();
        assertThat(first.failure()).isEqualTo("damaged page: bad stream");
        assertThat(second.failure()).isEqualTo("damaged page: bad stream");
    }

    @Test
    void theSecondRangeWaitsForThePageTheFirstIsLayingOut() throws Exception {
        SharedPages shared = new SharedPages();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger layouts = new AtomicInteger();
        CompletableFuture<SharedPages.Laid> first = CompletableFuture.supplyAsync(() -> shared.take(9, () -> {
            layouts.incrementAndGet();
            started.countDown();
            release.await();
            return page(9);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<SharedPages.Laid> second = CompletableFuture.supplyAsync(() -> shared.take(9, () -> {
            layouts.incrementAndGet();
            return page(-1);
        }));

        Thread.sleep(200);
        assertThat(second).isNotDone();
        release.countDown();

        assertThat(second.get(10, TimeUnit.SECONDS).page()).isSameAs(first.get(10, TimeUnit.SECONDS).page());
        assertThat(layouts).hasValue(1);
    }

    @Test
    void aRangeInterruptedWhileItWaitsGetsNothingAndStaysInterrupted() throws Exception {
        SharedPages shared = new SharedPages();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> shared.take(2, () -> {
            started.countDown();
            release.await();
            return page(2);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.currentThread().interrupt();
        try {
            assertThat(shared.take(2, () -> page(-1))).isNull();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
            release.countDown();
        }
    }
}
