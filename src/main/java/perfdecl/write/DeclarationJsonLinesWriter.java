package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import perfdecl.model.Declaration;

/**
 * Writes declarations as JSON Lines: one compact object per line, each ended by "\n", in list order, with the
 * same field rules as {@link DeclarationJsonWriter}. The writer stays open.
 */
public final class DeclarationJsonLinesWriter {

    public void write(List<Declaration> declarations, Writer out) throws IOException {
        var writer = JsonFormat.MAPPER.writer();
        for (Declaration declaration : declarations) {
            out.write(writer.writeValueAsString(declaration));
            out.write('\n');
        }
        out.flush();
    }
}
