package perfdecl.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import perfdecl.model.CrossYearRow;
import perfdecl.model.Declaration;
import perfdecl.model.UnitYearSummary;

/**
 * The audit workbook: the four declaration sheets of {@link WorkbookWriter} plus {@code cross_year}, one row per
 * filing of a linked project with its budget figures beside the previous year's, and {@code summary}, one row
 * per unit and year with the figures of report.html's overview (forms, projects, findings by severity, budget
 * totals).
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

    static final List<Column<UnitYearSummary>> SUMMARY_COLUMNS = List.of(
            Column.of("unit", UnitYearSummary::unit),
            Column.of("year", UnitYearSummary::year),
            Column.of("forms", UnitYearSummary::forms),
            Column.of("projects", UnitYearSummary::projects),
            Column.of("findings.error", UnitYearSummary::errors),
            Column.of("findings.warning", UnitYearSummary::warnings),
            Column.of("findings.info", UnitYearSummary::infos),
            Column.amount("budget.total", UnitYearSummary::total),
            Column.amount("budget.currentYear", UnitYearSummary::currentYear));

    public void write(List<Declaration> declarations, List<CrossYearRow> crossYear, List<UnitYearSummary> summary,
                      OutputStream out) throws IOException {
        List<SheetSpec<?>> sheets = new ArrayList<>(DeclarationTables.all(declarations));
        sheets.add(new SheetSpec<>("cross_year", crossYear, CROSS_YEAR_COLUMNS));
        sheets.add(new SheetSpec<>("summary", summary, SUMMARY_COLUMNS));
        new WorkbookWriter().writeSheets(sheets, out);
    }
}
