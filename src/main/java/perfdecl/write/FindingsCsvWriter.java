package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import perfdecl.model.Declaration;

/**
 * Writes the contract's {@code findings.csv}: one row per finding, with the columns of
 * {@link DeclarationTables#findings}, as {@link CsvTableWriter} writes CSV in the given dialect.
 */
public final class FindingsCsvWriter {

    private final CsvDialect dialect;

    public FindingsCsvWriter(CsvDialect dialect) {
        this.dialect = dialect;
    }

    public void write(List<Declaration> declarations, Writer out) throws IOException {
        new CsvTableWriter(dialect).write(DeclarationTables.findings(declarations), out);
    }
}
