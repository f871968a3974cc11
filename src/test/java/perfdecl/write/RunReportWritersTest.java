package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;

class RunReportWritersTest {

    private static final String FORM_3_SHA = Filings.sha256(Filings.resource("filings/pdf-form-3/input.pdf"));
    private static final String FORM_4_SHA = Filings.sha256(Filings.resource("filings/pdf-form-4/input.pdf"));

    private final RunReport report = RunReport.of(List.of(
            new InputReport("pdf-form-3/input.pdf", FORM_3_SHA, InputReport.OK, null, 1, 3, 412),
            new InputReport("pdf-form-4/input.pdf", FORM_4_SHA, InputReport.OK, null, 1, 2, 388),
            new InputReport("scan, page 2.png", null, InputReport.SKIPPED, "not a PDF or an OCR text export",
                    0, null, 0)));

    @Test
    void runJsonHasInputsInOrderAndTotalsWithExplicitNulls() throws Exception {
        var out = new StringWriter();

        new RunReportJsonWriter().write(report, out);

        String text = out.toString();
        assertThat(text).startsWith("{\n  \"inputs\": [\n").endsWith("}\n");
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.fieldNames()).toIterable().containsExactly("inputs", "totals");
        JsonNode first = json.get("inputs").get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("file", "sha256", "status", "reason", "forms", "pages", "ms", "pagesFailed",
                        "pagesSkipped", "formStatus");
        assertThat(first.get("pagesSkipped").isArray()).isTrue();
        assertThat(first.get("pagesSkipped")).isEmpty();
        assertThat(first.get("sha256").asText()).isEqualTo(FORM_3_SHA);
        assertThat(first.get("reason").isNull()).isTrue();
        assertThat(first.get("pages").asInt()).isEqualTo(3);
        assertThat(json.get("inputs").get(2).get("pages").isNull()).isTrue();
        assertThat(json.get("totals").toString())
                .isEqualTo("{\"inputs\":3,\"ok\":2,\"failed\":0,\"skipped\":1,\"forms\":2,\"ms\":800,\"partial\":0,"
                        + "\"formsFailed\":0,\"pagesFailed\":0,\"pagesSkipped\":0}");
    }

    @Test
    void runCsvHasOneRowPerInputWithBom() throws Exception {
        var buffer = new ByteArrayOutputStream();
        try (var out = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
            new RunReportCsvWriter(CsvDialect.EXCEL).write(report, out);
        }

        String text = new String(buffer.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFfile,sha256,status,reason,forms,pages,ms\n");
        List<Map<String, String>> rows = CsvWritersTest.rows(buffer.toByteArray());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("file", "pdf-form-3/input.pdf").containsEntry("sha256", FORM_3_SHA)
                .containsEntry("status", "ok").containsEntry("reason", "").containsEntry("forms", "1")
                .containsEntry("pages", "3").containsEntry("ms", "412");
        assertThat(rows.get(2)).containsEntry("file", "scan, page 2.png").containsEntry("sha256", "")
                .containsEntry("status", "skipped").containsEntry("reason", "not a PDF or an OCR text export")
                .containsEntry("pages", "");
    }
}
