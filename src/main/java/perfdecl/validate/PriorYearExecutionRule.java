package perfdecl.validate;

import perfdecl.model.Budget;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Indicator;
import perfdecl.model.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * PRIOR_YEAR_EXECUTION_BELOW_TARGET (warning) when last year's execution rate of the same project
 * (同名项目上年预算执行数 ÷ 同名项目上年预算额) falls short of the form's own 预算执行率 target.
 *
 * <p>The target is the first indicator whose level-3 (or level-2) name contains 预算执行率 and whose target is a
 * comparison in %. {@code expected} is that target as written ("≥98%"), {@code actual} the rate in %, rounded
 * to two decimals. Nothing is reported without a prior-year budget above zero or without such a target; a
 * target that is an upper bound (≤, &lt;) cannot be fallen short of.
 */
public final class PriorYearExecutionRule implements Rule {

    public static final String PRIOR_YEAR_EXECUTION_BELOW_TARGET = "PRIOR_YEAR_EXECUTION_BELOW_TARGET";
    private static final String EXECUTION_RATE = "预算执行率";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(Declaration d) {
        Budget b = d.budget();
        if (b == null || b.priorYearBudget() == null || b.priorYearExecuted() == null || b.priorYearBudget() <= 0) {
            return List.of();
        }
        Target target = executionRateTarget(d.indicators());
        if (target == null) {
            return List.of();
        }
        BigDecimal executed = BigDecimal.valueOf(b.priorYearExecuted());
        BigDecimal budget = BigDecimal.valueOf(b.priorYearBudget());
        // Compared exactly (executed × 100 against target × budget) so that rounding never hides a shortfall.
        int comparison = executed.multiply(HUNDRED).compareTo(target.value().multiply(budget));
        boolean below = switch (target.operator()) {
            case ">" -> comparison <= 0;
            case "≥", "=", "≈" -> comparison < 0;
            default -> false;
        };
        if (!below) {
            return List.of();
        }
        BigDecimal rate = executed.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
        String wanted = target.operator() + target.value().toPlainString() + target.unit();
        return List.of(new Finding(PRIOR_YEAR_EXECUTION_BELOW_TARGET, Finding.WARNING, "budget.priorYearExecuted",
                "同名项目上年预算执行数（元） " + b.priorYearExecuted() + " of 同名项目上年预算额（元） " + b.priorYearBudget()
                        + " is an execution rate of " + rate.toPlainString() + "%, below the form's 预算执行率 target "
                        + wanted + ".",
                wanted, rate));
    }

    private static Target executionRateTarget(List<Indicator> indicators) {
        for (Indicator i : indicators) {
            boolean named = contains(i.level3(), EXECUTION_RATE) || contains(i.level2(), EXECUTION_RATE);
            Target t = i.target();
            if (named && t != null && t.operator() != null && t.value() != null && "%".equals(t.unit())) {
                return t;
            }
        }
        return null;
    }

    private static boolean contains(String s, String word) {
        return s != null && s.contains(word);
    }
}
