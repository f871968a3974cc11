package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import perfdecl.model.Declaration;

/**
 * Writes the contract's {@code findings.csv}: one row per finding, with the columns of
 * {@link DeclarationTables#findings}, as {@link CsvTableWriter} writes CSV.
 */
public final class FindingsCsvWriter {

    public void write(List<Declaration> declarations, Writer out) throws IOException {
        new CsvTableWriter().write(DeclarationTables.findings(declarations), out);
    }
}
