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

    /**
     * The known dimension that a scan's text misses by a character or two, spelt as read with only the differing
     * characters replaced (数望指标 → 数量指标); empty when the text is one already, when no dimension of its length
     * is that near (one character in up to five, two in six or more), or when two are. OCR of a 1-bit copy whose
     * strokes broke swaps a character for a like-shaped one but rarely drops one; a dimension a filer wrote
     * shorter or longer is never taken for a known one.
     */
    Optional<String> nearDimension(String text) {
        String read = LabelKey.of(text);
        String k = key(text);
        if (k.length() != read.length() || k.length() < 4 || parentByDimension.containsKey(k)) {
            return Optional.empty();
        }
        int allowed = k.length() >= 6 ? 2 : 1;
        String near = null;
        for (String dimension : parentByDimension.keySet()) {
            if (dimension.length() == k.length() && k.length() - LabelKey.samePlaces(k, dimension) <= allowed) {
                if (near != null) {
                    return Optional.empty();
                }
                near = dimension;
            }
        }
        if (near == null) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(read);
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) != near.charAt(i)) {
                b.setCharAt(i, near.charAt(i));
            }
        }
        return Optional.of(b.toString());
    }

    private String key(String s) {
        String k = LabelKey.of(s);
        return foldFrom == null ? k : k.replace(foldFrom, foldTo);
    }
}
