package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.audit.AuditSettings;
import perfdecl.corrections.CorrectionLog;
import perfdecl.fixtures.Fixtures;
import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.RunReport;
import perfdecl.write.DeclarationJsonReader;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.ProgressListener;
import perfdecl.pipeline.process.Isolation;

/**
 * A review's corrections in the output folder reach every output of the next extraction, and the audit of the
 * same inputs; a correction made on another version of a source is reported, not applied.
 */
class CorrectionsInOutputsTest {

    private static final String CASE = "ocr-own-two-forms-2021";

    @TempDir
    Path inputs;

    @TempDir
    Path out;

    private final List<String> notApplied = new ArrayList<>();
    private int correctedForms = -1;

    private RunReport extract(boolean resume) throws Exception {
        var options = new BatchExtraction.Options(out, 1, true, Isolation.IN_PROCESS, Duration.ofSeconds(30), "1g",
                resume);
        return new BatchExtraction().run(List.of(inputs), options, new ProgressListener() {
            @Override
            public void corrected(int forms, List<String> lines) {
                correctedForms = forms;
                notApplied.addAll(lines);
            }
        });
    }

    private Declaration json(String id) throws Exception {
        try (Reader r = Files.newBufferedReader(out.resolve("json").resolve(id + ".json"), StandardCharsets.UTF_8)) {
            return new DeclarationJsonReader().read(r);
        }
    }

    private void review() throws Exception {
        Files.copy(Fixtures.input(CASE), inputs.resolve("input.txt"));
        extract(false);
        Declaration first = json(List.of(out.resolve("json").toFile().list()).stream().sorted().findFirst()
                .orElseThrow().replace(".json", ""));
        String sha = first.source().sha256();
        String id0 = first.id();
        String id1 = id0.substring(0, id0.length() - 1) + "1";
        CorrectionLog log = new CorrectionLog(out.resolve(CorrectionLog.FILE_NAME));
        log.append(new Correction(id0, "budget.items[3].amount", 260000L, "310,000", "li", "2026-12-06T01:00:00Z",
                sha, "input.txt", Correction.CORRECT));
        log.append(new Correction(id1, "fundUse", null, "政府购买服务", "li", "2026-12-06T01:00:09Z", sha,
                "input.txt", Correction.CORRECT));
        // made on an earlier version of the same file: reported, not applied
        log.append(new Correction("0123456789ab-0", "budget.total", 1L, 2L, "li", "2026-12-06T01:00:10Z",
                "0123456789ab".repeat(5) + "0123", "input.txt", Correction.CORRECT));
    }

    @Test
    void correctionsInTheOutputFolderReachJsonCsvAndWorkbook() throws Exception {
        review();

        extract(false);

        String id0 = List.of(out.resolve("json").toFile().list()).stream().sorted().findFirst().orElseThrow()
                .replace(".json", "");
        Declaration d0 = json(id0);
        assertThat(d0.budget().items().get(3).amount()).isEqualTo(310_000L);
        assertThat(d0.provenance().get("budget.items[3].amount")).satisfies(p -> {
            assertThat(p.corrected()).isTrue();
            assertThat(p.before()).isEqualTo(260_000L);
            assertThat(p.after()).isEqualTo(310_000L);
            assertThat(p.reviewer()).isEqualTo("li");
        });
        assertThat(d0.findings()).filteredOn(f -> f.code().equals("BUDGET_ITEMS_SUM_MISMATCH")).singleElement()
                .extracting(Finding::resolvedBy).isEqualTo("li");
        Declaration d1 = json(id0.substring(0, id0.length() - 1) + "1");
        assertThat(d1.fundUse().selected()).containsExactly("政府购买服务");

        assertThat(Files.readString(out.resolve("budget_items.csv"))).contains(id0 + ",4,垃圾清运费,310000,");
        assertThat(Files.readString(out.resolve("findings.csv")))
                .contains(id0 + ",BUDGET_ITEMS_SUM_MISMATCH,warning,budget.items,")
                .containsPattern(id0 + ",BUDGET_ITEMS_SUM_MISMATCH,.*,2316000,2266000,li\\r?\\n");
        assertThat(Files.readString(out.resolve("declarations.csv"))).contains(",政府购买服务,one,");
        assertThat(Files.readString(out.resolve("declarations.jsonl"))).contains("\"corrected\":true");
        try (InputStream in = Files.newInputStream(out.resolve("declarations.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            Sheet items = wb.getSheet("budget_items");
            Row row = items.getRow(4);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("垃圾清运费");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(310_000d);
        }
        assertThat(correctedForms).isEqualTo(2);
        assertThat(notApplied).singleElement().asString()
                .contains("input.txt").contains("not applied: the file now has another SHA-256");
    }

    @Test
    void aResumedRunExtractsACorrectedInputAfreshAndAppliesItsCorrectionsOnce() throws Exception {
        review();

        RunReport resumed = extract(true);

        assertThat(resumed.totals().ok()).isEqualTo(1);
        String id0 = List.of(out.resolve("json").toFile().list()).stream().sorted().findFirst().orElseThrow()
                .replace(".json", "");
        Declaration d0 = json(id0);
        assertThat(d0.provenance().get("budget.items[3].amount").before()).isEqualTo(260_000L);
        assertThat(d0.findings()).filteredOn(f -> f.code().equals("BUDGET_ITEMS_SUM_MISMATCH")).hasSize(1);
    }

    @Test
    void theAuditAppliesTheCorrectionsToTheFilingsItExtracts() throws Exception {
        review();
        Path corrections = out.resolve(CorrectionLog.FILE_NAME);

        AuditRun.Outcome outcome = new AuditRun().run(List.of(inputs), out.resolve("audit"), AuditSettings.DEFAULTS,
                perfdecl.write.Language.ZH, perfdecl.write.CsvDialect.EXCEL, corrections);

        assertThat(outcome.notApplied()).singleElement().asString().contains("another SHA-256");
        assertThat(Files.readString(out.resolve("audit").resolve("audit_findings.csv")))
                .doesNotContain("BUDGET_ITEMS_SUM_MISMATCH,warning,form");
        assertThat(outcome.report().findings()).filteredOn(f -> f.code().equals("BUDGET_ITEMS_SUM_MISMATCH"))
                .isEmpty();
    }
}
