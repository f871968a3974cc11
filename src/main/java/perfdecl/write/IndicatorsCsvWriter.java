package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import perfdecl.model.Declaration;

/**
 * Writes the contract's {@code indicators.csv}: one row per indicator, with the columns of
 * {@link DeclarationTables#indicators}, as {@link CsvTableWriter} writes CSV in the given dialect.
 */
public final class IndicatorsCsvWriter {

    private final CsvDialect dialect;

    public IndicatorsCsvWriter(CsvDialect dialect) {
        this.dialect = dialect;
    }

    public void write(List<Declaration> declarations, Writer out) throws IOException {
        new CsvTableWriter(dialect).write(DeclarationTables.indicators(declarations), out);
    }
}
