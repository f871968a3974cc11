package perfdecl.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form generation's level-1 indicator names and which level-2 dimension belongs to which, from its template: the
 * one place that knows the taxonomy.
 */
final class DimensionTaxonomy {

    private final List<String> level1;
    private final Map<String, String> level1BySpelling = new LinkedHashMap<>();
    private final Map<String, String> parentByDimension = new LinkedHashMap<>();
    private final String foldFrom;
    private final String foldTo;

    DimensionTaxonomy(FormTemplate.Taxonomy t) {
        List<String> fold = t.fold() == null ? List.of() : t.fold();
        this.foldFrom = fold.size() == 2 ? fold.get(0) : null;
        this.foldTo = fold.size() == 2 ? fold.get(1) : null;
        this.level1 = new ArrayList<>(t.level1().keySet());
        t.level1().forEach((canonical, spellings) -> {
            level1BySpelling.put(key(canonical), canonical);
            spellings.forEach(s -> level1BySpelling.putIfAbsent(key(s), canonical));
        });
        t.dimensions().forEach((dimension, parent) -> parentByDimension.put(key(dimension), parent.strip()));
    }

    /** The taxonomy of the 2019 Shanghai form. */
    static DimensionTaxonomy load() {
        return new DimensionTaxonomy(FormTemplates.all().get(FormTemplates.DEFAULT).indicators());
    }

    /** The canonical level-1 name this text names ("投入和管理目标", also as "投入和管理指标"), if any. */
    Optional<String> level1(String text) {
        String k = key(text);
        String hit = level1BySpelling.get(k);
        if (hit == null && k.length() >= 4) {
            for (String l1 : level1) {
                if (LabelKey.distance(k, key(l1)) <= 1) {
                    hit = l1;
                }
            }
        }
        return Optional.ofNullable(hit);
    }

    /** The level-1 parent of a known level-2 dimension, if the text is one. */
    Optional<String> parentOf(String dimension) {
        return Optional.ofNullable(parentByDimension.get(key(dimension)));
    }

    boolean isDimension(String text) {
        return parentOf(text).isPresent();
    }

    private String key(String s) {
        String k = LabelKey.of(s);
        return foldFrom == null ? k : k.replace(foldFrom, foldTo);
    }
}
