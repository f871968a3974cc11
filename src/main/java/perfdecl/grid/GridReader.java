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
}
