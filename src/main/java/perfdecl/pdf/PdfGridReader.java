package perfdecl.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDPushButton;

import perfdecl.grid.Box;
import perfdecl.grid.FormGrid;
import perfdecl.grid.GridReader;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;
import perfdecl.model.Declaration;
import perfdecl.pdf.content.Glyph;
import perfdecl.pdf.content.PageContent;
import perfdecl.pdf.content.PageContentCollector;
import perfdecl.pdf.content.PageFrame;
import perfdecl.pdf.layout.GridAssembler;
import perfdecl.pdf.layout.LayoutRow;
import perfdecl.pdf.layout.PageBreakJoiner;
import perfdecl.pdf.layout.PageLayouter;
import perfdecl.pdf.scan.ScanGridReader;
import perfdecl.pdf.scan.ScanTextLayer;

/**
 * Reads a born-digital PDF (text layer present) into declaration forms laid out as grids: one PDFBox pass per
 * page gives glyphs, rulings and vector checkboxes; tabula's lattice detection finds the ruled cells; cells are
 * placed by rectangle, a table continued across pages is joined, and a bundle splits at each title line.
 * Refuses, with a one-line reason, files that are not PDFs, need a user password, break a {@link PdfLimits} cap,
 * have no text layer, or hold no declaration form. Stateless and thread-safe.
 */
public final class PdfGridReader implements GridReader {

