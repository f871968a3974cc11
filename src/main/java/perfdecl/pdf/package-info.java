/** Born-digital PDF reader: PDFBox glyphs and paths plus tabula ruling geometry, laid out as the form grid. */
package perfdecl.pdf;
