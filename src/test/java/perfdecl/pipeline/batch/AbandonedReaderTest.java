package perfdecl.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.HostilePdfs;
import perfdecl.grid.GridReader;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pdf.OcrEngine;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.process.Isolation;
import perfdecl.write.CsvDialect;

/**
 * A batch whose reader the time limit abandoned does not end (and so lets the process exit) while that reader is
 * still running, as one inside an OCR call is, up to a bound.
 */
@org.junit.jupiter.api.extension.ExtendWith(perfdecl.fixtures.WallCeilingAtTheLimit.class)
class AbandonedReaderTest {

    @TempDir
    Path in;

    @TempDir
    Path out;

    @Test
    void aBatchWhoseFileTimesOutReturnsOnlyOnceItsAbandonedReaderHasEnded() throws Exception {
        HostilePdfs.goodForm(in, "slow-to-stop.pdf", "pdf-form-1", 1);
        var options = new BatchExtraction.Options(out, 1, false, Isolation.IN_PROCESS, Duration.ofSeconds(1),
                "512m", false, CsvDialect.EXCEL, null, OcrEngine.NONE);
        // interrupted, the reader goes on for 3 s, as a call into native code does: longer than the lane waits
        SlowToStopReader reader = new SlowToStopReader(3_000);

        RunReport run = new BatchExtraction(new FileExtractor(List.of(reader)))
                .run(List.of(in), options, ProgressListener.NONE);

        assertThat(run.inputs()).extracting(InputReport::status, InputReport::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InputReport.FAILED, "timeout after 1 s wall clock"));
        assertThat(reader.ended.getCount()).as("the abandoned reader has ended when the batch returns").isZero();
    }

    @Test
    void aReaderThatNeverEndsIsGivenUpOnAfterTheBoundedWait() throws Exception {
        ReadingThreads reading = new ReadingThreads(Duration.ofMillis(300));
        CountDownLatch release = new CountDownLatch(1);
        reading.threads().submit(() -> {
            // deaf to interrupts, as a reader stuck in native code is
            while (true) {
                try {
                    if (release.await(10, TimeUnit.SECONDS)) {
                        return null;
                    }
                } catch (InterruptedException e) {
                    // goes on
                }
            }
        });

        long t0 = System.nanoTime();
        boolean ended = reading.end();
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        release.countDown();

        assertThat(ended).isFalse();
        assertThat(waited).isBetween(250L, 5_000L);
        assertThat(reading.gaveUp()).contains("still running 0 s after the batch ended");
    }

    @Test
    void theBatchEndsWithNoWaitWhenNoReaderIsLeft() {
        ReadingThreads reading = new ReadingThreads(Duration.ofSeconds(30));
        long t0 = System.nanoTime();

        assertThat(reading.end()).isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(5_000L);
    }

    /** Waits to be interrupted, then goes on for {@code millis} regardless before it ends. */
    private static final class SlowToStopReader implements GridReader {
        private final long millis;
        final CountDownLatch ended = new CountDownLatch(1);

        SlowToStopReader(long millis) {
            this.millis = millis;
        }

        @Override
        public boolean accepts(Path file, byte[] head) {
            return true;
        }

        @Override
        public SourceDocument read(Path file) throws UnreadableInputException {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                long until = System.nanoTime() + millis * 1_000_000;
                while (System.nanoTime() < until) {
                    try {
                        Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                    } catch (InterruptedException again) {
                        // native code does not answer interrupts
                    }
                }
                ended.countDown();
                throw new UnreadableInputException("interrupted");
            }
            throw new UnreadableInputException("woke without an interrupt");
        }
    }
}
