package perfdecl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.ProjectLink;
import perfdecl.model.UnitYearSummary;

/** The audit of a generated archive of more than 10,000 forms finds every planted inconsistency and nothing else. */
class ArchiveAuditTest {

    private static List<FilingArchive.Expected> found(AuditReport report) {
        Map<String, ProjectLink> projects = new HashMap<>();
        report.projects().forEach(p -> projects.put(p.key(), p));
        return report.findings().stream()
                .filter(f -> !AuditFinding.FORM.equals(f.scope()))
                .map(f -> new FilingArchive.Expected(f.code(), projects.get(f.project()).unit(),
                        projects.get(f.project()).projectName(), f.years()))
                .toList();
    }

    @Test
    void everyPlantedFindingIsFoundAndNoOtherAcrossTenThousandForms() {
        FilingArchive archive = FilingArchive.full();
        assertThat(archive.declarations()).hasSizeGreaterThanOrEqualTo(10_000);
        AuditReport report = new Auditor().audit(archive.declarations(), AuditSettings.DEFAULTS);

        assertThat(report.projects()).as("one project per unit and name: none linked across units")
                .hasSize(312 * 9);
        assertThat(archive.planted()).hasSizeGreaterThan(500);
        for (FilingArchive.Kind kind : FilingArchive.Kind.values()) {
            assertThat(archive.planted()).as(kind.name()).anyMatch(e -> e.code().equals(kind.name()));
        }
        assertThat(found(report)).containsExactlyInAnyOrderElementsOf(archive.planted());
    }

    @Test
    void theSummaryCountsEveryFormAndFindingOncePerUnitAndYear() {
        FilingArchive archive = new FilingArchive(30, 9, 3);
        AuditReport report = new Auditor().audit(archive.declarations(), AuditSettings.DEFAULTS);
        List<UnitYearSummary> rows = AuditSummary.rows(report, archive.declarations());
        assertThat(rows).hasSize(30 * 3);
        assertThat(rows.stream().mapToInt(UnitYearSummary::forms).sum()).isEqualTo(archive.declarations().size());
        assertThat(rows.stream().mapToInt(r -> r.errors() + r.warnings() + r.infos()).sum())
                .isEqualTo(report.findings().size());
        UnitYearSummary first = rows.get(0);
        long total = archive.declarations().stream()
                .filter(d -> d.unit().name().equals(first.unit()) && d.year().equals(first.year()))
                .mapToLong(d -> d.budget().currentYear()).sum();
        assertThat(first.currentYear()).isEqualTo(total);
        assertThat(first.projects()).isEqualTo(9);
    }
}
