/** The review folder a reviewer corrects extractions in, and reading the corrections back. */
package perfdecl.pipeline.review;
