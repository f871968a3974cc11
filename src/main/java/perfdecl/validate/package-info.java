/** Checks of one extracted declaration, one rule per class, each reporting findings with their evidence. */
package perfdecl.validate;
