/** The content-stream pass over a born-digital page: glyphs with their positions, ruling segments and checkbox marks. */
package perfdecl.pdf.content;
