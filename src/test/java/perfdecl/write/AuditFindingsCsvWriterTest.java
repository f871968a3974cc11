package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.Auditor;
import perfdecl.audit.MultiYearFilings;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;

class AuditFindingsCsvWriterTest {

    private final AuditReport report = new Auditor().audit(MultiYearFilings.load(), AuditSettings.DEFAULTS);

    private byte[] csv(CsvDialect dialect) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new AuditFindingsCsvWriter(Language.ZH, dialect).write(report, out);
        }
        return bytes.toByteArray();
    }

    @Test
    void excelDialectStartsWithAUtf8ByteOrderMarkAndKeepsASingleYearAsText() throws Exception {
        byte[] bytes = csv(CsvDialect.EXCEL);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        AuditFinding oneYear = report.findings().stream().filter(f -> f.years().size() == 1).findFirst().orElseThrow();
        assertThat(text).contains("," + oneYear.project() + ",'" + oneYear.years().get(0) + ",");
    }

    @Test
    void everyFindingRoundTripsThroughThePlainCsv() throws Exception {
        byte[] bytes = csv(CsvDialect.PLAIN);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new InputStreamReader(
                new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            rows = reader.readAll();
        }
        assertThat(rows.get(0)).containsExactlyElementsOf(AuditFindingsCsvWriter.HEADER);
        assertThat(rows).hasSize(report.findings().size() + 1);
        for (int i = 0; i < report.findings().size(); i++) {
            AuditFinding f = report.findings().get(i);
            String[] row = rows.get(i + 1);
            assertThat(row).containsExactly(f.code(), f.severity(), f.scope(), f.project(),
                    String.join(";", f.years().stream().map(String::valueOf).toList()),
                    String.join(";", f.files()), String.join(";", f.declarations()), String.join(";", f.fields()),
                    FindingMessages.of(Language.ZH).message(f), f.expected() == null ? "" : f.expected().toString(),
                    f.actual() == null ? "" : f.actual().toString());
        }
    }

    @Test
    void aMismatchRowReadsWithBothAmountsAndYears() throws Exception {
        String text = new String(csv(CsvDialect.EXCEL), StandardCharsets.UTF_8);
        assertThat(text).contains("PRIOR_YEAR_BUDGET_MISMATCH,warning,cross-year,")
                .contains(",2019;2020,hrss-12333-2019.pdf;hrss-12333-2020.pdf,")
                .contains(",60000000,58000000\n");
    }
}
