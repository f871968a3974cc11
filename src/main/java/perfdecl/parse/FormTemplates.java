package perfdecl.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.Row;

/**
 * Every form generation the parser knows, read once from {@code templates/index.txt} and the JSON files it lists
 * (adding a generation is a data file and a line there), and the choice of one for a form: the generation whose
 * title the form's title line carries, else the one whose own labels the form prints most.
 */
final class FormTemplates {

    static final String DEFAULT = "sh-2019";
    /** Below this many signature labels and without its title, a form is taken for no known generation. */
    private static final int SIGNATURE_MIN = 3;
    /** How many rows at the top of a form may hold its title. */
    private static final int TITLE_ROWS = 4;

    private static final FormTemplates INSTANCE = load();

    private final List<FormTemplate> templates;
    private final List<LabelMatcher> matchers;

    private FormTemplates(List<FormTemplate> templates) {
        this.templates = List.copyOf(templates);
        this.matchers = templates.stream().map(LabelMatcher::new).toList();
    }

    static FormTemplates all() {
        return INSTANCE;
    }

    List<FormTemplate> templates() {
        return templates;
    }

    FormTemplate get(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no form template " + id));
    }

    /** The template chosen for a form, and whether the form really matched it (else it is only the likeliest). */
    record Choice(FormTemplate template, boolean matched) {
    }

    Choice choose(FormGrid grid) {
        String title = titleKey(grid);
        int best = -1;
        int bestScore = -1;
        boolean bestTitle = false;
        int bestSignature = 0;
        for (int i = 0; i < templates.size(); i++) {
            FormTemplate t = templates.get(i);
            boolean byTitle = title != null && t.titles().stream().anyMatch(k -> title.contains(LabelKey.of(k)));
            int signature = signatureHits(grid, t, matchers.get(i));
            int score = (byTitle ? 100 : 0) + signature;
            if (score > bestScore) {
                best = i;
                bestScore = score;
                bestTitle = byTitle;
                bestSignature = signature;
            }
        }
        return new Choice(templates.get(best), bestTitle || bestSignature >= SIGNATURE_MIN);
    }

    /** The key of the form's title line, if one of its first rows ends like a known generation's title. */
    private String titleKey(FormGrid grid) {
        List<Row> rows = grid.rows();
        for (int i = 0; i < Math.min(TITLE_ROWS, rows.size()); i++) {
            List<Cell> filled = rows.get(i).filled();
            if (filled.isEmpty()) {
                continue;
            }
            String key = LabelKey.of(filled.get(0).text());
            if (templates.stream().anyMatch(t -> key.contains(t.titleEnding()))) {
                return key;
            }
        }
        return null;
    }

    private static int signatureHits(FormGrid grid, FormTemplate t, LabelMatcher matcher) {
        java.util.Set<Label> seen = java.util.EnumSet.noneOf(Label.class);
        for (Row row : grid.rows()) {
            for (Cell c : row.filled()) {
                Optional<LabelMatch> m = matcher.whole(c.text()).or(() -> matcher.prefix(c.text()));
                m.filter(x -> x.distance() == 0 && t.signature().contains(x.label().key()))
                        .ifPresent(x -> seen.add(x.label()));
            }
        }
        return seen.size();
    }

    private static FormTemplates load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<FormTemplate> out = new ArrayList<>();
        for (String line : resource("templates/index.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                FormTemplate t = json.readValue(resource("templates/" + name), FormTemplate.class);
                // a key the parser does not know would be ignored silently: refuse the template instead
                List<String> keys = new ArrayList<>(t.labels().keySet());
                keys.addAll(t.signature());
                keys.addAll(t.choices().keySet());
                for (String key : keys) {
                    if (Label.forKey(key).isEmpty()) {
                        throw new IllegalStateException("template " + name + ": unknown label key " + key);
                    }
                }
                out.add(t);
            } catch (IOException e) {
                throw new UncheckedIOException("template " + name + " unreadable", e);
            }
        }
        return new FormTemplates(out);
    }

    private static String resource(String name) {
        try (InputStream in = FormTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath beside FormTemplates");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
