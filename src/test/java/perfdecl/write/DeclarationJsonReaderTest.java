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
    void truthFileReadsDespiteItsExtraKeysAndNullIds() throws IOException {
        String truth = new String(Filings.resource("truth/form-3.json"), StandardCharsets.UTF_8);

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
