/** Re-reads and pixel checks that repair a scan's OCR text cell by cell: signs, dashes, brackets, amounts, votes. */
package perfdecl.pdf.scan.repair;
