package perfdecl.model;

import java.util.List;

/**
 * Where a declaration was read from.
 *
 * @param file      file name as given
 * @param sha256    hex digest of the whole input file
 * @param formIndex 0-based position of the form inside the file
 * @param pages     first and last page (1-based), or {@code null} for text input
 * @param inputKind {@code pdf}, {@code pdf-ocr} or {@code ocr-text}
 */
public record Source(String file, String sha256, int formIndex, List<Integer> pages, String inputKind) {
}
