/** The extraction as an Apache Spark job over any Hadoop file system, an entry point beside the CLI. */
package perfdecl.spark;
