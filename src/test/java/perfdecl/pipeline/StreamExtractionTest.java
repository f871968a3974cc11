package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Bundles;
import perfdecl.fixtures.Fixtures;
import perfdecl.fixtures.SlowPdfReader;
import perfdecl.grid.GridReader;
import perfdecl.grid.ReadListener;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;
import perfdecl.model.InputReport;

@org.junit.jupiter.api.extension.ExtendWith(perfdecl.fixtures.WallCeilingAtTheLimit.class)
class StreamExtractionTest {

    @TempDir
    Path dir;

    @Test
    void theTimeLimitIsPerPageAndAFileThatRunsOutKeepsTheFormsFinishedBefore() throws Exception {
        Path bundle = dir.resolve("bundle.pdf");
        List<Integer> firstPages = new ArrayList<>();
        try (Bundles b = new Bundles()) {
            for (String f : List.of("pdf-form-2", "pdf-form-4", "pdf-form-5")) {
                firstPages.add(b.form(f));
            }
            b.write(bundle);
        }
        // the classes loaded and compiled, so that the first page's time is a page's, not the JVM's warming up
        assertThat(stream(0, 0).extract("warm", "form-1.pdf", () -> Files.newInputStream(Fixtures.input(
                "pdf-form-1")), sha -> false).orElseThrow().status()).isEqualTo(InputReport.OK);

        // every page takes 1.2 s more, the 6-page file over 7 s in all: within a 3-second limit per page
        InputRows slow = stream(1200, 0).extract("b", "bundle.pdf", () -> Files.newInputStream(bundle), sha -> false)
                .orElseThrow();
        assertThat(slow.status()).as(slow.reason()).isEqualTo(InputReport.OK);
        assertThat(slow.forms()).isEqualTo(3);
        assertThat(slow.ms()).isGreaterThan(7000);

        // the third form's first page hangs: the forms before it are kept, the second too, though a form is handed
        // over only when the next begins (the reader, stopped, hands over the form it was reading); the rest are
        // reported failed from the page reached
        int stuck = firstPages.get(2);
        InputRows cut = stream(0, stuck).extract("b", "bundle.pdf", () -> Files.newInputStream(bundle), sha -> false)
                .orElseThrow();
        assertThat(cut.status()).isEqualTo(InputReport.PARTIAL);
        assertThat(cut.forms()).isEqualTo(2);
        assertThat(cut.reason()).isEqualTo("timeout after 3 s wall clock on page " + stuck + " of 6; 2 forms kept, pages "
                + stuck + "–6 not extracted");
        assertThat(cut.jsonLines()).hasSize(2);
    }

    @Test
    void aFileThatKeepsShowingLifeButFinishesNoPageIsCutAtItsPagesTimesTheLimit() throws Exception {
        StreamExtraction stream = new StreamExtraction(new FileExtractor(List.of(new Stalling(2))),
                Duration.ofSeconds(1));
        long t0 = System.nanoTime();
        InputRows cut = stream.extract("s", "form-1.pdf", () -> Files.newInputStream(Fixtures.input("pdf-form-1")),
                sha -> false).orElseThrow();
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertThat(cut.status()).isEqualTo(InputReport.FAILED);
        assertThat(cut.reason()).isEqualTo("timeout after 1 s wall clock on page 1 of 2");
        // a sign of life every 100 ms never lets the second a page may take run out: the 2 s of its 2 pages did
        assertThat(ms).isBetween(2000L, 20_000L);
    }

    /** A reader that tells the file's page count, then only signs of life until its thread is interrupted. */
    private record Stalling(int pages) implements GridReader {
        @Override
        public boolean accepts(Path file, byte[] head) {
            return true;
        }

        @Override
        public SourceDocument read(Path file) {
            throw new UnsupportedOperationException("read with a listener");
        }

        @Override
        public SourceDocument read(Path file, ReadListener listener) throws UnreadableInputException {
            listener.pageCount(pages);
            while (true) {
                listener.alive();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    throw new UnreadableInputException("interrupted");
                }
            }
        }
    }

    private static StreamExtraction stream(long pageMillis, int hangAt) {
        return new StreamExtraction(new FileExtractor(List.of(new SlowPdfReader(pageMillis, hangAt))),
                Duration.ofSeconds(3));
    }
}
