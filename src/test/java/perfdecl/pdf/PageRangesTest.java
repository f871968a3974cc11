package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

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
import perfdecl.pdf.scan.OcrReading;
import perfdecl.pdf.scan.OcrWord;
import perfdecl.pdf.scan.ScanTextLayer;

/**
 * A long scan read in page ranges over two threads tells its listener exactly what a read on one thread tells:
 * the same forms (rows, notes, numbers, pages), the same failed and skipped pages, in the same order, wherever
 * the cuts fall — inside a form, on a blank page, beside a page that breaks a cap — and though the first look at
 * every page is spread over the threads too. A read stopped (its time ran
 * out) hands over the form it was reading, on one thread as on two, and returns only once its ranges have stopped.
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
    void aFileIsCutIntoAboutEightRangesAThreadSoThatNoThreadWaitsLongForTheOthersLastRange() {
        // 101 pages on two threads: 15 ranges of 7 pages (before: 4 of 26, one thread idle for most of the last)
        assertThat(PageRanges.starts(101, 2)).containsExactly(1, 8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78, 85, 92,
                99);
        assertThat(PageRanges.starts(101, 4)).hasSize(26);
    }

    @Test
    void rangesAreNeverShorterThanFourPagesNorLongerThanSixteen() {
        assertThat(PageRanges.starts(25, 2)).containsExactly(1, 5, 9, 13, 17, 21, 25);
        assertThat(PageRanges.starts(500, 2)).hasSize(32).startsWith(1, 17, 33).endsWith(497);
    }

    @Test
    void aResumedReadCutsOnlyThePagesLeft() {
        assertThat(PageRanges.starts(101, 2, 70)).containsExactly(70, 74, 78, 82, 86, 90, 94, 98);
    }

    @Test
    void onlyAFileOfTwentyPagesOrMoreIsReadInRanges() {
        assertThat(PageRanges.mayDivide(19)).isFalse();
        assertThat(PageRanges.mayDivide(20)).isTrue();
    }

    @Test
    void twoRangesLayOutThePagesFromTheirCutToTheNextTitleOnceAndCutTheFormsAsOneReadDoes() throws Exception {
        Path bundle = dir.resolve("bundle.pdf");
        int pages;
        try (Bundles b = new Bundles()) {
            // scan-form-1 (pages 1-3), a blank page, scan-form-2 (5-6), scan-form-5 (7-): a cut after page 2 leaves
            // pages 3 (a form's last), 4 (blank) and 5 (a title) to both ranges
            b.form("scan-form-1");
            b.blank();
            b.form("scan-form-2");
            b.form("scan-form-5");
            b.write(bundle);
            pages = b.pages();
        }
        ImagePages.Plan plan = new ImagePages.Plan(pages, Map.of(), false, List.of(),
                OcrEngine.named(OcrEngine.NONE), FormTitles.SH_2019);
        Map<Integer, Integer> laidOut = new TreeMap<>();
        RecordingListener whole = new RecordingListener();
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();
        try (PDDocument doc = PDDocument.load(bundle.toFile())) {
            new ImagePages(plan, new PDFRenderer(doc), p -> PagedReading.layerOf(new ScanTextLayer(), doc, p), whole)
                    .read(1, pages);
            SharedPages shared = new SharedPages();
            ImagePages.Layer counted = p -> {
                laidOut.merge(p, 1, Integer::sum);
                return PagedReading.layerOf(new ScanTextLayer(), doc, p);
            };
            // the later range first, as a second thread gets there before the first range reaches its end
            new ImagePages(plan, new PDFRenderer(doc), counted, second, shared).read(3, pages);
            new ImagePages(plan, new PDFRenderer(doc), counted, first, shared).read(1, 2);
        }

        assertThat(laidOut.keySet()).hasSize(pages).first().isEqualTo(1);
        assertThat(laidOut.values()).as("laid out once each").containsOnly(1);
        List<FormGrid> both = new ArrayList<>(first.forms);
        both.addAll(second.forms);
        assertThat(whole.forms).extracting(FormGrid::firstPage).containsExactly(1, 5, 7);
        assertThat(both).extracting(FormGrid::firstPage, FormGrid::lastPage, FormGrid::rows)
                .containsExactlyElementsOf(whole.forms.stream()
                        .map(f -> tuple(f.firstPage(), f.lastPage(), f.rows())).toList());
        assertThat(first.pagesDone).containsExactly(1, 2, 3, 4);
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

    @Test
    void aStoppedReadReturnsOnlyOnceItsRangesHaveLeftTheirOcrCalls() throws Exception {
        Path bundle = dir.resolve("bundle.pdf");
        Bundles.scannedWithABadPage(bundle);
        System.setProperty(PdfGridReader.RANGE_PAGES, "5");
        DeafOcr ocr = new DeafOcr(400);
        PdfGridReader reader = new PdfGridReader(PdfLimits.STANDARD, ocr, FormTitles.SH_2019);
        // interrupted as a time limit interrupts it, once a page is done: the other range is then inside a call
        ReadListener stopping = new ReadListener() {
            @Override
            public void pageDone(int page) {
                Thread.currentThread().interrupt();
            }
        };

        assertThatThrownBy(() -> reader.read(bundle, stopping, 2)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("interrupted");

        assertThat(ocr.calls.get()).as("OCR calls made").isGreaterThan(0);
        assertThat(ocr.inside.get()).as("OCR calls still in flight when the read returned").isZero();
    }

    /**
     * An OCR engine whose every call takes {@code millis} and does not answer interrupts, as a call into native
     * code does; it reads nothing.
     */
    private static final class DeafOcr extends OcrEngine {
        private final long millis;
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        DeafOcr(long millis) {
            this.millis = millis;
        }

        private void call() {
            inside.incrementAndGet();
            calls.incrementAndGet();
            long until = System.nanoTime() + millis * 1_000_000;
            boolean interrupted = false;
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            inside.decrementAndGet();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String name() {
            return "deaf";
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String missing() {
            return "";
        }

        @Override
        public List<OcrWord> readPage(BufferedImage image, double scale) {
            call();
            return List.of();
        }

        @Override
        public List<OcrReading> readBlocks(List<BufferedImage> images) {
            call();
            return new ArrayList<>(Collections.nCopies(images.size(), null));
        }

        @Override
        public double[] rereadEnlargements() {
            return new double[0];
        }
    }
}
