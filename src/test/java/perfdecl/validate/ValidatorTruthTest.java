package perfdecl.validate;

import perfdecl.fixtures.Fixtures;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard rules over the expected declarations of the filed forms yield exactly their expected findings. */
class ValidatorTruthTest {

    /** The expected-finding codes the rules of this package own; the others come from the parser. */
    private static final Set<String> OWNED = Set.of(
            "BUDGET_ITEMS_SUM_MISMATCH", "CHOICE_NONE_SELECTED", "PRIOR_YEAR_EXECUTION_BELOW_TARGET");

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @ParameterizedTest
    @ValueSource(strings = {"pdf-form-1", "pdf-form-2", "pdf-form-3", "pdf-form-4", "pdf-form-5"})
    void standardRulesYieldTheExpectedFindings(String filing) throws IOException {
        ObjectNode tree = read(filing);
        List<String> expected = new ArrayList<>();
        tree.get("expectedFindings").forEach(c -> expected.add(c.asText()));
        // The expected files carry no provenance (text of record, not a reading of a page).
        tree.putObject("provenance");
        Declaration d = json.treeToValue(tree, Declaration.class);

        List<Finding> findings = Validator.standard().validate(d);

        List<String> raised = findings.stream()
                .filter(f -> !Finding.INFO.equals(f.severity()))
                .map(Finding::code)
                .toList();
        assertThat(raised).as(filing).doesNotHaveDuplicates().isSubsetOf(expected);
        assertThat(raised).as(filing).containsAll(expected.stream().filter(OWNED::contains).toList());
        assertThat(findings).as(filing).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }

    private ObjectNode read(String filing) throws IOException {
        return (ObjectNode) Fixtures.json("filings/" + filing + "/expected.json");
    }
}
