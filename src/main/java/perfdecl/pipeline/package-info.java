/** Wires readers, parser, rules and writers, runs batches and turns per-file failures into data. */
package perfdecl.pipeline;
