package perfdecl.grid;

import java.util.List;

/**
 * What a reader made of one input file.
 *
 * @param inputKind {@code pdf}, {@code pdf-ocr} or {@code ocr-text}
 * @param pages     page count, {@code null} for text input
 * @param forms     the declaration forms found, in file order
 * @param skippedPages pages no form touches (a budget disclosure's other tables and prose), {@code null} for text
 *                  input
 */
public record SourceDocument(String inputKind, Integer pages, List<FormGrid> forms, Integer skippedPages) {

    public SourceDocument {
        forms = List.copyOf(forms);
    }

    /** A document every page of which belongs to a form (or text input). */
    public SourceDocument(String inputKind, Integer pages, List<FormGrid> forms) {
        this(inputKind, pages, forms, pages == null ? null : 0);
    }
}
