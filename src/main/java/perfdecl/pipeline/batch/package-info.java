/** The batch machinery: collecting inputs, lanes that extract them, done markers and content claims for resuming, progress. */
package perfdecl.pipeline.batch;
