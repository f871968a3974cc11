package perfdecl.pdf.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Row;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.Token;
import perfdecl.grid.UnreadableInputException;
import perfdecl.model.Declaration;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.layout.GridAssembler;
import perfdecl.pdf.layout.LayoutRow;
import perfdecl.pdf.layout.PageBreakJoiner;

/**
 * Reads a scanned PDF ({@code inputKind "pdf-ocr"}): page images with an invisible OCR text layer, or with no text
 * at all when an OCR engine ({@link OcrEngine}) can read them. Each page is laid out from its pixels ({@link ScanPageLayout}),
 * forms split at each title line (matched with OCR tolerance), and the cells and marks carry the confidence they
 * were read with.
 */
public final class ScanGridReader {

    /** A page counts as scanned when one image covers most of it. */
    static final double PAGE_IMAGE = 0.7;
    /** Re-reads are cheap (an engine reads a cell's crop in some 20–200 ms), but bounded on junk pages. */
    private static final int REREADS_PER_PAGE = 30, REREADS_PER_DOCUMENT = 150;
    /**
     * OCR every page again (deskewed, rulings removed) when the OCR engine can run: seconds a page, and far fewer
     * misreadings than the text layer a copier or ocrmypdf made from the skewed page with its table lines.
     * {@code -Dperfdecl.scan.textLayer=true} keeps the text layer (repaired and re-read cell by cell) instead.
     */
    private static final boolean REOCR = !Boolean.getBoolean("perfdecl.scan.textLayer");

    private ScanGridReader() {
    }

    /**
     * Whether the document is a scan: most pages are one page-sized image, and whatever text they carry is
     * invisible (an OCR layer) or absent.
     */
    static boolean isScan(List<ScanTextLayer.Page> pages) {
        long scanned = pages.stream().filter(p -> p.imageCoverage() >= PAGE_IMAGE
                && p.visibleChars() <= 0.1 * (p.visibleChars() + p.invisibleChars())).count();
        return !pages.isEmpty() && scanned * 2 > pages.size();
    }

    /** The scan read, or {@code null} when the document is not a scan (one more content pass to tell). */
    public static SourceDocument readIfScan(PDDocument doc, OcrEngine ocr) throws IOException, UnreadableInputException {
        ScanTextLayer layer = new ScanTextLayer();
        layer.getText(doc);
        return isScan(layer.pages()) ? read(doc, layer.pages(), ocr) : null;
    }

    public static SourceDocument read(PDDocument doc, List<ScanTextLayer.Page> pages, OcrEngine ocr) throws IOException,
            UnreadableInputException {
        boolean anyText = pages.stream().anyMatch(p -> !p.words().isEmpty());
        if (!anyText && !ocr.available()) {
            throw new UnreadableInputException("scanned image without text; " + ocr.missing());
        }
        PDFRenderer renderer = new PDFRenderer(doc);
        List<LayoutRow> rows = new ArrayList<>();
        List<ReaderNote> notes = new ArrayList<>();
        Map<String, Double> cellConfidence = new HashMap<>(), markConfidence = new HashMap<>();
        int rereads = 0;
        for (ScanTextLayer.Page page : pages) {
            int budget = Math.min(REREADS_PER_PAGE, REREADS_PER_DOCUMENT - rereads);
            ScanPage laid = ScanPageLayout.layout(renderer, page, page.words().isEmpty() ? null : page.words(),
                    REOCR, budget, ocr);
            rereads += laid.rereads();
            rows.addAll(laid.rows());
            notes.addAll(laid.notes());
            laid.cellConfidence().forEach((b, c) -> cellConfidence.put(key(page.page(), b), c));
            laid.markConfidence().forEach((b, c) -> markConfidence.put(key(page.page(), b), c));
        }
        if (!(REOCR && ocr.available())) {
            notes.add(0, new ReaderNote("OCR_TEXT_LAYER", 1, null, "read from the scan's own OCR text layer"
                    + (ocr.available() ? "" : " (" + ocr.missing().replaceFirst(" to OCR it$", " to read the pages"
                    + " again") + ")") + "; its words are unsure and every value read from it is marked so"));
        }
        List<List<LayoutRow>> forms = ScanTitle.split(rows, notes);
        if (forms.isEmpty()) {
            throw new UnreadableInputException("not a declaration form: title " + Declaration.TITLE
                    + " not found in the OCR text of the scan");
        }
        List<FormGrid> grids = new ArrayList<>();
        for (List<LayoutRow> form : forms) {
            FormGrid grid = GridAssembler.assemble(grids.size(), PageBreakJoiner.join(form), notes);
            grids.add(withConfidence(grid, cellConfidence, markConfidence));
        }
        return new SourceDocument("pdf-ocr", doc.getNumberOfPages(), grids);
    }

    private static String key(int page, Box b) {
        return page + ":" + b;
    }

    private static FormGrid withConfidence(FormGrid grid, Map<String, Double> cells, Map<String, Double> marks) {
        List<Row> rows = new ArrayList<>();
        for (Row row : grid.rows()) {
            List<Cell> out = new ArrayList<>();
            for (Cell c : row.cells()) {
                List<Token> tokens = new ArrayList<>();
                double confidence = c.box() == null ? 1 : cells.getOrDefault(key(c.page(), c.box()), 1.0);
                for (Token t : c.tokens()) {
                    Double m = t.isMark() && t.box() != null ? marks.get(key(c.page(), t.box())) : null;
                    if (m != null) {
                        tokens.add(Token.mark(t.checked(), t.text(), t.line(), t.box(), m));
                        confidence = Math.min(confidence, m);
                    } else {
                        tokens.add(t);
                    }
                }
                out.add(new Cell(c.column(), c.columnSpan(), c.text(), tokens, c.page(), c.box(), confidence));
            }
            rows.add(new Row(out, row.page()));
        }
        return new FormGrid(grid.formIndex(), grid.firstPage(), grid.lastPage(), rows, grid.notes());
    }
}
