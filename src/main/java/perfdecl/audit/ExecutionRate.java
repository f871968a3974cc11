package perfdecl.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import perfdecl.model.Declaration;
import perfdecl.model.Indicator;
import perfdecl.model.Target;

/** The 预算执行率 a form declares as target, and the execution rate a later form reports. */
final class ExecutionRate {

    private static final String INDICATOR = "预算执行率";
    private static final Set<String> LOWER_BOUNDS = Set.of("≥", ">", "=");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The declared target and where it stands: {@code field} is its JSON path. */
    record Declared(Target target, String field) {
    }

    private ExecutionRate() {
    }

    /** The first 预算执行率 indicator with a lower-bound percentage target (≥, &gt; or =), if any. */
    static Optional<Declared> declaredTarget(Declaration declaration) {
        List<Indicator> indicators = declaration.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            boolean named = NameNormalizer.plain(indicator.level3()).contains(INDICATOR)
                    || NameNormalizer.plain(indicator.level2()).contains(INDICATOR);
            Target target = indicator.target();
            if (named && target != null && target.operator() != null && LOWER_BOUNDS.contains(target.operator())
                    && target.value() != null && "%".equals(NameNormalizer.measure(target.unit()))) {
                return Optional.of(new Declared(target, "indicators[" + i + "].target"));
            }
        }
        return Optional.empty();
    }

    /**
     * The denominator of year N's execution rate: its 同名项目上年预算额, or year N−1's 项目当年预算 when that is
     * blank; {@code null} when neither is known or it is zero.
     */
    static Long denominator(Long priorYearBudget, Long previousCurrentYear) {
        Long d = priorYearBudget != null ? priorYearBudget : previousCurrentYear;
        return d == null || d == 0 ? null : d;
    }

    /** executed ÷ budget in percent, two decimals rounded down so that a rate shown never reaches a missed target. */
    static BigDecimal percent(long executed, long budget) {
        return BigDecimal.valueOf(executed).multiply(HUNDRED).divide(BigDecimal.valueOf(budget), 2, RoundingMode.DOWN);
    }

    /** Whether executed ÷ budget, exactly, misses the lower-bound {@code target}. */
    static boolean misses(Target target, long executed, long budget) {
        // executed·100 against value·budget: exact, no rounding.
        int c = BigDecimal.valueOf(executed).multiply(HUNDRED).compareTo(target.value().multiply(BigDecimal.valueOf(budget)));
        return ">".equals(target.operator()) ? c <= 0 : c < 0;
    }
}
