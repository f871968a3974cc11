package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import perfdecl.model.Declaration;

/**
 * Writes one declaration as pretty JSON in the output contract's key order: blank fields as explicit
 * {@code null}, numbers plain (98.00 stays 98.00, never 4E+5), map keys sorted, {@code provenance} only when
 * it holds something, and a trailing newline. The caller's writer decides the encoding (UTF-8) and stays open.
 */
public final class DeclarationJsonWriter {

    public void write(Declaration declaration, Writer out) throws IOException {
        out.write(JsonFormat.MAPPER.writer(JsonFormat.PRETTY).writeValueAsString(declaration));
        out.write('\n');
        out.flush();
    }
}
