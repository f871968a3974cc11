package perfdecl.grid;

import java.nio.file.Path;

/** Reads one input file into forms laid out as grids. Implementations are stateless and thread-safe. */
public interface GridReader {

    /**
     * A system property: {@code true} lets the readers' libraries speak — PDFBox's log and the OCR engine's stderr
     * reach stderr (the CLI's {@code --verbose}); otherwise they are silenced.
     */
    String DIAGNOSTICS = "perfdecl.diagnostics";

    /** Whether this reader handles the file, judged by its first bytes (and name only as a last resort). */
    boolean accepts(Path file, byte[] head);

    /**
     * Reads the file.
     *
     * @throws UnreadableInputException with a one-line reason when the file cannot be read or holds no form
     */
    SourceDocument read(Path file) throws UnreadableInputException;

    /**
     * Reads the file, handing each form to {@code listener} as soon as it is complete (and telling it of pages
     * that failed or were skipped); a page that cannot be read costs the form it belongs to, not the file. Returns
     * what the file was, its forms left empty: the listener had them. Stops between two pages when the thread is
     * interrupted ({@link UnreadableInputException} "interrupted").
     *
     * @throws UnreadableInputException with a one-line reason when the file as a whole cannot be read or holds no
     *                                  form
     */
    default SourceDocument read(Path file, ReadListener listener) throws UnreadableInputException {
        SourceDocument doc = read(file);
        listener.started(doc.inputKind(), doc.pages());
        doc.forms().forEach(listener::form);
        return new SourceDocument(doc.inputKind(), doc.pages(), java.util.List.of());
    }

    /**
     * {@link #read(Path, ReadListener)} with up to {@code jobs} threads for the one file, where the reader can
     * spread its pages over them; what the listener is told is the same whatever {@code jobs}.
     */
    default SourceDocument read(Path file, ReadListener listener, int jobs) throws UnreadableInputException {
        return read(file, listener);
    }

    /**
     * {@link #read(Path, ReadListener, int)} going on from page {@code fromPage} of a file read before up to the
     * form that ended just before it, the next form numbered {@code firstForm}: nothing is told of the pages
     * before the first title page from {@code fromPage} on, and the rest is told as a read from page 1 tells it.
     *
     * @throws UnreadableInputException also when this reader cannot read on from a page
     */
    default SourceDocument read(Path file, ReadListener listener, int jobs, int fromPage, int firstForm)
            throws UnreadableInputException {
        if (fromPage <= 1 && firstForm == 0) {
            return read(file, listener, jobs);
        }
        throw new UnreadableInputException("cannot read on from page " + fromPage);
    }
}
