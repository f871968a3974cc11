/**
 * The extracted declaration as plain records, exactly the shape of the output contract, and the values stages share.
 */
package perfdecl.model;
