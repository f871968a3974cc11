/** Writes declarations and run reports as JSON, JSON Lines, CSV and XLSX onto streams the pipeline opens. */
package perfdecl.write;
