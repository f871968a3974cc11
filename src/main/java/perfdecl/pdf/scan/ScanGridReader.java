package perfdecl.pdf.scan;

import java.util.List;

import perfdecl.pdf.OcrEngine;

/**
 * What makes a PDF a scan ({@code inputKind "pdf-ocr"}): page images with an invisible OCR text layer, or with no
 * text at all when an OCR engine ({@link OcrEngine}) can read them; the paged reading lays each page out from its
 * pixels ({@link ScanPageLayout}), splits forms at each title line (matched with OCR tolerance, {@link ScanTitle})
 * and gives the cells and marks the confidence they were read with.
 */
public final class ScanGridReader {

    /** A page counts as scanned when one image covers most of it. */
    static final double PAGE_IMAGE = 0.7;
    /** Re-reads are cheap (an engine reads a cell's crop in some 20–200 ms), but bounded on junk pages. */
    public static final int REREADS_PER_PAGE = 30, REREADS_PER_DOCUMENT = 150;
    /**
     * OCR every page again (deskewed, rulings removed) when the OCR engine can run: seconds a page, and far fewer
     * misreadings than the text layer a copier or ocrmypdf made from the skewed page with its table lines.
     * {@code -Dperfdecl.scan.textLayer=true} keeps the text layer (repaired and re-read cell by cell) instead.
     */
    public static final boolean REOCR = !Boolean.getBoolean("perfdecl.scan.textLayer");

    private ScanGridReader() {
    }

    /**
     * Whether the document is a scan: most pages are one page-sized image, and whatever text they carry is
     * invisible (an OCR layer) or absent.
     */
    public static boolean isScan(List<ScanTextLayer.Page> pages) {
        long scanned = pages.stream().filter(p -> p.imageCoverage() >= PAGE_IMAGE
                && p.visibleChars() <= 0.1 * (p.visibleChars() + p.invisibleChars())).count();
        return !pages.isEmpty() && scanned * 2 > pages.size();
    }
}
