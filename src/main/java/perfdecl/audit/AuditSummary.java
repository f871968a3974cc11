package perfdecl.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.Budget;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.FormRef;
import perfdecl.model.ProjectLink;
import perfdecl.model.UnitYearSummary;

/**
 * The audit's figures per unit and year — forms, projects, findings by severity, budget totals — one row per
 * (unit, year), units in name order, years ascending (unknown last). A form counts under its project's unit, so
 * a unit whose name was filed slightly differently over the years stays one row per year; a finding counts in
 * the last year it concerns.
 */
public final class AuditSummary {

    private AuditSummary() {
    }

    /** @param declarations the declarations {@code report} was made from, in the same order */
    public static List<UnitYearSummary> rows(AuditReport report, List<Declaration> declarations) {
        if (report.forms().size() != declarations.size()) {
            throw new IllegalArgumentException("the report covers " + report.forms().size() + " declarations, "
                    + declarations.size() + " given");
        }
        Map<String, String> unitOf = new HashMap<>();
        for (ProjectLink p : report.projects()) {
            unitOf.put(p.key(), Objects.toString(p.unit(), ""));
        }
        Comparator<Integer> years = Comparator.nullsLast(Comparator.naturalOrder());
        Map<String, Map<Integer, Tally>> tallies = new TreeMap<>();
        for (int i = 0; i < declarations.size(); i++) {
            FormRef ref = report.forms().get(i);
            Tally t = tallies.computeIfAbsent(unitOf.getOrDefault(ref.project(), Objects.toString(ref.unit(), "")),
                    u -> new TreeMap<>(years)).computeIfAbsent(ref.year(), y -> new Tally());
            t.forms++;
            t.projects.add(ref.project());
            Budget b = declarations.get(i).budget();
            if (b != null) {
                t.total += b.total() == null ? 0 : b.total();
                t.currentYear += b.currentYear() == null ? 0 : b.currentYear();
            }
        }
        for (AuditFinding f : report.findings()) {
            Integer year = f.years().isEmpty() ? null : f.years().get(f.years().size() - 1);
            Tally t = tallies.computeIfAbsent(unitOf.getOrDefault(f.project(), ""), u -> new TreeMap<>(years))
                    .computeIfAbsent(year, y -> new Tally());
            switch (f.severity()) {
                case Finding.ERROR -> t.errors++;
                case Finding.WARNING -> t.warnings++;
                default -> t.infos++;
            }
        }
        List<UnitYearSummary> rows = new ArrayList<>();
        tallies.forEach((unit, byYear) -> byYear.forEach((year, t) -> rows.add(new UnitYearSummary(unit, year, t.forms,
                t.projects.size(), t.errors, t.warnings, t.infos, t.total, t.currentYear))));
        return rows;
    }

    private static final class Tally {
        int forms;
        final Set<String> projects = new HashSet<>();
        int errors;
        int warnings;
        int infos;
        long total;
        long currentYear;
    }
}
