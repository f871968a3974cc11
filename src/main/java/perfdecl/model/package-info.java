/** The extracted declaration as plain records, exactly the shape of the output contract. */
package perfdecl.model;
