package perfdecl.audit;

import java.math.BigDecimal;

/**
 * Thresholds of an audit.
 *
 * @param projectSimilarity   lowest normalised-name similarity (0–1) for two filings to be the same project
 * @param unitSimilarity      lowest normalised-name similarity (0–1) for two unit names to be the same unit
 * @param budgetChangePercent a budget or budget item that changed by at least this many percent from one year
 *                            to the next is reported as {@code BUDGET_CHANGE}
 */
public record AuditSettings(double projectSimilarity, double unitSimilarity, BigDecimal budgetChangePercent) {

    public static final AuditSettings DEFAULTS = new AuditSettings(0.8, 0.9, BigDecimal.valueOf(20));

    public AuditSettings {
        if (projectSimilarity < 0 || projectSimilarity > 1 || unitSimilarity < 0 || unitSimilarity > 1) {
            throw new IllegalArgumentException("similarity thresholds must lie between 0 and 1");
        }
        if (budgetChangePercent == null || budgetChangePercent.signum() < 0) {
            throw new IllegalArgumentException("budgetChangePercent must be a non-negative number");
        }
    }
}
