package perfdecl.model;

/**
 * One row of 分解目标: level1 is the semantic parent dimension, level2 a known dimension or {@code null},
 * level3 the indicator itself or {@code null}; {@code target} is {@code null} when the row has none.
 */
public record Indicator(String level1, String level2, String level3, Target target) {
}
