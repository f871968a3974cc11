package perfdecl.validate;

import org.junit.jupiter.api.Test;
import perfdecl.model.Finding;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.validate.DeclarationFixture.declaration;

class PriorYearExecutionRuleTest {

    private final PriorYearExecutionRule rule = new PriorYearExecutionRule();

    @Test
    void executionBelowTargetIsReportedWithRateAndBothAmounts() {
        // Form 2 (师资进修): 2373044 of 5430000 executed against a target of >98%.
        var d = declaration().priorYear(5430000L, 2373044L)
                .indicator(null, "预算执行率", ">98%", ">", "98", "%").build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PRIOR_YEAR_EXECUTION_BELOW_TARGET");
            assertThat(f.severity()).isEqualTo(Finding.WARNING);
            assertThat(f.field()).isEqualTo("budget.priorYearExecuted");
            assertThat(f.expected()).isEqualTo(">98%");
            assertThat(f.actual()).isEqualTo(new BigDecimal("43.70"));
            assertThat(f.message()).contains("2373044", "5430000", "43.70%", ">98%", "预算执行率");
        });
    }

    @Test
    void shortfallJustUnderTheTargetIsReported() {
        // Form 4 (委托服务经费): 97.66 % against ≥98%, under a level-2 dimension.
        var d = declaration().priorYear(11374400L, 11108102L)
                .indicator("资金投入管理", "预算执行率", "≥98%", "≥", "98", "%").build();

        assertThat(rule.check(d)).singleElement()
                .extracting(Finding::expected, Finding::actual)
                .containsExactly("≥98%", new BigDecimal("97.66"));
    }

    @Test
    void targetNamedOnlyByItsDimensionIsUsed() {
        // Form 5's figures, with the indicator filed in the 二级指标 column only.
        var d = declaration().priorYear(3852080L, 3586471L)
                .indicator("预算执行率", null, "≥98.00%", "≥", "98.00", "%").build();

        assertThat(rule.check(d)).singleElement()
                .extracting(Finding::expected, Finding::actual)
                .containsExactly("≥98.00%", new BigDecimal("93.10"));
    }

    @Test
    void fullExecutionGivesNoFinding() {
        // Form 1: 33513600 of 33513600.
        var d = declaration().priorYear(33513600L, 33513600L)
                .indicator("资金投入管理", "预算执行率", "≥98%", "≥", "98", "%").build();

        assertThat(rule.check(d)).isEmpty();
    }

    @Test
    void noPriorYearBudgetGivesNoFinding() {
        // Form 3: a new project, 0 budgeted and 0 executed last year.
        var zero = declaration().priorYear(0L, 0L).indicator(null, "预算执行率", "≥98.00%", "≥", "98.00", "%");
        var unknown = declaration().priorYear(null, 100L).indicator(null, "预算执行率", "≥98%", "≥", "98", "%");

        assertThat(rule.check(zero.build())).isEmpty();
        assertThat(rule.check(unknown.build())).isEmpty();
    }

    @Test
    void strictTargetIsMissedWhenMetExactly() {
        var strict = declaration().priorYear(100L, 98L).indicator(null, "预算执行率", ">98%", ">", "98", "%");
        var inclusive = declaration().priorYear(100L, 98L).indicator(null, "预算执行率", "≥98%", "≥", "98", "%");

        assertThat(rule.check(strict.build())).hasSize(1);
        assertThat(rule.check(inclusive.build())).isEmpty();
    }

    @Test
    void shortfallHiddenByRoundingIsStillReported() {
        // 97.999 % shows as 98.00 % once rounded, yet it is below ≥98%.
        var d = declaration().priorYear(100000L, 97999L).indicator(null, "预算执行率", "≥98%", "≥", "98", "%");

        assertThat(rule.check(d.build())).singleElement()
                .extracting(Finding::actual).isEqualTo(new BigDecimal("98.00"));
    }

    @Test
    void noComparableTargetGivesNoFinding() {
        var none = declaration().priorYear(100L, 10L).indicator(null, "专款专用率", "=100%", "=", "100", "%");
        var qualitative = declaration().priorYear(100L, 10L).indicator(null, "预算执行率", "高", null, null, null);
        var upperBound = declaration().priorYear(100L, 10L).indicator(null, "预算执行率", "≤100%", "≤", "100", "%");

        assertThat(rule.check(none.build())).isEmpty();
        assertThat(rule.check(qualitative.build())).isEmpty();
        assertThat(rule.check(upperBound.build())).isEmpty();
    }
}
