/** Scan reading: page raster, skew and orientation, rulings, checkboxes, the text layer and the OCR engines. */
package perfdecl.pdf.scan;
