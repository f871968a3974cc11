package perfdecl.audit;

import java.math.BigDecimal;
import java.util.List;
import perfdecl.model.AuditFinding;
import perfdecl.model.Budget;
import perfdecl.model.Finding;

/**
 * Was year N−1's budget executed as it declared? Year N−1's 预算执行率 target (≥, &gt; or = a percentage) is
 * compared with the rate year N reports: 同名项目上年预算执行数 ÷ 同名项目上年预算额 (÷ year N−1's 项目当年预算
 * when 上年预算额 is blank).
 */
final class ExecutionTargetCheck implements CrossYearCheck {

    @Override
    public List<AuditFinding> check(FilingPair pair, AuditSettings settings) {
        Budget before = pair.previous().declaration().budget();
        Budget now = pair.current().declaration().budget();
        if (now == null || now.priorYearExecuted() == null) {
            return List.of();
        }
        Long denominator = ExecutionRate.denominator(now.priorYearBudget(), before == null ? null : before.currentYear());
        var declared = ExecutionRate.declaredTarget(pair.previous().declaration());
        if (denominator == null || declared.isEmpty()
                || !ExecutionRate.misses(declared.get().target(), now.priorYearExecuted(), denominator)) {
            return List.of();
        }
        BigDecimal rate = ExecutionRate.percent(now.priorYearExecuted(), denominator);
        String target = declared.get().target().raw();
        return List.of(pair.finding("EXECUTION_BELOW_DECLARED_TARGET", Finding.WARNING,
                pair.previousYear() + "年申报预算执行率目标 " + target + "，" + pair.currentYear() + "年报告上年执行 "
                        + Money.yuan(now.priorYearExecuted()) + " ÷ " + Money.yuan(denominator) + " = "
                        + rate.toPlainString() + "%",
                target, rate.toPlainString() + "%", declared.get().field(), "budget.priorYearExecuted"));
    }
}
