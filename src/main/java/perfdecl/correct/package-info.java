/** Applies a review's corrections to a declaration: declaration and corrections in, corrected declaration out. */
package perfdecl.correct;
