package perfdecl.validate;

import perfdecl.model.Budget;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * CURRENT_YEAR_EXCEEDS_TOTAL (warning) when 项目当年预算 is above 项目总预算, and PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET
 * (warning) when 同名项目上年预算执行数 is above 同名项目上年预算额; {@code expected} is the bound, {@code actual}
 * the amount over it.
 */
public final class BudgetConsistencyRule implements Rule {

    public static final String CURRENT_YEAR_EXCEEDS_TOTAL = "CURRENT_YEAR_EXCEEDS_TOTAL";
    public static final String PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET = "PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET";

    @Override
    public List<Finding> check(Declaration d) {
        Budget b = d.budget();
        if (b == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (b.total() != null && b.currentYear() != null && b.currentYear() > b.total()) {
            findings.add(new Finding(CURRENT_YEAR_EXCEEDS_TOTAL, Finding.WARNING, "budget.currentYear",
                    "项目当年预算（元） (budget.currentYear) " + b.currentYear() + " exceeds 项目总预算（元） (budget.total) "
                            + b.total() + " by " + (b.currentYear() - b.total()) + " yuan.",
                    b.total(), b.currentYear()));
        }
        if (b.priorYearBudget() != null && b.priorYearExecuted() != null
                && b.priorYearExecuted() > b.priorYearBudget()) {
            findings.add(new Finding(PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET, Finding.WARNING, "budget.priorYearExecuted",
                    "同名项目上年预算执行数（元） (budget.priorYearExecuted) " + b.priorYearExecuted()
                            + " exceeds 同名项目上年预算额（元） (budget.priorYearBudget) " + b.priorYearBudget() + " by "
                            + (b.priorYearExecuted() - b.priorYearBudget()) + " yuan.",
                    b.priorYearBudget(), b.priorYearExecuted()));
        }
        return findings;
    }
}
