/**
 * PDF reader entry points: {@link PdfGridReader} tells born-digital pages from scans and hands them to the content
 * pass and layout or to the scan reader, within {@link PdfLimits}; the OCR engine is chosen here by name.
 */
package perfdecl.pdf;
