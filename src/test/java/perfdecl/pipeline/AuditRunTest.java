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
import perfdecl.fixtures.Bundles;
import perfdecl.fixtures.Fixtures;
import perfdecl.model.AuditFinding;
import perfdecl.model.InputReport;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.ProgressListener;

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
    void aUnitsProjectsFiledFrom2019To2026LinkAcrossTheFormChangeWithNothingButInformation(@TempDir Path dir)
            throws Exception {
        // 2019–2024 on the 2019 form, 2025–2026 on the 2025+ form (make_across_generations.py); one project was
        // filed by the 民政局 itself and is later filed with it as 主管部门 and the centre as 实施单位
        AuditRun.Outcome outcome = new AuditRun().run(List.of(Fixtures.path("audit/across-generations")), dir,
                AuditSettings.DEFAULTS);
        assertThat(outcome.failed()).isEmpty();
        assertThat(outcome.declarations()).isEqualTo(16);
        assertThat(outcome.report().projects()).hasSize(2).allSatisfy(p -> assertThat(p.years())
                .containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026));
        assertThat(outcome.report().projects()).extracting(perfdecl.model.ProjectLink::unit)
                .containsExactlyInAnyOrder("上海市静安区养老服务指导中心", "上海市静安区民政局");
        assertThat(outcome.report().findings()).allSatisfy(f -> assertThat(f.severity()).as(f.message())
                .isEqualTo("info"));
        // what only one generation's guidance asks for is reported across the change, as information
        assertThat(outcome.report().findings()).filteredOn(f -> f.years().equals(List.of(2024, 2025)))
                .extracting(AuditFinding::code).containsOnly("INDICATOR_DROPPED", "INDICATOR_ADDED", "TARGET_RAISED");
    }

    @Test
    void theWorkbooksSummarySheetHoldsTheFiguresPerUnitAndYear(@TempDir Path dir) throws Exception {
        AuditRun.Outcome outcome = new AuditRun().run(List.of(Fixtures.path("audit/multi-year-filings.json")),
                dir, AuditSettings.DEFAULTS);
        var expected = perfdecl.audit.AuditSummary.rows(outcome.report(), perfdecl.audit.MultiYearFilings.load());
        try (InputStream in = Files.newInputStream(dir.resolve("audit.xlsx")); var wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("summary");
            Row header = summary.getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(4).getStringCellValue(),
                    header.getCell(8).getStringCellValue()))
                    .containsExactly("unit", "year", "forms", "findings.error", "budget.currentYear");
            assertThat(summary.getLastRowNum()).isEqualTo(expected.size());
            int forms = 0;
            int findings = 0;
            for (int r = 1; r <= summary.getLastRowNum(); r++) {
                Row row = summary.getRow(r);
                var want = expected.get(r - 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(want.unit());
                assertThat((int) row.getCell(1).getNumericCellValue()).isEqualTo(want.year());
                assertThat((long) row.getCell(8).getNumericCellValue()).isEqualTo(want.currentYear());
                forms += (int) row.getCell(2).getNumericCellValue();
                findings += (int) (row.getCell(4).getNumericCellValue() + row.getCell(5).getNumericCellValue()
                        + row.getCell(6).getNumericCellValue());
            }
            assertThat(forms).isEqualTo(outcome.declarations());
            assertThat(findings).isEqualTo(outcome.report().findings().size());
        }
    }

    @Test
    void inEnglishTheCsvMessagesAndTheReportAreEnglishAndTheJsonIsUnchanged(@TempDir Path dir) throws Exception {
        Path zh = dir.resolve("zh");
        Path en = dir.resolve("en");
        new AuditRun().run(List.of(Fixtures.path("audit/multi-year-filings.json")), zh, AuditSettings.DEFAULTS);
        AuditRun.Outcome outcome = new AuditRun().run(List.of(Fixtures.path("audit/multi-year-filings.json")), en,
                AuditSettings.DEFAULTS, perfdecl.write.Language.EN);
        assertThat(Files.readString(en.resolve("audit.json"))).isEqualTo(Files.readString(zh.resolve("audit.json")));
        assertThat(Files.readString(zh.resolve("audit_findings.csv")))
                .contains("2020年填报的同名项目上年预算额 58,000,000 元，与2019年填报的项目当年预算 60,000,000 元不一致。");
        assertThat(Files.readString(en.resolve("audit_findings.csv")))
                .contains("The prior-year budget of 58,000,000 yuan filed in 2020 differs from the current-year budget "
                        + "of 60,000,000 yuan filed in 2019.");
        assertThat(Files.readString(en.resolve("report.html"))).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(AuditRun.printedFindings(outcome, en, perfdecl.write.Language.EN))
                .contains("warning PRIOR_YEAR_BUDGET_MISMATCH ×1: year N's prior-year budget differs from the "
                        + "current-year budget year N−1 filed")
                .last().asString().startsWith("audited 11 declaration(s): 5 linked project(s), 13 finding(s)");
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

    @Test
    void aBundleWithALostPageIsReportedAndItsOtherFormsAreAudited(@TempDir Path dir) throws Exception {
        Path bundle = Files.createDirectories(dir.resolve("in")).resolve("bundle.pdf");
        int lost;
        try (Bundles b = new Bundles()) {
            b.form("pdf-form-1");
            b.pagesOf("pdf-form-3", 0, 0);
            lost = b.hugeImage();
            b.pagesOf("pdf-form-3", 2, 2);
            b.form("pdf-form-2");
            b.write(bundle);
        }
        AuditRun.Outcome outcome = new AuditRun().run(List.of(bundle), dir.resolve("a"), AuditSettings.DEFAULTS);

        assertThat(outcome.failed()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(InputReport.PARTIAL);
            assertThat(r.pagesFailed()).extracting(p -> p.page()).containsExactly(lost);
        });
        assertThat(outcome.declarations()).isEqualTo(3);
        assertThat(outcome.report().findings()).extracting(AuditFinding::code).contains("PAGE_UNREADABLE");
    }
}
