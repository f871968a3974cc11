package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import perfdecl.model.Declaration;

class CsvWritersTest {

    private static final CsvTableWriter EXCEL = new CsvTableWriter(CsvDialect.EXCEL);

    private final List<Declaration> forms = List.of(Filings.form3WithFindings(), Filings.declaration(Filings.FORM_4, 2));

    interface TableWriter {
        void write(List<Declaration> declarations, Writer out) throws IOException;
    }

    /** The bytes as a file would hold them. */
    static byte[] bytes(TableWriter writer, List<Declaration> declarations) throws IOException {
        var buffer = new ByteArrayOutputStream();
        try (var out = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
            writer.write(declarations, out);
        }
        return buffer.toByteArray();
    }

    /** Header name to cell, one map per data row, after checking the BOM. */
    static List<Map<String, String>> rows(byte[] bytes) throws IOException, CsvException {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String[]> all;
        try (var reader = new CSVReader(new StringReader(text))) {
            all = reader.readAll();
        }
        String[] header = all.get(0);
        var rows = new ArrayList<Map<String, String>>();
        for (String[] line : all.subList(1, all.size())) {
            assertThat(line).hasSameSizeAs(header);
            var row = new HashMap<String, String>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], line[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void declarationsCsvHasOneRowPerFormWithChineseTextIntactAndNullsEmpty() throws Exception {
        byte[] bytes = bytes((ds, w) -> EXCEL.write(DeclarationTables.declarations(ds), w), forms);
        List<Map<String, String>> rows = rows(bytes);

        assertThat(rows).hasSize(2);
        Map<String, String> form3 = rows.get(0);
        assertThat(form3).containsEntry("id", "50d985acb94e-0")
                .containsEntry("source.firstPage", "1").containsEntry("source.lastPage", "3")
                .containsEntry("source.formIndex", "0").containsEntry("source.inputKind", "pdf")
                .containsEntry("year", "2019")
                .containsEntry("unit.name", "上海市社会保险事业管理中心").containsEntry("unit.sealed", "true")
                .containsEntry("contactPerson", "谢振宇").containsEntry("contactPhone", "'63678103")
                .containsEntry("projectLead", "")
                .containsEntry("projectType.selected", "其他经常性项目").containsEntry("projectType.status", "one")
                .containsEntry("fundUse.selected", "").containsEntry("fundUse.status", "none")
                .containsEntry("period.start", "2019-01-01").containsEntry("period.end", "2019-12-31")
                .containsEntry("texts.remarks", "")
                .containsEntry("budget.total", "18372648").containsEntry("budget.priorYearExecuted", "0")
                .containsEntry("findings", "2");
        assertThat(rows.get(1)).containsEntry("unit.sealed", "false").containsEntry("period.startRaw", "'2019-1-1")
                .containsEntry("budget.total", "13035400").containsEntry("findings", "0");
        String overview = Filings.declaration(Filings.FORM_4, 2).texts().overview();
        assertThat(overview).contains("\n");
        assertThat(rows.get(1)).containsEntry("texts.overview", overview);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    @Test
    void declarationsCsvHeaderIsTheContractsDottedNamesInOrder() throws Exception {
        String text = new String(bytes((ds, w) -> EXCEL.write(DeclarationTables.declarations(ds), w), forms),
                StandardCharsets.UTF_8);

        assertThat(text.substring(1, text.indexOf('\n'))).isEqualTo(String.join(",", "id", "source.file",
                "source.sha256", "source.formIndex", "source.firstPage", "source.lastPage", "source.inputKind",
                "title", "year", "unit.name", "unit.sealed", "projectName", "projectLead", "contactPerson",
                "contactPhone", "projectType.selected", "projectType.status", "fundUse.selected", "fundUse.status",
                "period.start", "period.end", "period.startRaw", "period.endRaw", "texts.overview", "texts.basis",
                "texts.necessity", "texts.safeguards", "texts.implementationPlan", "texts.overallGoal",
                "texts.annualGoal", "texts.remarks", "budget.total", "budget.currentYear", "budget.priorYearBudget",
                "budget.priorYearExecuted", "findings", "projectType.confidence", "fundUse.confidence",
                "budget.confidence", "template", "department", "projectNature", "projectCategory", "budget.fiscalFunds",
                "budget.currentYearAppropriation", "budget.otherFunds", "budget.fen.total", "budget.fen.currentYear",
                "budget.fen.fiscalFunds", "budget.fen.currentYearAppropriation", "budget.fen.otherFunds",
                "budget.carryOver", "budget.fen.carryOver"));
    }

    @Test
    void budgetItemsCsvListsEachItemWithItsPosition() throws Exception {
        List<Map<String, String>> rows = rows(bytes((ds, w) -> EXCEL.write(DeclarationTables.budgetItems(ds), w),
                forms));

        assertThat(rows.stream().filter(r -> r.get("id").equals("50d985acb94e-0"))).hasSize(6);
        assertThat(rows.get(0)).containsEntry("position", "1").containsEntry("name", "社区事务受理服务中心业务培训")
                .containsEntry("amount", "4136800");
        assertThat(rows.get(5)).containsEntry("position", "6").containsEntry("name", "保安费")
                .containsEntry("amount", "3729600");
        assertThat(rows.get(6).get("id")).isNotEqualTo("50d985acb94e-0");
        assertThat(rows.get(6)).containsEntry("position", "1");
    }

    @Test
    void indicatorsCsvKeepsTargetsAsFiledAndNumbersPlain() throws Exception {
        List<Map<String, String>> rows = rows(bytes((ds, w) -> EXCEL.write(DeclarationTables.indicators(ds), w),
                List.of(Filings.form3WithFiledTargets())));

        assertThat(rows).hasSize(25);
        assertThat(rows.get(2)).containsEntry("position", "3").containsEntry("level1", "投入和管理目标")
                .containsEntry("level2", "").containsEntry("level3", "预算执行率")
                .containsEntry("target.raw", "≥98.00%").containsEntry("target.operator", "≥")
                .containsEntry("target.value", "98.00").containsEntry("target.unit", "%")
                .containsEntry("target.qualitative", "");
        assertThat(rows.get(0)).containsEntry("level3", "财务监控的有效性").containsEntry("target.qualitative", "有效")
                .containsEntry("target.value", "");
        assertThat(rows.get(24)).containsEntry("level2", "数量目标").containsEntry("level3", "")
                .containsEntry("target.raw", "排除政策变动因素，完成鉴定人数40万左右").containsEntry("target.value", "400000");
    }

    @Test
    void findingsCsvWritesTheCataloguesSentenceQuotedAndStructuredValuesAsJson() throws Exception {
        byte[] bytes = bytes((ds, w) -> EXCEL.write(DeclarationTables.findings(ds, Language.ZH), w), forms);
        List<Map<String, String>> rows = rows(bytes);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("id", "50d985acb94e-0").containsEntry("code", "BUDGET_ITEMS_SUM_MISMATCH")
                .containsEntry("severity", "error").containsEntry("field", "budget.items")
                .containsEntry("message", "预算明细合计 18,372,647 元，与项目当年预算 18,372,648 元相差 1 元。")
                .containsEntry("expected", "18372648").containsEntry("actual", "18372647");
        assertThat(rows.get(1)).containsEntry("code", "CHOICE_NONE_SELECTED").containsEntry("expected", "")
                .containsEntry("actual", "{\"selected\":[],\"status\":\"none\"}");
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains(",\"预算明细合计 18,372,647 元，与项目当年预算 18,372,648 元相差 1 元。\",")
                .contains(",\"{\"\"selected\"\":[],\"\"status\"\":\"\"none\"\"}\"");
    }

    @Test
    void valuesReadFromAScanCarryTheirLowestConfidenceIntoTheCsv() throws Exception {
        Declaration d = Filings.withProvenance(Filings.form3WithFindings(), java.util.Map.of(
                "projectType.options[4]", new perfdecl.model.Provenance(1, 10, 10, 8, 8, 0.92),
                "projectType.options[1]", new perfdecl.model.Provenance(1, 10, 30, 8, 8, 0.55),
                "budget.total", new perfdecl.model.Provenance(1, 10, 50, 80, 12, 0.8),
                "budget.items[1]", new perfdecl.model.Provenance(1, 10, 70, 80, 12, 0.7)));
        var declarations = new java.io.StringWriter();
        new CsvTableWriter(CsvDialect.EXCEL).write(DeclarationTables.declarations(List.of(d)), declarations);
        var rows = new com.opencsv.CSVReader(new java.io.StringReader(declarations.toString().substring(1))).readAll();
        var header = java.util.Arrays.asList(rows.get(0));
        assertThat(rows.get(1)[header.indexOf("projectType.confidence")]).isEqualTo("0.55");
        assertThat(rows.get(1)[header.indexOf("fundUse.confidence")]).isEmpty();
        assertThat(rows.get(1)[header.indexOf("budget.confidence")]).isEqualTo("0.8");
        var items = new java.io.StringWriter();
        new CsvTableWriter(CsvDialect.EXCEL).write(DeclarationTables.budgetItems(List.of(d)), items);
        var itemRows = new com.opencsv.CSVReader(new java.io.StringReader(items.toString().substring(1))).readAll();
        assertThat(itemRows.get(0)).endsWith("amount", "confidence");
        assertThat(itemRows.get(1)[4]).isEmpty();
        assertThat(itemRows.get(2)[4]).isEqualTo("0.7");
    }
}
