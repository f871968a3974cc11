package perfdecl.audit;

import java.util.ArrayList;
import java.util.List;
import perfdecl.model.AuditFinding;
import perfdecl.model.Budget;
import perfdecl.model.Finding;

/**
 * Year N's 同名项目上年预算额 must equal year N−1's 项目当年预算, and year N's 同名项目上年预算执行数 must not
 * exceed it. Blank amounts on either side are not compared.
 */
final class BudgetContinuityCheck implements CrossYearCheck {

    @Override
    public List<AuditFinding> check(FilingPair pair, AuditSettings settings) {
        Budget before = pair.previous().declaration().budget();
        Budget now = pair.current().declaration().budget();
        List<AuditFinding> findings = new ArrayList<>();
        if (before == null || now == null || before.currentYear() == null) {
            return findings;
        }
        long declared = before.currentYear();
        if (now.priorYearBudget() != null && now.priorYearBudget() != declared) {
            findings.add(pair.finding("PRIOR_YEAR_BUDGET_MISMATCH", Finding.WARNING,
                    pair.currentYear() + "年同名项目上年预算额 " + Money.yuan(now.priorYearBudget()) + " ≠ "
                            + pair.previousYear() + "年项目当年预算 " + Money.yuan(declared),
                    declared, now.priorYearBudget(), "budget.currentYear", "budget.priorYearBudget"));
        }
        if (now.priorYearExecuted() != null && now.priorYearExecuted() > declared) {
            findings.add(pair.finding("PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET", Finding.WARNING,
                    pair.currentYear() + "年同名项目上年预算执行数 " + Money.yuan(now.priorYearExecuted()) + " > "
                            + pair.previousYear() + "年项目当年预算 " + Money.yuan(declared),
                    declared, now.priorYearExecuted(), "budget.currentYear", "budget.priorYearExecuted"));
        }
        return findings;
    }
}
