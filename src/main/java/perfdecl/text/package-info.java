/** Reads OCR text exports (tab-separated cells, checkbox markup, LaTeX) into form grids. */
package perfdecl.text;
