/** Audit across filings and years: links the same project over years and compares consecutive filings. */
package perfdecl.audit;
