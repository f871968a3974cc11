package perfdecl.pdf.scan;

/**
 * An OCR engine's reading of one cell image: its text (lines joined by "\n"), the lowest confidence of its words
 * or characters, and the mean confidence per character (each character weighs its own or its word's confidence),
 * both 0–1.
 */
public record OcrReading(String text, double confidence, double meanConfidence) {
}
