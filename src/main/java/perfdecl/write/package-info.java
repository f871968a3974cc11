/**
 * Writes declarations and run reports as JSON, JSON Lines, CSV and XLSX onto streams the pipeline opens, and reads
 * its own JSON back with the same mapping, for audit and review.
 */
package perfdecl.write;
