package perfdecl.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import perfdecl.grid.FormTitles;
import perfdecl.grid.ReadListener;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;
import perfdecl.pdf.content.FormFieldMarks;
import perfdecl.pdf.content.Glyph;
import perfdecl.pdf.content.PageContent;
import perfdecl.pdf.content.PageContentCollector;
import perfdecl.pdf.content.PageFrame;
import perfdecl.pdf.layout.BundleForms;
import perfdecl.pdf.layout.PageLayouter;
import perfdecl.pdf.scan.ScanGridReader;
import perfdecl.pdf.scan.ScanTextLayer;

/**
 * Reads a loaded PDF a page at a time, so that one bad page costs the form it belongs to and not the file, and a
 * bundle of hundreds of pages is never held whole: every page is checked against the {@link PdfLimits caps} and
 * looked at once (text, images) to tell how the file is to be read — its text layer, or its page images as a scan,
 * or by OCR where its text cannot be used, as {@link PdfGridReader} describes — then each page is laid out in turn
 * and handed to {@link BundleForms}, which hands each form on as soon as it is complete. A page that breaks a cap,
 * cannot be decoded or makes the OCR engine fail is reported with its number and read no further.
 */
final class PagedReading {

    /** Pages whose first look is kept for the layout; a longer file is looked at again page by page. */
    private static final int KEPT_PAGES = 16;

    private enum Mode { TEXT, SCAN, OCR }

    private final PDDocument doc;
    private final PdfLimits limits;
    private final OcrEngine ocr;
    private final FormTitles titles;
    private final ReadListener listener;
    /** Threads a long scan's pages may be read on, each range's document from {@code opener}. */
    private final int jobs;
    private final PageRanges.Opener opener;
    private final int pages;
    private final Map<Integer, String> failed = new TreeMap<>();
    private final PageContentCollector collector;
    private final ScanTextLayer layer;
    private final Map<Integer, PageContent> keptContent = new TreeMap<>();
    private final Map<Integer, ScanTextLayer.Page> keptLayer = new TreeMap<>();
    private final List<ScanTextLayer.Page> survey = new ArrayList<>();
    private boolean anyImage, anyText;

    private PagedReading(PDDocument doc, PdfLimits limits, OcrEngine ocr, FormTitles titles, ReadListener listener,
                         int jobs, PageRanges.Opener opener) throws IOException {
        this.doc = doc;
        this.jobs = jobs;
        this.opener = opener;
        this.limits = limits;
        this.ocr = ocr;
        this.titles = titles;
        this.listener = listener;
        this.pages = doc.getNumberOfPages();
        this.collector = new PageContentCollector();
        this.layer = new ScanTextLayer();
    }

    /**
     * Reads {@code doc}, every form to {@code listener}; returns the file's kind and pages, no forms. A long scan's
     * pages are read on {@code jobs} threads ({@link PageRanges}), each over the file opened again by
     * {@code opener} (null: on this thread), with the same forms as on one.
     */
    static SourceDocument read(PDDocument doc, PdfLimits limits, OcrEngine ocr, FormTitles titles,
                               ReadListener listener, int jobs, PageRanges.Opener opener)
            throws IOException, UnreadableInputException {
        return read(doc, limits, ocr, titles, listener, jobs, opener, 1, 0);
    }

    /**
     * {@link #read(PDDocument, PdfLimits, OcrEngine, FormTitles, ReadListener, int, PageRanges.Opener)} of a scan
     * going on from page {@code fromPage}, its next form numbered {@code firstForm} (see
     * {@link perfdecl.grid.GridReader#read(java.nio.file.Path, ReadListener, int, int, int)}).
     */
    static SourceDocument read(PDDocument doc, PdfLimits limits, OcrEngine ocr, FormTitles titles,
                               ReadListener listener, int jobs, PageRanges.Opener opener, int fromPage, int firstForm)
            throws IOException, UnreadableInputException {
        PagedReading reading = new PagedReading(doc, limits, ocr, titles, listener, jobs, opener);
        reading.fromPage = fromPage;
        reading.firstForm = firstForm;
        return reading.read();
    }

    /** Where a resumed read of a scan goes on, and the number its next form takes. */
    private int fromPage = 1, firstForm;

