/** A form as rows of cells with text, page, rectangle and checkbox marks: the one shape every reader produces. */
package perfdecl.grid;
