package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import perfdecl.fixtures.Bundles;
import perfdecl.grid.FormGrid;
import perfdecl.grid.FormTitles;
import perfdecl.grid.ForwardingReadListener;
import perfdecl.grid.ReadListener;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.UnreadableInputException;

/**
 * A long scan read in page ranges over two threads tells its listener exactly what a read on one thread tells:
 * the same forms (rows, notes, numbers, pages), the same failed and skipped pages, in the same order, wherever
 * the cuts fall — inside a form, on a blank page, beside a page that breaks a cap — and though the first look at
 * every page is spread over the threads too. A read stopped (its time ran
 * out) hands over the form it was reading, on one thread as on two.
 */
class PageRangesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearRangeSize() {
        System.clearProperty(PdfGridReader.RANGE_PAGES);
        Thread.interrupted();
    }

    @Test
    void rangesStartEveryRangePagesAndCoverTheFile() {
        assertThat(PageRanges.starts(200, 2)).containsExactly(1, 41, 81, 121, 161);
        assertThat(PageRanges.starts(25, 2)).containsExactly(1, 11, 21);
        assertThat(PageRanges.mayDivide(19)).isFalse();
        assertThat(PageRanges.mayDivide(20)).isTrue();
    }

    @Test
    void aScannedBundleReadInRangesOnTwoThreadsTellsWhatOneThreadTells() throws Exception {
        Path bundle = dir.resolve("bundle.pdf");
        Bundles.scannedWithABadPage(bundle);
        // cuts every two pages: inside forms, before a blank page, beside the failed page
        System.setProperty(PdfGridReader.RANGE_PAGES, "2");
        PdfGridReader reader = new PdfGridReader(PdfLimits.STANDARD, OcrEngine.named(OcrEngine.NONE),
                FormTitles.SH_2019);
        RecordingListener one = new RecordingListener();
        reader.read(bundle, one, 1);
        RecordingListener two = new RecordingListener();
        reader.read(bundle, two, 2);

        assertThat(one.rangeThreadsSeen).isFalse();
        assertThat(two.rangeThreadsSeen).as("read on the range threads").isTrue();
        assertThat(one.firstLookThreadsSeen).isFalse();
        assertThat(two.firstLookThreadsSeen).as("first looked at on two threads").isTrue();
        assertThat(one.forms).extracting(FormGrid::formIndex).containsExactly(0, 1, 2, 3);
        assertThat(one.forms).extracting(FormGrid::firstPage).containsExactly(1, 5, 7, 10);
        assertThat(one.events).contains("failed 8", "skipped 4");
        // the page count comes first, so that a long file's time limit is its pages' while they are first looked at
        assertThat(one.events.get(0)).isEqualTo("11 pages");
        assertThat(two.events).containsExactlyElementsOf(one.events);
        assertThat(two.forms).containsExactlyElementsOf(one.forms);
        assertThat(two.pagesDone).containsExactlyElementsOf(one.pagesDone);
        assertThat(one.pagesDone).last().isEqualTo(11);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aScanReadStoppedHandsOverTheFormItWasReadingNotedAsLackingThePageItStoppedAt(int jobs) throws Exception {
        Path bundle = dir.resolve("bundle.pdf");
        Bundles.scannedWithABadPage(bundle);
        // with two jobs, ranges of five pages: the first form (pages 1-3) is the first range's
        System.setProperty(PdfGridReader.RANGE_PAGES, "5");
        PdfGridReader reader = new PdfGridReader(PdfLimits.STANDARD, OcrEngine.named(OcrEngine.NONE),
                FormTitles.SH_2019);
        RecordingListener seen = new RecordingListener();
        // the reading thread is interrupted, as a time limit that ran out interrupts it, once two pages are done
        ReadListener stopping = new ForwardingReadListener() {
            @Override
            public ReadListener to() {
                return seen;
            }

            @Override
            public void pageDone(int page) {
                seen.pageDone(page);
                if (seen.pagesDone.size() == 2) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        assertThatThrownBy(() -> reader.read(bundle, stopping, jobs)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("interrupted");
        assertThat(seen.forms).hasSize(1);
        FormGrid cut = seen.forms.get(0);
        assertThat(cut.formIndex()).isZero();
        assertThat(cut.firstPage()).isEqualTo(1);
        assertThat(cut.lastPage()).isLessThan(4);
        if (jobs == 1) {
            assertThat(cut.lastPage()).isEqualTo(2);
        }
        ReaderNote lost = cut.notes().stream().filter(n -> n.code().equals("PAGE_UNREADABLE")).findFirst()
                .orElseThrow();
        assertThat(lost.page()).isEqualTo(cut.lastPage() + 1);
        assertThat(lost.message()).isEqualTo("page " + lost.page() + " could not be read (the reading was stopped "
                + "before it: out of time or cancelled); the form may go on there");
    }
}
