package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import perfdecl.model.Declaration;

/**
 * Writes the contract's {@code declarations.csv}: one row per form, the scalar fields flattened with dotted names, with the columns of
 * {@link DeclarationTables#declarations}, as {@link CsvTableWriter} writes CSV in the given dialect.
 */
public final class DeclarationsCsvWriter {

    private final CsvDialect dialect;

    public DeclarationsCsvWriter(CsvDialect dialect) {
        this.dialect = dialect;
    }

    public void write(List<Declaration> declarations, Writer out) throws IOException {
        new CsvTableWriter(dialect).write(DeclarationTables.declarations(declarations), out);
    }
}
