package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import perfdecl.model.Declaration;

/**
 * Writes the contract's {@code budget_items.csv}: one row per budget item, with the columns of
 * {@link DeclarationTables#budgetItems}, as {@link CsvTableWriter} writes CSV.
 */
public final class BudgetItemsCsvWriter {

    public void write(List<Declaration> declarations, Writer out) throws IOException {
        new CsvTableWriter().write(DeclarationTables.budgetItems(declarations), out);
    }
}
