package perfdecl.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import perfdecl.model.AuditFinding;
import perfdecl.model.Finding;
import perfdecl.model.Target;

/**
 * Compares the indicators of consecutive years: a target that moved the lenient way is {@code TARGET_LOWERED},
 * the strict way {@code TARGET_RAISED}; an indicator only in year N−1 is {@code INDICATOR_DROPPED}, only in
 * year N {@code INDICATOR_ADDED}. Targets are compared only when both are one comparison with a value, in the
 * same unit and the same direction: ≥, &gt; and = are lower bounds (higher is better), ≤ and &lt; upper bounds.
 * At equal value an operator that stopped being strict (&gt; to ≥, &lt; to ≤) counts as lowered.
 */
final class TargetChangeCheck implements CrossYearCheck {

    private static final Set<String> LOWER_BOUNDS = Set.of("≥", ">", "=");
    private static final Set<String> UPPER_BOUNDS = Set.of("≤", "<");

    @Override
    public List<AuditFinding> check(FilingPair pair, AuditSettings settings) {
        // across a change of form generation indicators are matched by name, and one that only the old or only the
        // new form's guidance asks for is information: the filer could not have kept it
        boolean sameForm = generation(pair.previous().declaration()).equals(generation(pair.current().declaration()));
        Map<String, IndicatorKey.Located> before = IndicatorKey.of(pair.previous().declaration().indicators(),
                sameForm);
        Map<String, IndicatorKey.Located> now = IndicatorKey.of(pair.current().declaration().indicators(), sameForm);
        List<AuditFinding> findings = new ArrayList<>();
        for (var entry : before.entrySet()) {
            IndicatorKey.Located old = entry.getValue();
            IndicatorKey.Located current = now.get(entry.getKey());
            if (current == null) {
                findings.add(pair.finding("INDICATOR_DROPPED", sameForm ? Finding.WARNING : Finding.INFO,
                        pair.previousYear() + "年的指标 " + old.label() + " 在" + pair.currentYear() + "年未再申报"
                                + (sameForm ? "" : "（申报表版本变更）"),
                        old.label(), null, old.field(), "indicators"));
                continue;
            }
            int movement = movement(old.indicator().target(), current.indicator().target());
            if (movement != 0) {
                String oldRaw = old.indicator().target().raw();
                String newRaw = current.indicator().target().raw();
                boolean lowered = movement < 0;
                findings.add(pair.finding(lowered ? "TARGET_LOWERED" : "TARGET_RAISED",
                        lowered ? Finding.WARNING : Finding.INFO,
                        old.indicator().level1() + "/" + current.name() + " 目标值 " + pair.previousYear() + "年 " + oldRaw
                                + " → " + pair.currentYear() + "年 " + newRaw + (lowered ? "（放宽）" : "（提高）"),
                        oldRaw, newRaw, old.field() + ".target", current.field() + ".target"));
            }
        }
        for (var entry : now.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                IndicatorKey.Located added = entry.getValue();
                findings.add(pair.finding("INDICATOR_ADDED", Finding.INFO,
                        pair.currentYear() + "年新增指标 " + added.label(),
                        null, added.label(), "indicators", added.field()));
            }
        }
        return findings;
    }

    /** The form generation; output written before templates were recorded is of the 2019 form. */
    private static String generation(perfdecl.model.Declaration d) {
        return d.template() == null ? "sh-2019" : d.template();
    }

    /** −1 when {@code now} is more lenient than {@code before}, +1 when stricter, 0 when equal or not comparable. */
    static int movement(Target before, Target now) {
        if (before == null || now == null || before.operator() == null || now.operator() == null
                || before.value() == null || now.value() == null
                || !java.util.Objects.equals(NameNormalizer.measure(before.unit()), NameNormalizer.measure(now.unit()))) {
            return 0;
        }
        boolean lower = LOWER_BOUNDS.contains(before.operator()) && LOWER_BOUNDS.contains(now.operator());
        boolean upper = UPPER_BOUNDS.contains(before.operator()) && UPPER_BOUNDS.contains(now.operator());
        if (!lower && !upper) {
            return 0;
        }
        int byValue = now.value().compareTo(before.value());
        if (byValue != 0) {
            return lower ? byValue : -byValue;
        }
        return Integer.compare(strictness(now.operator()), strictness(before.operator()));
    }

    private static int strictness(String operator) {
        return ">".equals(operator) || "<".equals(operator) ? 1 : 0;
    }
}
