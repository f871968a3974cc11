package perfdecl.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.model.Target;

/**
 * The columns a header row of the national 项目支出绩效目标表 adds beside the level names and the value — 指标性质,
 * 计量单位, 指标方向, 分值 — and the term block (长期 or 年度) a header names in its first cell. A row's cells standing
 * in those columns are taken out of it, so that what is left is read as any table's row; the value is then completed
 * from them: a 指标性质 of ≥ is the operator of a bare "90", a 计量单位 the unit of a value that names none, and
 * {@code target.raw} is the whole target as the row files it.
 */
final class IndicatorColumns {

    static final IndicatorColumns NONE = new IndicatorColumns(Map.of(), null);

    private static final Pattern SIGN = Pattern.compile("[=≥≤><≈]");
    // a value that says its own comparison: "≥90", "不低于90%", "90%以上"
    private static final Pattern OWN_OPERATOR = Pattern.compile(
            "^[=≥≤><≈＝＞＜]|不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|高于|低于|至少|以上|以下|以内|左右|达到");
    private static final Pattern SCORE = Pattern.compile("(\\d+(?:\\.\\d+)?)分?");

    private final Map<Label, Integer> columns;
    private final String term;

    private IndicatorColumns(Map<Label, Integer> columns, String term) {
        this.columns = columns;
        this.term = term;
    }

    /** What a header row says; {@code previousTerm} stays when the header names no term. */
    static IndicatorColumns of(Row header, LabelMatcher labels, String previousTerm) {
        Map<Label, Integer> columns = new EnumMap<>(Label.class);
        String term = previousTerm;
        for (Cell c : header.filled()) {
            Label label = labels.whole(c.text()).map(LabelMatch::label).orElse(null);
            if (label == null) {
                continue;
            }
            switch (label) {
                case NATURE_HEADER, DIRECTION_HEADER, MEASURE_HEADER, SCORE_HEADER -> columns.put(label, c.column());
                case TERM_HEADER -> term = termOf(c.text());
                default -> {
                }
            }
        }
        return new IndicatorColumns(columns, term);
    }

    /** 长期 for a 长期/中长期/实施期 block, 年度 for a 年度 one. */
    static String termOf(String label) {
        String key = LabelKey.of(label);
        return key.contains("年度") ? "年度" : "长期";
    }

    String term() {
        return term;
    }

    IndicatorColumns withTerm(String newTerm) {
        return new IndicatorColumns(columns, newTerm);
    }

    /** The cells of a row in this table's extra columns, by column label. */
    Map<Label, Cell> extras(List<Cell> cells) {
        Map<Label, Cell> out = new EnumMap<>(Label.class);
        columns.forEach((label, column) -> cells.stream()
                .filter(c -> c.column() <= column && column < c.column() + Math.max(1, c.columnSpan()))
                .findFirst().ifPresent(c -> out.put(label, c)));
        return out;
    }

    /** The cells left when the extra columns' are taken out. */
    static List<Cell> without(List<Cell> cells, Map<Label, Cell> extras) {
        List<Cell> out = new ArrayList<>(cells);
        out.removeIf(c -> extras.values().stream().anyMatch(e -> e == c));
        return out;
    }

    /**
     * The value completed from the columns its row splits it into: the comparison (in 指标性质, or in 指标方向 where a
     * producer prints the sign there) goes before a value that states none, the 计量单位 after one that names none,
     * so that {@code raw} reads as the whole target ("≥" "200" "万画幅" → "≥200万画幅") and parses as one.
     */
    private static final String QUALITATIVE_NATURE = "定性";
    /** One phrase of Han characters, no number and no clause break: what a 定性 row states as its target. */
    private static final java.util.regex.Pattern ONE_PHRASE = java.util.regex.Pattern.compile("\\p{IsHan}{1,16}");

    static Target complete(TargetParser parser, String value, String nature, String direction, String measure) {
        Target own = parser.parse(value);
        if (own == null) {
            return null;
        }
        if (own.value() == null) {
            // a word or a sentence: the other columns do not change what it says, but a 定性 column says that a
            // phrase longer than the known words ("持续稳定运行") is the qualitative target itself
            if (own.qualitative() == null && own.operator() == null && QUALITATIVE_NATURE.equals(nature == null ? null
                    : LabelKey.of(nature)) && ONE_PHRASE.matcher(own.raw()).matches()) {
                return new Target(own.raw(), null, null, null, own.raw());
            }
            return own;
        }
        String sign = sign(nature) != null ? sign(nature) : sign(direction);
        String raw = value.strip();
        if (sign != null && !OWN_OPERATOR.matcher(LabelKey.of(raw)).find()) {
            raw = sign + raw;
        }
        if (own.unit() == null && measure != null && !measure.isBlank()) {
            raw = raw + measure.strip();
        }
        return raw.equals(value.strip()) ? own : parser.parse(raw);
    }

    private static String sign(String column) {
        return column != null && SIGN.matcher(column.strip()).matches() ? column.strip() : null;
    }

    /** 分值 as a number ("10", "10分"), or null when it is none. */
    static BigDecimal score(String text) {
        if (text == null) {
            return null;
        }
        var m = SCORE.matcher(LabelKey.of(text));
        return m.matches() ? new BigDecimal(m.group(1)) : null;
    }

    static String text(Cell c) {
        return c == null || c.text().isBlank() ? null : WrappedText.unwrap(c.text()).strip();
    }
}
