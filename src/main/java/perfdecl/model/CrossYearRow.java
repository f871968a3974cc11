package perfdecl.model;

import java.math.BigDecimal;

/**
 * One filing of a project in the cross-year budget table: its budget figures next to the previous year's.
 *
 * @param executionRate            {@code priorYearExecuted ÷ priorYearBudget} in percent, two decimals rounded
 *                                 down (previous year's {@code currentYear} when priorYearBudget is blank);
 *                                 {@code null} when not computable
 * @param previousCurrentYear      the previous year's 项目当年预算, {@code null} when that year was not filed
 * @param previousExecutionTarget  the 预算执行率 target the previous year declared, as filed, or {@code null}
 */
public record CrossYearRow(
        String project,
        String unit,
        String projectName,
        Integer year,
        String declaration,
        String file,
        Long total,
        Long currentYear,
        Long priorYearBudget,
        Long priorYearExecuted,
        BigDecimal executionRate,
        Long previousCurrentYear,
        String previousExecutionTarget) {
}
