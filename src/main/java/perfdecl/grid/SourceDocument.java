package perfdecl.grid;

import java.util.List;

/**
 * What a reader made of one input file.
 *
 * @param inputKind {@code pdf}, {@code pdf-ocr} or {@code ocr-text}
 * @param pages     page count, {@code null} for text input
 * @param forms     the declaration forms found, in file order
 */
public record SourceDocument(String inputKind, Integer pages, List<FormGrid> forms) {

    /** The input kind of a scan: page images read by OCR. */
    public static final String SCAN = "pdf-ocr";

    public SourceDocument {
        forms = List.copyOf(forms);
    }
}
