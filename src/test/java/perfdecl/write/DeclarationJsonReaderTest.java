package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import perfdecl.model.Declaration;

class DeclarationJsonReaderTest {

    private final DeclarationJsonReader reader = new DeclarationJsonReader();

    @Test
    void writtenDeclarationReadsBackEqualFindingsAndProvenanceIncluded() throws IOException {
        Declaration form3 = Filings.form3WithFindings();

        Declaration back = reader.read(new StringReader(DeclarationJsonWriterTest.json(form3)));

        assertThat(back).isEqualTo(form3);
        assertThat(back.findings().get(0).expected()).isEqualTo(18_372_648L);
        assertThat(back.findings().get(1).actual()).isEqualTo(Map.of("status", "none", "selected", List.of()));
        assertThat(back.indicators().get(2).target().value()).isEqualTo(new BigDecimal("98.0"));
    }

    @Test
    void reviewMarksAreWrittenOnlyWhereAPersonMadeThemAndReadBackEqual() throws IOException {
        Declaration form3 = Filings.form3WithFindings();
        var findings = new java.util.ArrayList<>(form3.findings());
        findings.set(0, findings.get(0).resolvedBy("li"));
        var provenance = Map.of("budget.items[4].amount", new perfdecl.model.Provenance(2, 10, 20, 30, 40, 0.5)
                .correctedBy(87075L, 87076L, "li", "2026-12-06T01:00:00Z"),
                "budget.total", new perfdecl.model.Provenance(1, 1, 2, 3, 4, null));
        Declaration reviewed = new Declaration(form3.schemaVersion(), form3.id(), form3.source(), form3.title(),
                form3.year(), form3.unit(), form3.projectName(), form3.projectLead(), form3.contactPerson(),
                form3.contactPhone(), form3.projectType(), form3.fundUse(), form3.period(), form3.texts(),
                form3.budget(), form3.indicators(), findings, provenance);

        String json = DeclarationJsonWriterTest.json(reviewed);

        assertThat(reader.read(new StringReader(json))).isEqualTo(reviewed);
        assertThat(json).contains("\"resolved\": true,\n      \"resolvedBy\": \"li\"")
                .contains("\"corrected\": true,\n      \"before\": 87075,\n      \"after\": 87076,\n"
                        + "      \"reviewer\": \"li\",\n      \"at\": \"2026-12-06T01:00:00Z\"");
        assertThat(json.split("\"resolved\"", -1)).hasSize(2);
        assertThat(json.split("\"corrected\"", -1)).hasSize(2);
    }

    @Test
    void truthFileReadsDespiteItsExtraKeysAndNullIds() throws IOException {
        String truth = new String(Filings.resource("filings/" + Filings.FORM_3 + "/expected.json"),
                StandardCharsets.UTF_8);

        Declaration read = reader.read(new StringReader(truth));

        assertThat(read.id()).isNull();
        assertThat(read.source().sha256()).isNull();
        assertThat(read.source().pages()).isNull();
        assertThat(read.provenance()).isEmpty();
        assertThat(read.unit().name()).isEqualTo("上海市社会保险事业管理中心");
        assertThat(read.budget().items()).hasSize(6);
        assertThat(read.budget().items().get(2).amount()).isEqualTo(9_280_170L);
        assertThat(read.indicators()).hasSize(24);
        assertThat(read.fundUse().status()).isEqualTo("none");
    }

    @Test
    void jsonLinesAndJsonArraysReadBackInOrder() throws IOException {
        List<Declaration> both = List.of(Filings.form3WithFindings(), Filings.declaration(Filings.FORM_4, 2));
        var lines = new StringWriter();
        new DeclarationJsonLinesWriter().write(both, lines);
        String array = "[" + lines.toString().strip().replace("\n", ",\n") + "]";

        assertThat(reader.readAll(new StringReader(lines.toString()))).isEqualTo(both);
        assertThat(reader.readAll(new StringReader(array))).isEqualTo(both);
        assertThat(reader.readAll(new StringReader("\n"))).isEmpty();
    }
}
