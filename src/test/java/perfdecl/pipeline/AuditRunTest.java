package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.audit.AuditSettings;
import perfdecl.fixtures.Fixtures;
import perfdecl.model.AuditFinding;

class AuditRunTest {

    @Test
    void earlierExtractOutputIsReadOnceThoughBothJsonAndJsonlHoldIt(@TempDir Path dir) throws Exception {
        Path extracted = dir.resolve("extracted");
        new BatchExtraction().run(List.of(Fixtures.input("pdf-form-2"), Fixtures.input("pdf-form-3")),
                new BatchExtraction.Options(extracted, 1, false), ProgressListener.NONE);
        AuditRun.Outcome outcome = new AuditRun().run(List.of(extracted), dir.resolve("audit"), AuditSettings.DEFAULTS);
        assertThat(outcome.declarations()).isEqualTo(2);
        assertThat(outcome.failed()).isEmpty();
        // each form's own findings travel into the audit with their file
        assertThat(outcome.report().findings()).extracting(AuditFinding::code)
                .contains("PRIOR_YEAR_EXECUTION_BELOW_TARGET", "BUDGET_ITEMS_SUM_MISMATCH", "CHOICE_NONE_SELECTED");
        assertThat(dir.resolve("audit")).isDirectoryContaining("glob:**/audit.json")
                .isDirectoryContaining("glob:**/audit_findings.csv").isDirectoryContaining("glob:**/report.html")
                .isDirectoryContaining("glob:**/audit.xlsx");
    }

    @Test
    void multiYearFilingsYieldCrossYearFindingsAndATypedCrossYearSheet(@TempDir Path dir) throws Exception {
        AuditRun.Outcome outcome = new AuditRun().run(List.of(Fixtures.path("audit/multi-year-filings.json")),
                dir, AuditSettings.DEFAULTS);
        assertThat(outcome.report().findings()).extracting(AuditFinding::code)
                .contains("PRIOR_YEAR_BUDGET_MISMATCH", "EXECUTION_BELOW_DECLARED_TARGET", "TARGET_LOWERED",
                        "INDICATOR_DROPPED", "BUDGET_CHANGE");
        try (InputStream in = Files.newInputStream(dir.resolve("audit.xlsx")); var wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("declarations")).isNotNull();
            Sheet cross = wb.getSheet("cross_year");
            assertThat(cross.getRow(0).getCell(0).getStringCellValue()).isEqualTo("project");
            Row first = cross.getRow(1);
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void anInputThatIsNotDeclarationJsonIsReportedAndTheRestAudited(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("notes.json");
        Files.writeString(bad, "{\"hello\": [1, 2");
        AuditRun.Outcome outcome = new AuditRun().run(List.of(bad, Fixtures.input("pdf-form-4")), dir.resolve("a"),
                AuditSettings.DEFAULTS);
        assertThat(outcome.failed()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("notes.json");
            assertThat(r.reason()).startsWith("not declaration JSON");
        });
        assertThat(outcome.declarations()).isEqualTo(1);
    }
}
