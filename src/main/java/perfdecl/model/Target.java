package perfdecl.model;

import java.math.BigDecimal;

/**
 * A parsed 指标目标值. {@code raw} is always the filed text (markup turned into plain characters); a target
 * that is neither one comparison nor one word leaves the other fields {@code null}.
 *
 * @param operator one of = ≥ &gt; ≤ &lt; ≈, or {@code null}
 * @param value    the number as filed (98.00 stays 98.00), scaled by 万/千分之/百分之 where written
 */
public record Target(String raw, String operator, BigDecimal value, String unit, String qualitative) {
}
