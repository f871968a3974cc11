package perfdecl.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.rendering.PDFRenderer;

import perfdecl.grid.FormTitles;
import perfdecl.grid.ReadListener;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.UnreadableInputException;
import perfdecl.pdf.layout.BundleForms;
import perfdecl.pdf.scan.ScanGridReader;
import perfdecl.pdf.scan.ScanPage;
import perfdecl.pdf.scan.ScanPageLayout;
import perfdecl.pdf.scan.ScanTextLayer;
import perfdecl.pdf.scan.ScanTitle;

/**
 * Reads a run of a scan's pages from their images into forms: the whole file, or one {@link PageRanges range} of
 * it. A range that does not start on page 1 hands over nothing until its first page with a title line (the pages
 * before it continue a form the range before reads), and one that reaches its last page with a form open reads
 * on until the next title page, so that every page is cut into forms as a read of the whole file cuts it; the
 * pages two neighbouring ranges both read so are laid out once between them ({@link SharedPages}).
 * Interrupted, it hands over the form it was reading, noted as lacking the page it stopped at, and stops. Not
 * thread-safe: one per range, each over a document of its own.
 */
final class ImagePages {

    /** Cells an engine may re-read per page of a long file, beyond the per-document bound short files have. */
    private static final int REREADS_PER_PAGE_OF_BUNDLE = 15;

    /** A page's text layer as a scan reads it (kept from the first look, or read now). */
    interface Layer {
        ScanTextLayer.Page page(int page) throws IOException;
    }

    /**
     * What is known of the file before its pages are laid out, the same for every range.
     *
     * @param pages         the file's page count
     * @param failed        pages that failed the caps or the first look, with why
     * @param ocrOnly       whether the pages' own text is to be ignored (read by OCR alone)
     * @param documentNotes notes given to every form
     */
    record Plan(int pages, Map<Integer, String> failed, boolean ocrOnly, List<ReaderNote> documentNotes,
                OcrEngine ocr, FormTitles titles) {
    }

    private final Plan plan;
    private final PDFRenderer renderer;
    private final Layer layer;
    private final ReadListener listener;
    private final SharedPages shared;

    ImagePages(Plan plan, PDFRenderer renderer, Layer layer, ReadListener listener) {
        this(plan, renderer, layer, listener, null);
    }

    /**
     * A range's reader: the pages it shares with the ranges beside it (before its first title, after its last page)
     * laid out once between them, through {@code shared}.
     */
    ImagePages(Plan plan, PDFRenderer renderer, Layer layer, ReadListener listener, SharedPages shared) {
        this.plan = plan;
        this.renderer = renderer;
        this.layer = layer;
        this.listener = listener;
        this.shared = shared;
    }

    /** Reads pages {@code from}..{@code to} (1-based, inclusive) as the class describes, every form to the listener. */
    void read(int from, int to) throws UnreadableInputException {
        BundleForms forms = new BundleForms(listener, (row, notes) -> ScanTitle.asTitle(row, notes, plan.titles()),
                true);
        forms.documentNotes(plan.documentNotes());
        // a disclosure's glossary or another table after its last form ends that form, scanned as printed
        forms.otherTables(row -> FormSplitter.opensOtherTable(row, plan.titles()));
        forms.doubtfulTitles(row -> ScanTitle.isDoubtful(row, plan.titles()));
        int pages = plan.pages();
        boolean begun = from == 1;
        int rereads = 0;
        // a file that may be read in ranges gives every page the same bound, so that no page's reading depends on
        // the pages read before it in the same range
        boolean perPage = PageRanges.mayDivide(pages);
        int budget = Math.max(ScanGridReader.REREADS_PER_DOCUMENT, REREADS_PER_PAGE_OF_BUNDLE * pages);
        for (int page = from; page <= pages; page++) {
            if (Thread.currentThread().isInterrupted()) {
                // whether this page opens a form would take its OCR, the very work that ran out of time
                if (begun) {
                    forms.stopBefore(page, null);
                }
                PagedReading.checkInterrupted();
            }
            String failure = plan.failed().get(page);
            ScanPage laid = null;
            if (failure == null) {
                int cap = perPage ? ScanGridReader.REREADS_PER_PAGE
                        : Math.min(ScanGridReader.REREADS_PER_PAGE, budget - rereads);
                if (shared != null && (!begun || page > to)) {
                    int p = page;
                    SharedPages.Laid got = shared.take(page, () -> layout(p, cap));
                    if (got == null) {
                        // interrupted while the other range laid this page out: stopped before it, as above
                        if (begun) {
                            forms.stopBefore(page, null);
                        }
                        PagedReading.checkInterrupted();
                    }
                    laid = got.page();
                    failure = got.failure();
                } else {
                    try {
                        laid = layout(page, cap);
                    } catch (IOException | RuntimeException | StackOverflowError e) {
                        failure = PagedReading.pageFailure(e);
                    }
                }
                if (laid != null) {
                    rereads += laid.rereads();
                }
            }
            boolean title = laid != null && forms.opensForm(laid.rows());
            if (!begun && !title) {
                // the range before reads this page as part of its last form
                listener.alive();
                continue;
            }
            begun = true;
            if (page > to && title) {
                forms.endBefore(page, laid.rows());
                return;
            }
            if (laid != null) {
                try {
                    forms.page(page, laid.rows(), laid.notes(), laid.cellConfidence(), laid.markConfidence());
                } catch (RuntimeException | StackOverflowError e) {
                    failure = PagedReading.pageFailure(e);
                }
            }
            if (failure != null) {
                forms.failed(page, failure);
            }
            listener.pageDone(page);
        }
        if (begun) {
            forms.finish();
        }
    }

    private ScanPage layout(int page, int rereadCap) throws IOException {
        ScanTextLayer.Page p = layer.page(page);
        if (plan.ocrOnly()) {
            p = new ScanTextLayer.Page(p.page(), p.width(), p.height(), p.imageCoverage(), p.invisibleChars(),
                    p.visibleChars(), List.of());
        }
        ScanPage laid = ScanPageLayout.layout(renderer, p, p.words().isEmpty() ? null : p.words(),
                ScanGridReader.REOCR, rereadCap, plan.ocr());
        // a disclosure's page number ("— 26 —") under the frame would be read as the last indicator's next row,
        // as on a born-digital page it is left out
        return new ScanPage(FormSplitter.withoutPageNumbers(laid.rows()), laid.notes(), laid.cellConfidence(),
                laid.markConfidence(), laid.skewDegrees(), laid.rereads());
    }
}
