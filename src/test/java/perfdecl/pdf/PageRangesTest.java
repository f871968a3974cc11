package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Bundles;
import perfdecl.grid.FormGrid;
import perfdecl.grid.FormTitles;
import perfdecl.grid.ReadListener;

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
        Recording one = new Recording();
        reader.read(bundle, one, 1);
        Recording two = new Recording();
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

    /** What a listener is told, with the forms whole. */
    private static final class Recording implements ReadListener {
        final List<String> events = new ArrayList<>();
        final List<FormGrid> forms = new ArrayList<>();
        final List<Integer> pagesDone = new ArrayList<>();
        boolean rangeThreadsSeen;

        @Override
        public void pageCount(int pages) {
            events.add(pages + " pages");
        }

        @Override
        public void pageDone(int page) {
            pagesDone.add(page);
            rangeThreadsSeen |= Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("perfdecl-page-range") && t.isAlive());
        }

        @Override
        public void pageFailed(int page, String reason) {
            events.add("failed " + page);
        }

        @Override
        public void pageSkipped(int page, String why) {
            events.add("skipped " + page);
        }

        @Override
        public void form(FormGrid form) {
            events.add("form " + form.formIndex() + " " + form.firstPage() + "-" + form.lastPage());
            forms.add(form);
        }

        @Override
        public void formFailed(int formIndex, int firstPage, int lastPage, String reason) {
            events.add("formFailed " + formIndex + " " + firstPage + "-" + lastPage + " " + reason);
        }
    }
}
