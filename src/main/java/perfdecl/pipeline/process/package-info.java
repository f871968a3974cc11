/** Worker JVMs that extract files in isolation, the protocol they speak and the coordinator that runs them. */
package perfdecl.pipeline.process;
