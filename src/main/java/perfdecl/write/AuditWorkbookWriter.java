package perfdecl.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import perfdecl.model.CrossYearRow;
import perfdecl.model.Declaration;

/**
 * The audit workbook: the four declaration sheets of {@link WorkbookWriter} plus {@code cross_year}, one row per
 * filing of a linked project with its budget figures beside the previous year's.
 */
public final class AuditWorkbookWriter {

    static final List<Column<CrossYearRow>> CROSS_YEAR_COLUMNS = List.of(
            Column.of("project", CrossYearRow::project),
            Column.of("unit", CrossYearRow::unit),
            Column.of("projectName", CrossYearRow::projectName),
            Column.of("year", CrossYearRow::year),
            Column.of("id", CrossYearRow::declaration),
            Column.of("file", CrossYearRow::file),
            Column.amount("budget.total", CrossYearRow::total),
            Column.amount("budget.currentYear", CrossYearRow::currentYear),
            Column.amount("budget.priorYearBudget", CrossYearRow::priorYearBudget),
            Column.amount("budget.priorYearExecuted", CrossYearRow::priorYearExecuted),
            Column.of("executionRate", CrossYearRow::executionRate),
            Column.amount("previousYear.currentYear", CrossYearRow::previousCurrentYear),
            Column.of("previousYear.executionTarget", CrossYearRow::previousExecutionTarget));

    public void write(List<Declaration> declarations, List<CrossYearRow> crossYear, OutputStream out)
            throws IOException {
        List<SheetSpec<?>> sheets = new ArrayList<>(DeclarationTables.all(declarations));
        sheets.add(new SheetSpec<>("cross_year", crossYear, CROSS_YEAR_COLUMNS));
        new WorkbookWriter().writeSheets(sheets, out);
    }
}
