package perfdecl.pdf.scan;

import perfdecl.grid.Box;

/**
 * One word of an OCR reading: its text, where it stands on the page (points, top-left origin) and how sure the
 * OCR engine was of it.
 *
 * @param confidence 0–1; a PDF text layer carries no confidence, so its words get a plausibility instead
 */
public record OcrWord(String text, Box box, double confidence) {
}
