package perfdecl.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The level-1 goals of the form and which level-2 dimension belongs to which, read from {@code dimensions.tsv}
 * beside this class: the one place that knows the taxonomy.
 */
final class DimensionTaxonomy {

    static final List<String> LEVEL1 = List.of("投入和管理目标", "产出目标", "效果目标", "影响力目标");

    private static final Map<String, String> LEVEL1_SPELLINGS = Map.of(
            "投入和管理目标", "投入和管理目标", "投入管理目标", "投入和管理目标", "投入和管理", "投入和管理目标",
            "产出目标", "产出目标", "效果目标", "效果目标", "影响力目标", "影响力目标", "效益目标", "效果目标");

    private final Map<String, String> parentByDimension;

    private DimensionTaxonomy(Map<String, String> parentByDimension) {
        this.parentByDimension = parentByDimension;
    }

    static DimensionTaxonomy load() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = DimensionTaxonomy.class.getResourceAsStream("dimensions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("dimensions.tsv missing from the classpath beside DimensionTaxonomy");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                map.put(key(parts[0]), parts[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DimensionTaxonomy(map);
    }

    /** The canonical level-1 goal this text names ("投入和管理目标", also as "投入和管理指标"), if any. */
    Optional<String> level1(String text) {
        String k = LabelKey.of(text).replace("指标", "目标");
        String hit = LEVEL1_SPELLINGS.get(k);
        if (hit == null && k.length() >= 4) {
            for (String l1 : LEVEL1) {
                if (LabelKey.distance(k, l1) <= 1) {
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

    private static String key(String s) {
        return LabelKey.of(s).replace("指标", "目标");
    }
}
