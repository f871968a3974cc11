package perfdecl.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import perfdecl.model.Indicator;

/**
 * Indicators of one form keyed for matching across years: level1 + normalised level3 name (level2 when
 * level3 is blank), with the occurrence number when a form repeats a key.
 */
final class IndicatorKey {

    /** One indicator with its position in the form and its display name. */
    record Located(int position, Indicator indicator, String name) {

        String field() {
            return "indicators[" + position + "]";
        }

        String label() {
            String raw = indicator.target() == null ? null : indicator.target().raw();
            return indicator.level1() + "/" + name + (raw == null ? "" : " " + raw);
        }
    }

    private IndicatorKey() {
    }

    static Map<String, Located> of(List<Indicator> indicators) {
        return of(indicators, true);
    }

    /**
     * Keyed by level-1 and name, or by name alone ({@code withLevel1} false) between two generations of the form,
     * whose level-1 names differ (产出目标, 产出指标).
     */
    static Map<String, Located> of(List<Indicator> indicators, boolean withLevel1) {
        Map<String, Located> keyed = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String name = indicator.level3() != null ? indicator.level3() : indicator.level2();
            if (name == null) {
                continue;
            }
            String base = (withLevel1 ? indicator.level1() + "|" : "") + NameNormalizer.plain(name);
            int n = seen.merge(base, 1, Integer::sum);
            keyed.put(n == 1 ? base : base + "#" + n, new Located(i, indicator, name));
        }
        return keyed;
    }
}
