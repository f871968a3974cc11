package perfdecl.parse;

import perfdecl.fixtures.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import perfdecl.model.Target;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/** Every target of the expected outputs of the filed forms, parsed back from its raw text. */
class TargetTruthTest {

    private final TargetParser parser = new TargetParser();

    @ParameterizedTest
    @ValueSource(strings = {"pdf-form-1", "pdf-form-2", "pdf-form-3", "pdf-form-4", "pdf-form-5"})
    void everyExpectedTargetIsParsedFromItsRawText(String filing) throws IOException {
        JsonNode indicators = expected(filing).get("indicators");
        assertThat(indicators).isNotEmpty();

        assertSoftly(soft -> {
            for (JsonNode indicator : indicators) {
                JsonNode want = indicator.get("target");
                Target got = parser.parse(want.get("raw").asText());
                String row = filing + " " + want.get("raw").asText();

                soft.assertThat(got.raw()).as(row).isEqualTo(want.get("raw").asText());
                soft.assertThat(got.operator()).as(row).isEqualTo(text(want, "operator"));
                soft.assertThat(got.unit()).as(row).isEqualTo(text(want, "unit"));
                soft.assertThat(got.qualitative()).as(row).isEqualTo(text(want, "qualitative"));
                if (want.get("value").isNull()) {
                    soft.assertThat(got.value()).as(row).isNull();
                } else {
                    soft.assertThat(got.value()).as(row).isEqualByComparingTo(want.get("value").decimalValue());
                }
            }
        });
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).isNull() ? null : node.get(field).asText();
    }

    private static JsonNode expected(String filing) throws IOException {
        return Fixtures.json("filings/" + filing + "/expected.json");
    }
}
