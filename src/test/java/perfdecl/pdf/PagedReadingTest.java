package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Bundles;
import perfdecl.grid.FormGrid;
import perfdecl.grid.FormTitles;
import perfdecl.grid.ForwardingReadListener;
import perfdecl.grid.ReadListener;

/**
 * A born-digital file without images is read once: every page's content is decoded a single time however long
 * the file (a first look at every page would buy nothing a reading does not find), and the listener is told what
 * it was told after a first look — the page count, the kind, every page in order, what is before the first page
 * with text included. A file with a page that may paint an image is still looked at whole first.
 */
class PagedReadingTest {

    private static final List<String> FORMS = List.of("pdf-form-1", "pdf-form-2", "pdf-form-3", "pdf-form-4",
            "pdf-form-5", "pdf-form-1", "pdf-form-2", "pdf-form-3");

    @TempDir
    Path dir;

    @Test
    void everyPageOfABornDigitalBundleIsReadOnceAndToldInOrder() throws Exception {
        Path bundle = dir.resolve("bundle.pdf");
        List<Integer> firstPages;
        int pages;
        try (Bundles b = new Bundles()) {
            b.blank();
            firstPages = FORMS.stream().map(b::form).toList();
            b.separator("SECTION 2");
            pages = b.pages();
            b.write(bundle);
        }
        // longer than the pages a first look keeps for the reading
        assertThat(pages).isGreaterThan(16);
        RecordingListener told = new RecordingListener();
        Read read = read(bundle, told, 2);

        // the blank page has no content to read
        assertThat(read.reads().keySet()).containsExactlyElementsOf(IntStream.rangeClosed(2, pages).boxed().toList());
        assertThat(read.reads()).allSatisfy((page, n) -> assertThat(n).as("reads of page " + page).isEqualTo(1));
        assertThat(read.beforeDone()).as("pages read when page 2 was done").containsExactly(2);
        assertThat(told.events.subList(0, 3)).containsExactly(pages + " pages", "started pdf " + pages, "skipped 1");
        assertThat(told.events).contains("skipped " + pages);
        assertThat(told.forms).extracting(FormGrid::firstPage).containsExactlyElementsOf(firstPages);
        assertThat(told.pagesDone).containsExactlyElementsOf(IntStream.rangeClosed(1, pages).boxed().toList());
    }

    @Test
    void aFileWithAPageThatPaintsAnImageIsFirstLookedAtWhole() throws Exception {
        Path bundle = dir.resolve("bundle.pdf");
        try (Bundles b = new Bundles()) {
            b.form("pdf-form-1");
            b.image(40, 40);
            b.write(bundle);
        }
        RecordingListener told = new RecordingListener();
        Read read = read(bundle, told, 1);

        // whether the file is a scan is weighed on every page before the first is laid out
        assertThat(read.beforeDone()).as("pages read when page 1 was done").containsExactly(1, 2, 3, 4);
        assertThat(told.forms).extracting(FormGrid::firstPage).containsExactly(1);
        assertThat(told.events).contains("skipped 4");
    }

    /** How often each page's content was read, and which pages had been read when page {@code page} was done. */
    private record Read(Map<Integer, Integer> reads, Set<Integer> beforeDone) {
    }

    private static Read read(Path pdf, RecordingListener told, int page) throws Exception {
        Set<Integer> before = new TreeSet<>();
        try (PDDocument loaded = PDDocument.load(pdf.toFile())) {
            CountingReads doc = new CountingReads(loaded);
            ReadListener watching = new ForwardingReadListener() {
                @Override
                public ReadListener to() {
                    return told;
                }

                @Override
                public void pageDone(int done) {
                    if (done == page) {
                        before.addAll(doc.reads.keySet());
                    }
                    told.pageDone(done);
                }
            };
            PagedReading.read(doc, PdfLimits.STANDARD, OcrEngine.named(OcrEngine.NONE), FormTitles.SH_2019,
                    watching, 1, null);
            return new Read(doc.reads, before);
        }
    }

    /** The document, its pages counting how often their content is read, by page number. */
    private static final class CountingReads extends PDDocument {
        final Map<Integer, Integer> reads = new TreeMap<>();

        CountingReads(PDDocument loaded) {
            super(loaded.getDocument());
        }

        @Override
        public PDPageTree getPages() {
            return new PDPageTree(getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES)) {
                @Override
                public Iterator<PDPage> iterator() {
                    Iterator<PDPage> pages = super.iterator();
                    return new Iterator<>() {
                        private int number;

                        @Override
                        public boolean hasNext() {
                            return pages.hasNext();
                        }

                        @Override
                        public PDPage next() {
                            return counted(pages.next(), ++number);
                        }
                    };
                }

                @Override
                public PDPage get(int index) {
                    return counted(super.get(index), index + 1);
                }
            };
        }

        private PDPage counted(PDPage page, int number) {
            return new PDPage(page.getCOSObject()) {
                @Override
                public InputStream getContents() throws IOException {
                    reads.merge(number, 1, Integer::sum);
                    return super.getContents();
                }
            };
        }
    }
}
