package perfdecl.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import perfdecl.grid.FormGrid;
import perfdecl.grid.FormTitles;
import perfdecl.grid.ForwardingReadListener;
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
import perfdecl.pdf.layout.LayoutRow;
import perfdecl.pdf.layout.PageLayouter;
import perfdecl.pdf.scan.ScanGridReader;
import perfdecl.pdf.scan.ScanTextLayer;

/**
 * Reads a loaded PDF a page at a time, so that one bad page costs the form it belongs to and not the file, and a
 * bundle of hundreds of pages is never held whole: every page is checked against the {@link PdfLimits caps};
 * where a page may paint an image ({@link PageImages}), every page is first looked at (text, images) to tell how
 * the file is to be read — its text layer, or its page images as a scan, or by OCR where its text cannot be used,
 * as {@link PdfGridReader} describes — then each page is laid out in turn and handed to {@link BundleForms}, which
 * hands each form on as soon as it is complete. A file none of whose pages can paint an image is no scan: it is
 * laid out from its text layer straight away, each page read once, and read by OCR only when no page had text. A
 * page that breaks a cap, cannot be decoded or makes the OCR engine fail is reported with its number and read no
 * further. Interrupted (out of time), it hands over the form it was reading before it stops: whole when the page
 * it stopped at opens the next form, else noted as lacking that page.
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
    /** Whether a page within the caps may paint an image ({@link PageImages}). */
    private boolean mayPaintImages;

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
        if (!mayPaintImages && fromPage == 1) {
            // no scan and no page image to weigh: the first look would only find whether there is text at all,
            // which the reading itself finds, so every page is read once
            return readText(true);
        }
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
            return textless();
        }
        if (fromPage > 1) {
            throw new UnreadableInputException("cannot read on from page " + fromPage + " of a born-digital file");
        }
        return readText(false);
    }

    /**
     * Lays out every page from its text layer (kept from the first look, or read now), each form to the listener.
     * Without a first look ({@code unlooked}), what it is told is held back until a page with text is met, and a
     * file with none is read as {@link #textless()} with nothing told, as after a first look.
     */
    private SourceDocument readText(boolean unlooked) throws IOException, UnreadableInputException {
        Held told = new Held(listener, unlooked);
        told.started("pdf", pages);
        CountingListener counted = new CountingListener(told);
        BundleForms forms = new BundleForms(counted, (row, notes) -> FormSplitter.asTitle(row, titles), false);
        forms.otherTables(row -> FormSplitter.opensOtherTable(row, titles));
        Map<Integer, List<Glyph>> marks = FormFieldMarks.of(doc);
        for (int page = 1; page <= pages; page++) {
            if (Thread.currentThread().isInterrupted()) {
                forms.stopBefore(page, look(page, marks));
                checkInterrupted();
            }
            String failure = failed.get(page);
            PageContent content = null;
            List<ReaderNote> notes = List.of();
            if (failure == null) {
                try {
                    content = content(page);
                    notes = pageNotes(page);
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    failure = pageFailure(e);
                    failed.put(page, failure);
                }
            }
            if (content != null) {
                if (hasText(content)) {
                    anyText = true;
                    told.release();
                }
                try {
                    forms.page(page, rows(content, marks.get(page)), notes, Map.of(), Map.of());
                } catch (RuntimeException | StackOverflowError e) {
                    failure = pageFailure(e);
                }
            }
            if (failure != null) {
                forms.failed(page, failure);
            }
            told.pageDone(page);
        }
        forms.finish();
        if (unlooked) {
            unmapped = collector.unmappedGlyphs();
            if (failed.size() == pages) {
                throw new UnreadableInputException(failed.values().iterator().next());
            }
            if (!anyText) {
                return textless();
            }
        }
        if (counted.nothing()) {
            if (unmapped > 0) {
                return readByOcr(unreadableTextLayer());
            }
            throw noForm("");
        }
        return new SourceDocument("pdf", pages, List.of());
    }

    /**
     * Page {@code page} laid out for a read that was stopped before it, to tell whether it opens a form (null: it
     * cannot be read): a born-digital page's text takes milliseconds, and the form before it is whole if it does.
     * The thread stays interrupted.
     */
    private List<LayoutRow> look(int page, Map<Integer, List<Glyph>> marks) {
        boolean interrupted = Thread.interrupted();
        try {
            if (failed.containsKey(page)) {
                return null;
            }
            PageContent content = content(page);
            takeNotes();
            return rows(content, marks.get(page));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A born-digital page's rows: its content with its form fields' marks, laid out, page numbers left out. */
    private static List<LayoutRow> rows(PageContent content, List<Glyph> fieldMarks) {
        return FormSplitter.withoutPageNumbers(PageLayouter.layout(FormFieldMarks.with(content, fieldMarks)));
    }

    /** A file none of whose pages carries text is read by OCR, or refused with why. */
    private SourceDocument textless() throws IOException, UnreadableInputException {
        return readByOcr(unmapped > 0 ? unreadableTextLayer()
                : "no text on its pages (an image, or characters drawn as outlines)");
    }

    private static boolean hasText(PageContent content) {
        return content.glyphs().stream().anyMatch(g -> !g.isMark() && !g.isSpace());
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
        listener.started(SourceDocument.SCAN, pages);
        CountingListener counted = new CountingListener(listener);
        ImagePages.Plan plan = new ImagePages.Plan(pages, failed, mode == Mode.OCR, documentNotes, ocr, titles);
        if (jobs > 1 && opener != null && PageRanges.mayDivide(pages)) {
            PageRanges.read(plan, opener, jobs, counted, fromPage, firstForm);
        } else {
            new ImagePages(plan, new ScanRenderer(doc), this::layerPage, PageRanges.numberedFrom(firstForm, counted))
                    .read(fromPage, pages);
        }
        if (counted.nothing() && firstForm == 0) {
            throw noForm(" in the OCR text of the scan");
        }
        return new SourceDocument(SourceDocument.SCAN, pages, List.of());
    }

    private UnreadableInputException noForm(String where) {
        String failures = failed.isEmpty() ? "" : "; " + failed.size() + " page(s) could not be read, page "
                + failed.keySet().iterator().next() + ": " + failed.values().iterator().next();
        return new UnreadableInputException("not a declaration form: title " + String.join(" or ", titles.titles())
                + " not found"
                + where + failures);
    }

    /**
     * Every page against the caps, before any of its content is decoded; and whether any page within them may
     * paint an image (a scan, or an image the first look is to weigh).
     */
    private void checkPages() throws IOException {
        Map<COSStream, String> checked = new IdentityHashMap<>();
        Map<COSBase, String> names = PdfLimits.objectNames(doc);
        PageImages images = new PageImages();
        int page = 0;
        for (var p : doc.getPages()) {
            page++;
            listener.alive();
            String problem = limits.pageProblem(p, checked, names);
            if (problem != null) {
                failed.put(page, problem);
            } else if (!mayPaintImages && fromPage == 1) {
                mayPaintImages = images.mayPaint(p);
            }
        }
    }

    /**
     * A first look at every page: whether it paints an image, carries text, and how a scan's layer stands. A long
     * file read on several threads is looked at on as many, each part of its pages over the file opened again:
     * the pages' looks do not depend on one another, and are gathered in page order.
     */
    private void surveyPages() throws UnreadableInputException {
        if (jobs > 1 && opener != null && PageRanges.mayDivide(pages)) {
            surveyInParts();
            return;
        }
        Look look = new Look();
        for (int page = 1; page <= pages; page++) {
            checkInterrupted();
            listener.alive();
            lookAt(page, doc, collector, layer, failed.keySet(), look);
        }
        look.unmapped = collector.unmappedGlyphs();
        take(look);
    }

    /** What the first look found on a run of pages. */
    private static final class Look {
        final List<ScanTextLayer.Page> survey = new ArrayList<>();
        final Map<Integer, String> failed = new TreeMap<>();
        boolean anyText, anyImage, surveyText;
        /** Glyphs without a Unicode mapping. */
        int unmapped;
    }

    private void take(Look look) {
        survey.addAll(look.survey);
        failed.putAll(look.failed);
        anyText |= look.anyText;
        anyImage |= look.anyImage;
        surveyText |= look.surveyText;
        unmapped += look.unmapped;
    }

    /** Looks at page {@code page} of {@code d} with {@code c} and {@code l} unless it is {@code capped}. */
    private void lookAt(int page, PDDocument d, PageContentCollector c, ScanTextLayer l, Set<Integer> capped,
                        Look look) {
        if (capped.contains(page)) {
            return;
        }
        try {
            PageContent content = collectWith(c, d, page);
            List<ReaderNote> notes = List.copyOf(c.notes());
            c.notes().clear();
            look.anyText |= hasText(content);
            ScanTextLayer.Page scanned;
            if (content.hasImage()) {
                look.anyImage = true;
                scanned = layerOf(l, d, page);
                look.surveyText |= !scanned.words().isEmpty();
            } else {
                scanned = new ScanTextLayer.Page(page, content.width(), content.height(), 0, 0,
                        content.glyphs().size(), List.of());
            }
            look.survey.add(scanned);
            if (pages <= KEPT_PAGES && d == doc) {
                keptContent.put(page, content);
                keptNotes.put(page, notes);
                if (content.hasImage()) {
                    keptLayer.put(page, scanned);
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            look.failed.put(page, pageFailure(e));
        }
    }

    /**
     * The first look split into {@code jobs} runs of pages: the first on this thread over this document (telling
     * the listener signs of life), each other on a thread of its own over the file opened again; a run whose
     * document cannot be opened is looked at here.
     */
    private void surveyInParts() throws UnreadableInputException {
        int size = -Math.floorDiv(-pages, jobs);
        ExecutorService threads = Executors.newFixedThreadPool(jobs - 1, r -> {
            Thread t = new Thread(r, "perfdecl-first-look");
            t.setDaemon(true);
            return t;
        });
        try {
            Set<Integer> capped = Set.copyOf(failed.keySet());
            List<Future<Look>> others = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (int from = 1 + size; from <= pages; from += size) {
                int first = from, last = Math.min(pages, from + size - 1);
                spans.add(new int[] {first, last});
                others.add(threads.submit(() -> lookOver(first, last, capped)));
            }
            take(lookHere(1, size, capped));
            for (int i = 0; i < others.size(); i++) {
                Look look = null;
                while (look == null) {
                    checkInterrupted();
                    listener.alive();
                    try {
                        look = others.get(i).get(500, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        // still looking: a sign of life, and wait on
                    } catch (ExecutionException e) {
                        look = lookHere(spans.get(i)[0], spans.get(i)[1], capped);
                    } catch (InterruptedException e) {
                        throw new UnreadableInputException("interrupted");
                    }
                }
                take(look);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Pages {@code from}..{@code to} looked at over the file opened again, on the calling thread. */
    private Look lookOver(int from, int to, Set<Integer> capped) throws IOException {
        try (ReleasedDocument own = opener.open()) {
            PageContentCollector c = new PageContentCollector();
            ScanTextLayer l = new ScanTextLayer();
            Look look = new Look();
            for (int page = from; page <= to && !Thread.currentThread().isInterrupted(); page++) {
                lookAt(page, own.document(), c, l, capped, look);
            }
            look.unmapped = c.unmappedGlyphs();
            return look;
        }
    }

    /** Pages {@code from}..{@code to} looked at here, over this document, telling the listener signs of life. */
    private Look lookHere(int from, int to, Set<Integer> capped) throws UnreadableInputException {
        Look look = new Look();
        int before = collector.unmappedGlyphs();
        for (int page = from; page <= to; page++) {
            checkInterrupted();
            listener.alive();
            lookAt(page, doc, collector, layer, capped, look);
        }
        look.unmapped = collector.unmappedGlyphs() - before;
        return look;
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
        return collectWith(collector, doc, page);
    }

    /** Page {@code page}'s content as {@code collector}, which reads {@code doc} only, finds it. */
    private static PageContent collectWith(PageContentCollector collector, PDDocument doc, int page)
            throws IOException {
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
        return "text layer unreadable: " + unmapped
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
    private static final class CountingListener implements ForwardingReadListener {
        private final ReadListener to;
        private int forms;

        CountingListener(ReadListener to) {
            this.to = to;
        }

        @Override
        public ReadListener to() {
            return to;
        }

        boolean nothing() {
            return forms == 0;
        }

        @Override
        public void form(FormGrid form) {
            forms++;
            to.form(form);
        }

        @Override
        public void formFailed(int formIndex, int firstPage, int lastPage, String reason) {
            forms++;
            to.formFailed(formIndex, firstPage, lastPage, reason);
        }
    }

    /**
     * Passes everything on; while holding, keeps every event but signs of life (a page done is one) until
     * {@link #release()}, or drops them when the file is read another way.
     */
    private static final class Held implements PostingListener {
        private final ReadListener to;
        private List<Consumer<ReadListener>> held;

        Held(ReadListener to, boolean holding) {
            this.to = to;
            this.held = holding ? new ArrayList<>() : null;
        }

        void release() {
            if (held != null) {
                held.forEach(e -> e.accept(to));
                held = null;
            }
        }

        @Override
        public void post(Consumer<ReadListener> event) {
            if (held == null) {
                event.accept(to);
            } else {
                held.add(event);
            }
        }

        @Override
        public void alive() {
            to.alive();
        }

        @Override
        public void pageDone(int page) {
            post(l -> l.pageDone(page));
            if (held != null) {
                to.alive();
            }
        }
    }
}
