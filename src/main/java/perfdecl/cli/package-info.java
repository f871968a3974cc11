/** The picocli commands: options in, pipeline run, exit code out. */
package perfdecl.cli;
