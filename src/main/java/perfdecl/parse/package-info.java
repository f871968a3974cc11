/** Turns a form grid into a declaration: labels, choice groups, budget, indicators and targets. */
package perfdecl.parse;
