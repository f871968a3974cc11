/** Wires readers, parser, rules and writers for one file and one output folder, and runs audits over filings. */
package perfdecl.pipeline;