    private SourceDocument read() throws IOException, UnreadableInputException {
        limits.checkDocument(doc);
        // the time a file may take is its pages' (--timeout per page), also while every page is first looked at
        listener.pageCount(pages);
        checkPages();
        surveyPages();
        if (failed.size() == pages) {
            throw new UnreadableInputException(failed.values().iterator().next());
        }
        List<ScanTextLayer.Page> good = survey.stream().filter(p -> !failed.containsKey(p.page())).toList();
        if (anyImage && ScanGridReader.isScan(good)) {
            if (!surveyText && !ocr.available()) {
                throw new UnreadableInputException("scanned image without text; " + ocr.missing());
            }
            return readImages(Mode.SCAN, scanNotes());
        }
        if (!anyText) {
            return readByOcr(unmapped > 0 ? unreadableTextLayer()
                    : "no text on its pages (an image, or characters drawn as outlines)");
        }
        if (fromPage > 1) {
            throw new UnreadableInputException("cannot read on from page " + fromPage + " of a born-digital file");
        }
        listener.started("pdf", pages);
        CountingListener counted = new CountingListener(listener);
        BundleForms forms = new BundleForms(counted, (row, notes) -> FormSplitter.asTitle(row, titles), false);
        forms.otherTables(row -> FormSplitter.opensOtherTable(row, titles));
        Map<Integer, List<Glyph>> marks = FormFieldMarks.of(doc);
        for (int page = 1; page <= pages; page++) {
            checkInterrupted();
            if (failed.containsKey(page)) {
                forms.failed(page, failed.get(page));
            } else {
                try {
                    PageContent content = FormFieldMarks.with(content(page), marks.get(page));
                    forms.page(page, FormSplitter.withoutPageNumbers(PageLayouter.layout(content)), pageNotes(page),
                            Map.of(), Map.of());
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    forms.failed(page, pageFailure(e));
                }
            }
            listener.pageDone(page);
        }
        forms.finish();
        if (counted.nothing()) {
            if (unmapped > 0) {
                return readByOcr(unreadableTextLayer());
            }
            throw noForm("");
        }
        return new SourceDocument("pdf", pages, List.of());
    }

    private boolean surveyText;
    /** Glyphs without a Unicode mapping on the pages looked at. */
    private int unmapped;
    private final Map<Integer, List<ReaderNote>> keptNotes = new TreeMap<>();

    private List<ReaderNote> scanNotes() {
        boolean reocr = ScanGridReader.REOCR && ocr.available();
        if (reocr) {
            return List.of();
        }
        return List.of(new ReaderNote("OCR_TEXT_LAYER", 1, null, "read from the scan's own OCR text layer"
                + (ocr.available() ? "" : " (" + ocr.missing().replaceFirst(" to OCR it$", " to read the pages"
                + " again") + ")") + "; its words are unsure and every value read from it is marked so"));
    }

    /**
     * A PDF whose text cannot be used is read like an image-only scan, each form saying so (OCR_PAGES); where the
     * OCR engine cannot run it is refused with {@code why} and what to install or choose.
     */
    private SourceDocument readByOcr(String why) throws IOException, UnreadableInputException {
        if (!ocr.available()) {
            throw new UnreadableInputException(why + "; " + ocr.missing());
        }
        return readImages(Mode.OCR, List.of(new ReaderNote("OCR_PAGES", 1, null,
                "the PDF's own text could not be used (" + why + "): every page was read from its image by OCR, "
                        + "so check the values marked uncertain")));
    }

    private SourceDocument readImages(Mode mode, List<ReaderNote> documentNotes) throws IOException,
            UnreadableInputException {
        listener.started("pdf-ocr", pages);
        CountingListener counted = new CountingListener(listener);
        ImagePages.Plan plan = new ImagePages.Plan(pages, failed, mode == Mode.OCR, documentNotes, ocr, titles);
        if (jobs > 1 && opener != null && PageRanges.mayDivide(pages)) {
            PageRanges.read(plan, opener, jobs, counted, fromPage, firstForm);
        } else {
            new ImagePages(plan, new PDFRenderer(doc), this::layerPage, PageRanges.numberedFrom(firstForm, counted))
                    .read(fromPage, pages);
        }
        if (counted.nothing() && firstForm == 0) {
            throw noForm(" in the OCR text of the scan");
        }
        return new SourceDocument("pdf-ocr", pages, List.of());
    }

    private UnreadableInputException noForm(String where) {
        String failures = failed.isEmpty() ? "" : "; " + failed.size() + " page(s) could not be read, page "
                + failed.keySet().iterator().next() + ": " + failed.values().iterator().next();
        return new UnreadableInputException("not a declaration form: title " + String.join(" or ", titles.titles())
                + " not found"
                + where + failures);
    }

    /** Every page against the caps, before any of its content is decoded. */
    private void checkPages() throws IOException {
        Map<COSStream, String> checked = new IdentityHashMap<>();
        Map<COSBase, String> names = PdfLimits.objectNames(doc);
        int page = 0;
        for (var p : doc.getPages()) {
            page++;
            listener.alive();
            String problem = limits.pageProblem(p, checked, names);
            if (problem != null) {
                failed.put(page, problem);
            }
        }
    }

