package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import perfdecl.fixtures.DeclarationDiff;
import perfdecl.fixtures.Fixtures;
import perfdecl.model.InputReport;
import perfdecl.pipeline.batch.BatchExtraction;

/**
 * Every filing under {@code filings/<case>/} — the shared OCR export and PDFs, the forms written for these tests and
 * the PDFs rendered in other producers' styles — is extracted and compared with its expected.json field by field.
 */
class FilingsEndToEndTest {

    private static final FileExtractor EXTRACTOR = new FileExtractor(BatchExtraction.standardReaders());
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() {
        return Fixtures.cases("").stream().filter(c -> c.startsWith("ocr-") || c.startsWith("pdf-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFieldMatchesTheExpectedDeclaration(String caseName) {
        InputResult result = EXTRACTOR.extract(Fixtures.input(caseName));
        assertThat(result.report().status()).as(result.report().reason()).isEqualTo(InputReport.OK);
        List<JsonNode> expected = Fixtures.expected(caseName);
        assertThat(result.declarations()).hasSize(expected.size());
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode actual = JSON.valueToTree(result.declarations().get(i));
            for (String d : DeclarationDiff.of(expected.get(i), actual)) {
                diffs.add("form " + i + " " + d);
            }
        }
        assertThat(diffs).as("differences from filings/%s/expected.json", caseName).isEmpty();
    }
}