    /** Held so the configured levels are not lost when the loggers are garbage-collected. */
    private static final List<Logger> QUIET_LOGGERS = List.of(
            Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    static {
        if (!Boolean.getBoolean(DIAGNOSTICS)) {
            QUIET_LOGGERS.forEach(l -> l.setLevel(Level.OFF));
        }
    }

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final PdfLimits limits;
    private final OcrEngine ocr;

    /** A reader with the {@link PdfLimits#STANDARD standard} caps and the {@link OcrEngine#standard default} OCR. */
    public PdfGridReader() {
        this(PdfLimits.STANDARD);
    }

    public PdfGridReader(PdfLimits limits) {
        this(limits, OcrEngine.standard());
    }

    /** A reader that reads scans and unusable text layers with {@code ocr} (or refuses them when it cannot run). */
    public PdfGridReader(PdfLimits limits, OcrEngine ocr) {
        this.limits = limits;
        this.ocr = ocr;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        if (head == null || head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SourceDocument read(Path file) throws UnreadableInputException {
        byte[] head = readHead(file);
        if (!accepts(file, head)) {
            throw new UnreadableInputException("not a PDF: the file does not start with %PDF-");
        }
        try (ReleasedDocument released = new ReleasedDocument(PDDocument.load(file.toFile(), scratch()))) {
            PDDocument doc = released.document();
            limits.check(doc);
            return read(doc, ocr);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("encrypted with a user password", e);
        } catch (IOException e) {
            throw new UnreadableInputException("damaged PDF: " + oneLine(e), e);
        } catch (RuntimeException e) {
            throw new UnreadableInputException("PDF could not be read: " + oneLine(e), e);
        } catch (StackOverflowError e) {
            throw new UnreadableInputException("damaged PDF: objects nested too deeply to read");
        }
    }

    /**
     * Where PDFBox keeps a document's streams: memory up to 32 MB (any filing; a long scan spills to a temporary
     * file). Left unrestricted, PDFBox gives every document a 100,000-page table (400 KB) up front, and since a
     * document is reclaimed only after its finalizer has run, those tables piled up in a worker's old generation.
     */
    private static MemoryUsageSetting scratch() {
        return MemoryUsageSetting.setupMixed(32L << 20);
    }

    private static SourceDocument read(PDDocument doc, OcrEngine ocr) throws IOException, UnreadableInputException {
        PageContentCollector collector = new PageContentCollector();
        collector.getText(doc);
        List<PageContent> pages = withFormFieldMarks(doc, collector.pages());
        SourceDocument scan = pages.stream().anyMatch(PageContent::hasImage) ? ScanGridReader.readIfScan(doc, ocr) : null;
        if (scan != null) {
            return scan;
        }
        boolean anyText = pages.stream().flatMap(p -> p.glyphs().stream()).anyMatch(g -> !g.isMark() && !g.isSpace());
        if (!anyText && collector.unmappedGlyphs() > 0) {
            return readByOcr(doc, unreadableTextLayer(collector), ocr);
        }
        if (!anyText) {
            return readByOcr(doc, "no text on its pages (an image, or characters drawn as outlines)", ocr);
        }
        List<LayoutRow> rows = new ArrayList<>();
        for (PageContent page : pages) {
            rows.addAll(PageLayouter.layout(page));
        }
        List<List<LayoutRow>> forms = FormSplitter.split(rows);
        if (forms.isEmpty()) {
            if (collector.unmappedGlyphs() > 0) {
                return readByOcr(doc, unreadableTextLayer(collector), ocr);
            }
            throw new UnreadableInputException("not a declaration form: title " + Declaration.TITLE + " not found");
        }
        List<FormGrid> grids = new ArrayList<>();
        for (List<LayoutRow> form : forms) {
            grids.add(GridAssembler.assemble(grids.size(), PageBreakJoiner.join(form), collector.notes()));
        }
        return new SourceDocument("pdf", doc.getNumberOfPages(), grids);
    }

    private static String unreadableTextLayer(PageContentCollector collector) {
        return "text layer unreadable: " + collector.unmappedGlyphs()
                + " glyphs have no Unicode mapping (fonts without ToUnicode)";
    }

    /**
     * A PDF whose text cannot be used — fonts without a Unicode map, characters drawn as outlines, page images
     * without a text layer — is read like an image-only scan: every page rendered and OCR'd, each form saying so
     * (OCR_PAGES). Where the OCR engine cannot run it is refused with {@code why} and what to install or choose.
     */
    private static SourceDocument readByOcr(PDDocument doc, String why, OcrEngine ocr) throws IOException,
            UnreadableInputException {
        if (!ocr.available()) {
            throw new UnreadableInputException(why + "; " + ocr.missing());
        }
        ScanTextLayer layer = new ScanTextLayer();
        layer.getText(doc);
        List<ScanTextLayer.Page> blank = layer.pages().stream()
                .map(p -> new ScanTextLayer.Page(p.page(), p.width(), p.height(), p.imageCoverage(),
                        p.invisibleChars(), p.visibleChars(), List.of()))
                .toList();
        SourceDocument read = ScanGridReader.read(doc, blank, ocr);
        ReaderNote note = new ReaderNote("OCR_PAGES", 1, null,
                "the PDF's own text could not be used (" + why + "): every page was read from its image by OCR, "
                        + "so check the values marked uncertain");
        List<FormGrid> grids = read.forms().stream().map(g -> new FormGrid(g.formIndex(), g.firstPage(),
                g.lastPage(), g.rows(), concat(note, g.notes()))).toList();
        return new SourceDocument(read.inputKind(), read.pages(), grids);
    }

    private static List<ReaderNote> concat(ReaderNote first, List<ReaderNote> rest) {
        List<ReaderNote> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** AcroForm check boxes live in annotations, outside the page content: add their widgets as marks. */
    private static List<PageContent> withFormFieldMarks(PDDocument doc, List<PageContent> pages) throws IOException {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        if (form == null) {
            return pages;
        }
        List<List<Glyph>> extra = new ArrayList<>();
        pages.forEach(p -> extra.add(new ArrayList<>()));
        boolean found = false;
        for (PDField field : form.getFieldTree()) {
            if (!(field instanceof PDButton) || field instanceof PDPushButton) {
                continue;
            }
            for (PDAnnotationWidget widget : field.getWidgets()) {
                PDPage page = widget.getPage();
                int index = page == null ? -1 : doc.getPages().indexOf(page);
                PDRectangle r = widget.getRectangle();
                if (index < 0 || index >= pages.size() || r == null) {
                    continue;
                }
                Box box = PageFrame.of(page).fromUserSpace(r);
                COSName state = widget.getAppearanceState();
                boolean checked = state != null && !COSName.Off.equals(state);
                extra.get(index).add(new Glyph("acroform:" + field.getFullyQualifiedName(), box, box.bottom(),
                        box.height(), checked));
                found = true;
            }
        }
        if (!found) {
            return pages;
        }
        List<PageContent> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageContent p = pages.get(i);
            List<Glyph> glyphs = new ArrayList<>(p.glyphs());
            glyphs.addAll(extra.get(i));
            out.add(new PageContent(p.page(), p.width(), p.height(), glyphs, p.segments(), p.hasImage()));
        }
        return out;
    }

    private static byte[] readHead(Path file) throws UnreadableInputException {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot open the file: " + oneLine(e), e);
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

}