    /** A first look at every page: whether it paints an image, carries text, and how a scan's layer stands. */
    private void surveyPages() throws UnreadableInputException {
        for (int page = 1; page <= pages; page++) {
            checkInterrupted();
            listener.alive();
            if (failed.containsKey(page)) {
                continue;
            }
            try {
                PageContent content = collect(page);
                List<ReaderNote> notes = takeNotes();
                anyText |= content.glyphs().stream().anyMatch(g -> !g.isMark() && !g.isSpace());
                ScanTextLayer.Page scanned;
                if (content.hasImage()) {
                    anyImage = true;
                    scanned = collectLayer(page);
                    surveyText |= !scanned.words().isEmpty();
                } else {
                    scanned = new ScanTextLayer.Page(page, content.width(), content.height(), 0, 0,
                            content.glyphs().size(), List.of());
                }
                survey.add(scanned);
                if (pages <= KEPT_PAGES) {
                    keptContent.put(page, content);
                    keptNotes.put(page, notes);
                    if (content.hasImage()) {
                        keptLayer.put(page, scanned);
                    }
                }
            } catch (IOException | RuntimeException | StackOverflowError e) {
                failed.put(page, pageFailure(e));
            }
        }
        unmapped = collector.unmappedGlyphs();
    }

    /** The notes the collector made on the page it read last. */
    private List<ReaderNote> takeNotes() {
        List<ReaderNote> notes = collector.notes();
        List<ReaderNote> out = List.copyOf(notes);
        notes.clear();
        return out;
    }

    /** The collector's notes on {@code page}, read in the first look or just now. */
    private List<ReaderNote> pageNotes(int page) {
        List<ReaderNote> kept = keptNotes.remove(page);
        return kept != null ? kept : takeNotes();
    }

    private PageContent content(int page) throws IOException {
        PageContent kept = keptContent.remove(page);
        return kept != null ? kept : collect(page);
    }

    private ScanTextLayer.Page layerPage(int page) throws IOException {
        ScanTextLayer.Page kept = keptLayer.remove(page);
        keptContent.remove(page);
        return kept != null ? kept : collectLayer(page);
    }

    private PageContent collect(int page) throws IOException {
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(doc);
        List<PageContent> got = collector.pages();
        PageContent content = got.isEmpty() ? null : got.get(got.size() - 1);
        got.clear();
        if (content == null || content.page() != page) {
            // a page without a content stream: nothing on it
            var p = doc.getPage(page - 1);
            PageFrame frame = PageFrame.of(p);
            return new PageContent(page, frame.width(), frame.height(), List.of(), List.of(), false);
        }
        return content;
    }

    private ScanTextLayer.Page collectLayer(int page) throws IOException {
        return layerOf(layer, doc, page);
    }

    /** Page {@code page}'s text layer as {@code layer}, which reads {@code doc} only, finds it. */
    static ScanTextLayer.Page layerOf(ScanTextLayer layer, PDDocument doc, int page) throws IOException {
        layer.setStartPage(page);
        layer.setEndPage(page);
        layer.getText(doc);
        List<ScanTextLayer.Page> got = layer.pages();
        ScanTextLayer.Page p = got.isEmpty() ? null : got.get(got.size() - 1);
        got.clear();
        if (p == null || p.page() != page) {
            PageFrame frame = PageFrame.of(doc.getPage(page - 1));
            return new ScanTextLayer.Page(page, frame.width(), frame.height(), 0, 0, 0, List.of());
        }
        return p;
    }

    private String unreadableTextLayer() {
        return "text layer unreadable: " + collector.unmappedGlyphs()
                + " glyphs have no Unicode mapping (fonts without ToUnicode)";
    }

    static void checkInterrupted() throws UnreadableInputException {
        if (Thread.currentThread().isInterrupted()) {
            throw new UnreadableInputException("interrupted");
        }
    }

    /** One line for a page that could not be read. */
    static String pageFailure(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "damaged PDF: objects nested too deeply to read";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return e instanceof IOException ? "damaged page: " + m : "page could not be read: " + m;
    }

    /** Passes everything on, and tells whether any form, read or failed, was found. */
    private static final class CountingListener implements ReadListener {
        private final ReadListener to;
        private int forms;

        CountingListener(ReadListener to) {
            this.to = to;
        }

        boolean nothing() {
            return forms == 0;
        }

        @Override
        public void alive() {
            to.alive();
        }

        @Override
        public void pageDone(int page) {
            to.pageDone(page);
        }

        @Override
        public void pageFailed(int page, String reason) {
            to.pageFailed(page, reason);
        }

        @Override
        public void pageSkipped(int page, String why) {
            to.pageSkipped(page, why);
        }

        @Override
        public void form(perfdecl.grid.FormGrid form) {
            forms++;
            to.form(form);
        }

        @Override
        public void formFailed(int formIndex, int firstPage, int lastPage, String reason) {
            forms++;
            to.formFailed(formIndex, firstPage, lastPage, reason);
        }
    }
}
