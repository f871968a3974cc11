package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Bundles;
import perfdecl.grid.FormGrid;
import perfdecl.grid.FormTitles;

/**
 * A long scan read in page ranges over two threads tells its listener exactly what a read on one thread tells:
 * the same forms (rows, notes, numbers, pages), the same failed and skipped pages, in the same order, wherever
 * the cuts fall — inside a form, on a blank page, beside a page that breaks a cap.
 */
class PageRangesTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearRangeSize() {
        System.clearProperty(PageRanges.RANGE_PAGES);
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
        try (Bundles b = new Bundles()) {
            b.form("scan-form-1");
            b.blank();
            b.form("scan-form-2");
            b.pagesOf("scan-form-4", 0, 0);
            b.hugeImage();
            b.pagesOf("scan-form-4", 1, 1);
            b.form("scan-form-5");
            b.write(bundle);
        }
        // cuts every two pages: inside forms, before a blank page, beside the failed page
        System.setProperty(PageRanges.RANGE_PAGES, "2");
        PdfGridReader reader = new PdfGridReader(PdfLimits.STANDARD, OcrEngine.named(OcrEngine.NONE),
                FormTitles.SH_2019);
        RecordingListener one = new RecordingListener();
        reader.read(bundle, one, 1);
        RecordingListener two = new RecordingListener();
        reader.read(bundle, two, 2);

        assertThat(one.rangeThreadsSeen).isFalse();
        assertThat(two.rangeThreadsSeen).as("read on the range threads").isTrue();
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
}
