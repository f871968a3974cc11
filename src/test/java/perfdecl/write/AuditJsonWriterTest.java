package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.Auditor;
import perfdecl.audit.MultiYearFilings;
import perfdecl.model.AuditReport;

class AuditJsonWriterTest {

    private final AuditReport report = new Auditor().audit(MultiYearFilings.load(), AuditSettings.DEFAULTS);

    private JsonNode written() throws Exception {
        StringWriter out = new StringWriter();
        new AuditJsonWriter().write(report, out);
        return new ObjectMapper().readTree(out.toString());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void hasFormsProjectsAndFindingsInThatOrder() throws Exception {
        JsonNode json = written();
        assertThat(names(json)).containsExactly("forms", "projects", "findings");
        assertThat(json.get("forms")).hasSize(11);
        assertThat(json.get("projects")).hasSize(5);
        assertThat(json.get("findings")).hasSize(report.findings().size());
    }

    @Test
    void aProjectLinkCarriesYearsFilesDeclarationsAndSimilarity() throws Exception {
        JsonNode project = written().get("projects").get(0);
        assertThat(names(project)).containsExactly("key", "unit", "projectName", "years", "files", "declarations",
                "names", "similarity", "unitSimilarity");
        assertThat(project.get("years").toString()).isEqualTo("[2018,2019,2020]");
        assertThat(project.get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(project.get("unit").asText()).isEqualTo("上海市人力资源和社会保障局咨询服务中心");
    }

    @Test
    void aFindingCarriesBothValuesYearsFilesAndDeclarations() throws Exception {
        JsonNode mismatch = null;
        for (JsonNode f : written().get("findings")) {
            if (f.get("code").asText().equals("PRIOR_YEAR_BUDGET_MISMATCH")) {
                mismatch = f;
            }
        }
        assertThat(mismatch).isNotNull();
        assertThat(names(mismatch)).containsExactly("code", "severity", "scope", "project", "message", "expected",
                "actual", "years", "files", "declarations", "fields");
        assertThat(mismatch.get("expected").isIntegralNumber()).isTrue();
        assertThat(mismatch.get("expected").asLong()).isEqualTo(60_000_000L);
        assertThat(mismatch.get("actual").asLong()).isEqualTo(58_000_000L);
        assertThat(mismatch.get("years").toString()).isEqualTo("[2019,2020]");
        assertThat(mismatch.get("files").toString()).isEqualTo("[\"hrss-12333-2019.pdf\",\"hrss-12333-2020.pdf\"]");
        assertThat(mismatch.get("declarations")).hasSize(2);
    }

    @Test
    void theSameReportIsWrittenByteForByteTheSame() throws Exception {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new AuditJsonWriter().write(report, a);
        new AuditJsonWriter().write(new Auditor().audit(MultiYearFilings.load(), AuditSettings.DEFAULTS), b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }
}
