/**
 * PDF reader: born-digital PDFs from PDFBox glyphs and paths plus tabula ruling geometry, scanned PDFs from the page
 * image (rulings, checkboxes and signs in the pixels, words from the OCR text layer or an {@link OcrEngine}), laid
 * out as the form grid.
 */
package perfdecl.pdf;
