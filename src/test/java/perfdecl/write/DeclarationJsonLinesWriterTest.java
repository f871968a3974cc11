package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarationJsonLinesWriterTest {

    @Test
    void eachDeclarationIsOneCompactLineEvenWithLineBreaksInItsTexts() throws IOException {
        var out = new StringWriter();

        new DeclarationJsonLinesWriter().write(
                List.of(Filings.declaration(Filings.FORM_3, 3), Filings.declaration(Filings.FORM_4, 2)), out);

        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(lines[0]).startsWith("{\"schemaVersion\":\"1.0\",\"template\":null,\"id\":\"50d985acb94e-0\",");
        var plain = new ObjectMapper();
        assertThat(plain.readTree(lines[0]).path("contactPerson").asText()).isEqualTo("谢振宇");
        assertThat(plain.readTree(lines[1]).path("texts").path("overview").asText()).contains("\n");
        assertThat(plain.readTree(lines[1]).path("budget").path("total").asLong()).isEqualTo(13_035_400L);
    }
}
