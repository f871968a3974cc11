package perfdecl.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import perfdecl.model.AuditReport;
import perfdecl.model.CrossYearRow;
import perfdecl.model.Declaration;

class CrossYearTableTest {

    private final List<Declaration> filings = MultiYearFilings.load();
    private final AuditReport report = new Auditor().audit(filings, AuditSettings.DEFAULTS);

    @Test
    void oneRowPerFilingWithLastYearsBudgetAndDeclaredExecutionTarget() {
        List<CrossYearRow> rows = CrossYearTable.rows(report, filings);
        assertThat(rows).hasSize(filings.size());
        CrossYearRow hotline2019 = rows.stream().filter(r -> "hrss-12333-2019.pdf".equals(r.file())).findFirst().orElseThrow();
        assertThat(hotline2019.year()).isEqualTo(2019);
        assertThat(hotline2019.currentYear()).isEqualTo(60_000_000L);
        assertThat(hotline2019.priorYearBudget()).isEqualTo(40_000_000L);
        assertThat(hotline2019.priorYearExecuted()).isEqualTo(37_000_000L);
        assertThat(hotline2019.executionRate()).isEqualByComparingTo(new BigDecimal("92.50"));
        assertThat(hotline2019.previousCurrentYear()).isEqualTo(40_000_000L);
        assertThat(hotline2019.previousExecutionTarget()).isEqualTo("≥98%");
    }

    @Test
    void aFirstYearHasNoPreviousFiguresAndABlankPriorBudgetNoRate() {
        List<CrossYearRow> rows = CrossYearTable.rows(report, filings);
        CrossYearRow first = rows.stream().filter(r -> "skills-2018.pdf".equals(r.file())).findFirst().orElseThrow();
        assertThat(first.previousCurrentYear()).isNull();
        assertThat(first.previousExecutionTarget()).isNull();
        // 10,900,000 ÷ 11,000,000 = 99.0909…%, rounded down
        assertThat(first.executionRate()).isEqualByComparingTo(new BigDecimal("99.09"));
        CrossYearRow textbooks = rows.stream().filter(r -> "jobs-textbooks-2020.pdf".equals(r.file())).findFirst().orElseThrow();
        assertThat(textbooks.executionRate()).isNull();
    }

    @Test
    void rowsFollowTheReportsProjectsAndYears() {
        List<CrossYearRow> rows = CrossYearTable.rows(report, filings);
        List<String> keys = report.projects().stream().map(p -> p.key()).toList();
        assertThat(rows).extracting(r -> keys.indexOf(r.project())).isSorted();
    }

    @Test
    void declarationsOtherThanTheReportsAreRefused() {
        assertThatThrownBy(() -> CrossYearTable.rows(report, filings.subList(0, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
