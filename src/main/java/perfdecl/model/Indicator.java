package perfdecl.model;

import java.math.BigDecimal;

/**
 * One row of 分解目标: level1 is the semantic parent dimension, level2 a known dimension or {@code null},
 * level3 the indicator itself or {@code null}; {@code target} is {@code null} when the row has none.
 *
 * <p>The fields after {@code target} extend the contract (schema 1.2) for the national 项目支出绩效目标表, whose
 * tables may print them; they are {@code null} on forms that do not.
 *
 * @param term      the block the indicator was filed in: {@code 长期} (实施期/中长期) or {@code 年度}, when the form
 *                  files separate blocks
 * @param nature    指标性质 as filed (≥, ≤, =, 定量, 定性 …)
 * @param direction 指标方向 as filed (正向, 反向 …)
 * @param score     分值 (its weight in points), the number as filed
 */
public record Indicator(String level1, String level2, String level3, Target target, String term, String nature,
                        String direction, BigDecimal score) {

    /** An indicator of a table without term blocks or 指标性质/指标方向/分值 columns. */
    public Indicator(String level1, String level2, String level3, Target target) {
        this(level1, level2, level3, target, null, null, null, null);
    }

    /** The same indicator with another level-3 name and target, its other columns kept. */
    public Indicator with(String newLevel3, Target newTarget) {
        return new Indicator(level1, level2, newLevel3, newTarget, term, nature, direction, score);
    }
}
