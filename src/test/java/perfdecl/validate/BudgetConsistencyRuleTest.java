package perfdecl.validate;

import org.junit.jupiter.api.Test;
import perfdecl.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.validate.DeclarationFixture.declaration;

class BudgetConsistencyRuleTest {

    private final BudgetConsistencyRule rule = new BudgetConsistencyRule();

    @Test
    void currentYearAboveTotalIsReportedWithBothAmounts() {
        var d = declaration().budget(3511500L, 3611500L).build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CURRENT_YEAR_EXCEEDS_TOTAL");
            assertThat(f.severity()).isEqualTo(Finding.WARNING);
            assertThat(f.field()).isEqualTo("budget.currentYear");
            assertThat(f.expected()).isEqualTo(3511500L);
            assertThat(f.actual()).isEqualTo(3611500L);
            assertThat(f.message()).contains("项目总预算", "by 100000 yuan");
        });
    }

    @Test
    void priorYearExecutedAboveBudgetIsReported() {
        var d = declaration().priorYear(0L, 5000L).build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET");
            assertThat(f.field()).isEqualTo("budget.priorYearExecuted");
            assertThat(f.expected()).isEqualTo(0L);
            assertThat(f.actual()).isEqualTo(5000L);
        });
    }

    @Test
    void consistentOrUnknownAmountsGiveNoFinding() {
        // Form 4: total = current year; 11108102 executed of 11374400.
        assertThat(rule.check(declaration().budget(13035400L, 13035400L).priorYear(11374400L, 11108102L).build()))
                .isEmpty();
        assertThat(rule.check(declaration().budget(null, 5L).priorYear(null, 5L).build())).isEmpty();
    }
}
