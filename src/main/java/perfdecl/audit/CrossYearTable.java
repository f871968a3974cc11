package perfdecl.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import perfdecl.model.AuditReport;
import perfdecl.model.Budget;
import perfdecl.model.CrossYearRow;
import perfdecl.model.Declaration;
import perfdecl.model.ProjectLink;

/**
 * The flat cross-year budget table (one row per filing, projects in report order, years ascending) for
 * spreadsheets: each filing's budget figures next to the previous year's 项目当年预算 and 预算执行率 target.
 */
public final class CrossYearTable {

    private CrossYearTable() {
    }

    /**
     * @param declarations the declarations {@code report} was made from, in the same order
     * @throws IllegalArgumentException when they are not the report's declarations
     */
    public static List<CrossYearRow> rows(AuditReport report, List<Declaration> declarations) {
        if (report.forms().size() != declarations.size()) {
            throw new IllegalArgumentException("the report covers " + report.forms().size() + " declarations, "
                    + declarations.size() + " given");
        }
        Map<String, Declaration> byRef = new HashMap<>();
        for (int i = 0; i < declarations.size(); i++) {
            byRef.put(report.forms().get(i).declaration(), declarations.get(i));
        }
        List<CrossYearRow> rows = new ArrayList<>();
        for (ProjectLink project : report.projects()) {
            for (int i = 0; i < project.declarations().size(); i++) {
                Declaration d = byRef.get(project.declarations().get(i));
                Declaration previous = previousYear(project, d.year(), byRef);
                rows.add(row(project, project.declarations().get(i), d, previous));
            }
        }
        return rows;
    }

    private static Declaration previousYear(ProjectLink project, Integer year, Map<String, Declaration> byRef) {
        if (year == null) {
            return null;
        }
        for (int i = 0; i < project.years().size(); i++) {
            if (Objects.equals(project.years().get(i), year - 1)) {
                return byRef.get(project.declarations().get(i));
            }
        }
        return null;
    }

    private static CrossYearRow row(ProjectLink project, String ref, Declaration d, Declaration previous) {
        Budget b = d.budget();
        Long total = b == null ? null : b.total();
        Long current = b == null ? null : b.currentYear();
        Long priorBudget = b == null ? null : b.priorYearBudget();
        Long priorExecuted = b == null ? null : b.priorYearExecuted();
        Long previousCurrent = previous == null || previous.budget() == null ? null : previous.budget().currentYear();
        Long denominator = ExecutionRate.denominator(priorBudget, previousCurrent);
        BigDecimal rate = priorExecuted == null || denominator == null ? null : ExecutionRate.percent(priorExecuted, denominator);
        String target = previous == null ? null
                : ExecutionRate.declaredTarget(previous).map(t -> t.target().raw()).orElse(null);
        return new CrossYearRow(project.key(), d.unit() == null ? null : d.unit().name(), d.projectName(), d.year(), ref,
                d.source() == null ? null : d.source().file(), total, current, priorBudget, priorExecuted, rate,
                previousCurrent, target);
    }

}
