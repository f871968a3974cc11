/** Geometry to rows, shared by born-digital and scan reading: row bands, column slots, cells placed by rectangles. */
package perfdecl.pdf.layout;
