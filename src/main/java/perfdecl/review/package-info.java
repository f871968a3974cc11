/** The review server: a local web page over an extract output folder, an entry point beside the CLI. */
package perfdecl.review;
