package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import perfdecl.model.Declaration;
import perfdecl.model.Provenance;

class DeclarationJsonWriterTest {

    private static final ObjectMapper PLAIN = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // keep 98.0 as 98.0 (not 98), 100.0 as 100.0 (not 1E+2): the values as the truth files hold them
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    static String json(Declaration declaration) throws IOException {
        var out = new StringWriter();
        new DeclarationJsonWriter().write(declaration, out);
        return out.toString();
    }

    @Test
    void form3IsWrittenAsTheContractFieldByFieldInContractOrder() throws IOException {
        JsonNode expected = Filings.contractJson(Filings.FORM_3, 3);

        JsonNode written = PLAIN.readTree(json(Filings.declaration(Filings.FORM_3, 3)));

        assertThat(keyPaths(written)).containsExactlyElementsOf(keyPaths(expected));
        assertThat(written).isEqualTo(expected);
        assertThat(written.path("unit").path("name").asText()).isEqualTo("上海市社会保险事业管理中心");
        assertThat(written.path("unit").path("sealed").asBoolean()).isTrue();
        assertThat(written.path("budget").path("total").isIntegralNumber()).isTrue();
        assertThat(written.path("budget").path("total").asLong()).isEqualTo(18_372_648L);
        assertThat(written.path("id").asText()).isEqualTo("50d985acb94e-0");
    }

    @Test
    void blankFieldsAreWrittenAsExplicitNulls() throws IOException {
        JsonNode written = PLAIN.readTree(json(Filings.declaration(Filings.FORM_3, 3)));

        assertThat(written.has("projectLead")).isTrue();
        assertThat(written.get("projectLead").isNull()).isTrue();
        assertThat(written.path("texts").get("remarks").isNull()).isTrue();
        assertThat(written.path("indicators").get(0).path("target").get("operator").isNull()).isTrue();
    }

    @Test
    void provenanceIsOmittedWhenEmptyAndWrittenSortedWhenPresent() throws IOException {
        Declaration form3 = Filings.declaration(Filings.FORM_3, 3);
        assertThat(PLAIN.readTree(json(form3)).has("provenance")).isFalse();

        Declaration located = Filings.withProvenance(form3, Map.of(
                "budget.total", new Provenance(1, 187.5, 650.125764, 52.6455, 13.65, null),
                "budget.currentYear", new Provenance(1, 439.1, 650.125764, 52.6455, 13.65, null)));
        JsonNode provenance = PLAIN.readTree(json(located)).get("provenance");

        assertThat(provenance.fieldNames()).toIterable().containsExactly("budget.currentYear", "budget.total");
        assertThat(provenance.get("budget.total").get("x").asDouble()).isEqualTo(187.5);
        assertThat(provenance.get("budget.total").get("confidence").isNull()).isTrue();
    }

    @Test
    void targetValuesAreWrittenAsFiledNeverWithAnExponent() throws IOException {
        String text = json(Filings.form3WithFiledTargets());

        assertThat(text).contains("\"value\": 98.00,").contains("\"value\": 400000,").doesNotContain("E+");
        assertThat(text).contains("\"raw\": \"≥98.00%\"");
    }

    @Test
    void outputIsPrettyAndEndsWithOneNewline() throws IOException {
        String text = json(Filings.declaration(Filings.FORM_3, 3));

        assertThat(text).startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"template\": null,\n  \"id\": \"50d985acb94e-0\",\n");
        assertThat(text).contains("\"selected\": [],").doesNotContain("\r");
        assertThat(text).endsWith("}\n").doesNotEndWith("\n\n");
    }

    /** Every key path in document order, so that order differences show. */
    static List<String> keyPaths(JsonNode node) {
        var paths = new ArrayList<String>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                paths.add(prefix + e.getKey());
                collect(e.getValue(), prefix + e.getKey() + ".", paths);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), prefix + i + ".", paths);
            }
        }
    }
}
