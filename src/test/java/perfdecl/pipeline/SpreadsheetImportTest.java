package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfdecl.audit.AuditSettings;
import perfdecl.model.Declaration;
import perfdecl.model.RunReport;
import perfdecl.write.AuditFindingsCsvWriter;
import perfdecl.write.Column;
import perfdecl.write.CsvDialect;
import perfdecl.write.DeclarationJsonReader;
import perfdecl.write.DeclarationTables;
import perfdecl.write.Language;
import perfdecl.write.RunReportCsvWriter;
import perfdecl.write.SheetSpec;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.ProgressListener;
import perfdecl.pipeline.process.Isolation;

/**
 * Every table a run writes, over a filing whose cells are formulas, a DDE payload, signed numbers, an 18-digit
 * phone number and an id with leading zeros ({@code hostile-cells/}), opened by a real spreadsheet application:
 * LibreOffice Calc imports each CSV with formula evaluation on and saves it as XLSX, which POI reads back.
 */
class SpreadsheetImportTest {

    /**
     * LibreOffice's CSV filter options for the import a double click does: comma, double quote, UTF-8, from line
     * 1, standard columns, default language, quoted field as text off, detect special numbers (dates,
     * percentages) on, tokens 9, 10 and 12 for export, remove spaces off, token 13 evaluate formulas on.
     */
    static final String CSV_IMPORT = "Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1,true";

    static final Path FIXTURE = Path.of("src/test/resources/hostile-cells");

    @TempDir
    static Path dir;

    static RunReport excelRun;
    static AuditRun.Outcome excelAudit;
    static RunReport plainRun;
    static AuditRun.Outcome plainAudit;

    @BeforeAll
    static void extractAndAuditTheHostileFilingInBothDialects() throws IOException {
        excelRun = new BatchExtraction().run(List.of(FIXTURE), options(dir.resolve("excel"), true, CsvDialect.EXCEL),
                ProgressListener.NONE);
        excelAudit = new AuditRun().run(List.of(dir.resolve("excel/json")), dir.resolve("excel-audit"),
                AuditSettings.DEFAULTS, Language.ZH, CsvDialect.EXCEL);
        plainRun = new BatchExtraction().run(List.of(FIXTURE), options(dir.resolve("plain"), false, CsvDialect.PLAIN),
                ProgressListener.NONE);
        plainAudit = new AuditRun().run(List.of(dir.resolve("plain/json")), dir.resolve("plain-audit"),
                AuditSettings.DEFAULTS, Language.ZH, CsvDialect.PLAIN);
    }

    private static BatchExtraction.Options options(Path out, boolean xlsx, CsvDialect csv) {
        return new BatchExtraction.Options(out, 1, xlsx, Isolation.IN_PROCESS, BatchExtraction.Options.DEFAULT_TIMEOUT,
                BatchExtraction.Options.DEFAULT_WORKER_HEAP, false, csv);
    }

    /** Each CSV of a run in {@code out} (audit in {@code audit}) and the typed table its rows must show. */
    private static Map<Path, SheetSpec<?>> tables(Path out, Path audit, RunReport run, AuditRun.Outcome outcome)
            throws IOException {
        List<Declaration> filed = fromJson(out.resolve("json"));
        Map<Path, SheetSpec<?>> tables = new LinkedHashMap<>();
        tables.put(out.resolve("declarations.csv"), DeclarationTables.declarations(filed));
        tables.put(out.resolve("budget_items.csv"), DeclarationTables.budgetItems(filed));
        tables.put(out.resolve("indicators.csv"), DeclarationTables.indicators(filed));
        tables.put(out.resolve("findings.csv"), DeclarationTables.findings(filed));
        tables.put(out.resolve("run.csv"), RunReportCsvWriter.table(run));
        tables.put(audit.resolve("audit_findings.csv"), new AuditFindingsCsvWriter().table(outcome.report()));
        return tables;
    }

    private static List<Declaration> fromJson(Path json) throws IOException {
        List<Declaration> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(json)) {
            for (Path f : files.sorted().toList()) {
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    all.add(new DeclarationJsonReader().read(in));
                }
            }
        }
        return all;
    }

    @Test
    void theFixtureReallyHoldsTheHostileValues() throws IOException {
        Declaration d = fromJson(dir.resolve("plain/json")).get(0);
        assertThat(d.unit().name()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(d.budget().items()).extracting(i -> i.name()).contains("=cmd|' /C calc'!A0", "+3展览配送");
        assertThat(d.indicators()).extracting(i -> i.target().raw()).contains("=100%", "-5%", "+3", "@SUM(A1)");
        assertThat(d.contactPhone()).isEqualTo("021695812345678901");
        assertThat(d.projectName()).isEqualTo("0073100512");
        assertThat(d.findings()).isNotEmpty();
    }

    @Test
    void plainCsvsReadBackByACsvParserEqualTheFiledValuesExactly() throws Exception {
        for (var table : tables(dir.resolve("plain"), dir.resolve("plain-audit"), plainRun, plainAudit).entrySet()) {
            byte[] bytes = Files.readAllBytes(table.getKey());
            assertThat(bytes[0]).as("no byte-order mark in %s", table.getKey()).isNotEqualTo((byte) 0xEF);
            List<String[]> rows;
            try (CSVReader csv = new CSVReader(Files.newBufferedReader(table.getKey(), StandardCharsets.UTF_8))) {
                rows = csv.readAll();
            }
            assertPlain(table.getValue(), rows, table.getKey().getFileName().toString());
        }
    }

    private static <T> void assertPlain(SheetSpec<T> spec, List<String[]> rows, String name) {
        assertThat(rows).as(name).hasSize(spec.rows().size() + 1);
        assertThat(rows.get(0)).as(name).containsExactlyElementsOf(spec.columns().stream().map(Column::name).toList());
        for (int r = 0; r < spec.rows().size(); r++) {
            for (int c = 0; c < spec.columns().size(); c++) {
                Object value = spec.columns().get(c).cell(spec.rows().get(r));
                String expected = value == null ? "" : value instanceof String s ? s
                        : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
                assertThat(rows.get(r + 1)[c]).as("%s row %d %s", name, r + 1, spec.columns().get(c).name())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void everyExcelCsvImportedWithFormulaEvaluationOnHoldsNoFormulaAndTheFiledText() throws Exception {
        Map<Path, SheetSpec<?>> tables = tables(dir.resolve("excel"), dir.resolve("excel-audit"), excelRun, excelAudit);
        Path in = Files.createDirectories(dir.resolve("calc-in"));
        List<String> names = new ArrayList<>();
        for (Path csv : tables.keySet()) {
            assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
            Files.copy(csv, in.resolve(csv.getFileName()));
            names.add(csv.getFileName().toString());
        }
        // the control: the same import turns an unmarked formula into a formula cell, so this test can fail
        Files.writeString(in.resolve("control.csv"), "\uFEFFcell\n=1+1\n", StandardCharsets.UTF_8);
        names.add("control.csv");
        Path out = calc(in, names, CSV_IMPORT);

        try (Workbook control = open(out.resolve("control.xlsx"))) {
            assertThat(control.getSheetAt(0).getRow(1).getCell(0).getCellType()).isEqualTo(CellType.FORMULA);
        }
        for (var table : tables.entrySet()) {
            String name = table.getKey().getFileName().toString();
            try (Workbook book = open(out.resolve(name.replace(".csv", ".xlsx")))) {
                assertSheet(book.getSheetAt(0), table.getValue(), name, true);
            }
        }
    }

    @Test
    void theToolsOwnWorkbooksHoldNoFormulaAndTheFiledTextAlsoAfterCalcOpensThem() throws Exception {
        List<Declaration> filed = fromJson(dir.resolve("excel/json"));
        Path declarations = dir.resolve("excel/declarations.xlsx");
        Path audit = dir.resolve("excel-audit/audit.xlsx");
        assertWorkbook(declarations, filed);
        assertWorkbook(audit, filed);

        Path in = Files.createDirectories(dir.resolve("calc-xlsx-in"));
        Files.copy(declarations, in.resolve("declarations.xlsx"));
        Files.copy(audit, in.resolve("audit.xlsx"));
        Path out = calc(in, List.of("declarations.xlsx", "audit.xlsx"), null);
        assertWorkbook(out.resolve("declarations.xlsx"), filed);
        assertWorkbook(out.resolve("audit.xlsx"), filed);
    }

    private static void assertWorkbook(Path file, List<Declaration> filed) throws IOException {
        try (Workbook book = open(file)) {
            for (SheetSpec<?> spec : DeclarationTables.all(filed)) {
                Sheet sheet = book.getSheet(spec.name());
                assertThat(sheet).as("%s has sheet %s", file, spec.name()).isNotNull();
                assertSheet(sheet, spec, file.getFileName() + "/" + spec.name(), false);
            }
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertThat(cell.getCellFormula()).as("%s %s", file, cell.getAddress())
                                    .isIn("TRUE()", "FALSE()");
                        }
                    }
                }
            }
        }
    }

    /**
     * Every cell shows what was filed: text as text, never a formula; numbers, dates and truth values as such.
     * {@code marked}: a text cell the excel dialect marked may show the mark — LibreOffice Calc 7.4 keeps the
     * apostrophe of a CSV cell visible in the cell (Excel takes it as its text prefix).
     */
    private static <T> void assertSheet(Sheet sheet, SheetSpec<T> spec, String name, boolean marked) {
        Row header = sheet.getRow(0);
        for (int c = 0; c < spec.columns().size(); c++) {
            assertThat(header.getCell(c).getStringCellValue()).as(name).isEqualTo(spec.columns().get(c).name());
        }
        assertThat(sheet.getLastRowNum()).as("%s rows", name).isEqualTo(spec.rows().size());
        for (int r = 0; r < spec.rows().size(); r++) {
            Row row = sheet.getRow(r + 1);
            for (int c = 0; c < spec.columns().size(); c++) {
                Object expected = spec.columns().get(c).cell(spec.rows().get(r));
                Cell cell = row.getCell(c);
                String where = name + " " + (cell == null ? "row " + (r + 2) + " col " + (c + 1) : cell.getAddress())
                        + " " + spec.columns().get(c).name();
                assertCell(cell, expected, where, marked);
            }
        }
    }

    private static void assertCell(Cell cell, Object expected, String where, boolean marked) {
        CellType type = cell == null ? CellType.BLANK : cell.getCellType();
        if (expected instanceof Boolean flag && type == CellType.FORMULA) {
            // LibreOffice saves every truth value to XLSX as the function TRUE() or FALSE(), whatever its source
            assertThat(cell.getCellFormula()).as(where).isEqualTo(flag ? "TRUE()" : "FALSE()");
            return;
        }
        assertThat(type).as(where).isNotEqualTo(CellType.FORMULA);
        if (expected == null || "".equals(expected)) {
            assertThat(type == CellType.BLANK || type == CellType.STRING && cell.getStringCellValue().isEmpty())
                    .as("%s is empty, not %s", where, cell).isTrue();
        } else if (expected instanceof String text) {
            assertThat(type).as("%s is text", where).isEqualTo(CellType.STRING);
            String shown = cell.getStringCellValue();
            if (marked && CsvDialect.needsTextMark(text) && shown.equals(CsvDialect.TEXT_MARK + text)) {
                return;
            }
            assertThat(shown).as(where).isEqualTo(text);
        } else if (expected instanceof Number number) {
            assertThat(type).as("%s is a number", where).isEqualTo(CellType.NUMERIC);
            assertThat(new BigDecimal(String.valueOf(cell.getNumericCellValue())))
                    .as(where).isEqualByComparingTo(new BigDecimal(number.toString()));
        } else if (expected instanceof Boolean flag) {
            assertThat(type).as("%s is a truth value", where).isEqualTo(CellType.BOOLEAN);
            assertThat(cell.getBooleanCellValue()).as(where).isEqualTo(flag);
        } else if (expected instanceof LocalDate date) {
            assertThat(type).as("%s is a date", where).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate()).as(where).isEqualTo(date);
        } else {
            throw new AssertionError(where + ": unexpected cell value " + expected.getClass());
        }
    }

    private static Workbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    /**
     * Converts {@code names} in {@code in} to XLSX with one LibreOffice run (its own profile, so that no other
     * LibreOffice on the machine is disturbed), importing with {@code filter} when given; the folder written.
     */
    private static Path calc(Path in, List<String> names, String filter) throws Exception {
        assumeTrue(soffice(), "LibreOffice is not installed (Debian: libreoffice-calc-nogui); .ci/run installs it");
        Path out = Files.createDirectories(in.resolveSibling(in.getFileName() + "-out"));
        List<String> command = new ArrayList<>(List.of("soffice",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless", "--norestore"));
        if (filter != null) {
            command.add("--infilter=" + filter);
        }
        command.addAll(List.of("--convert-to", "xlsx", "--outdir", out.toString()));
        command.addAll(names);
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish in 300 s");
        }
        for (String name : names) {
            Path xlsx = out.resolve(name.replaceAll("\\.\\w+$", ".xlsx"));
            assertThat(xlsx).as("soffice converted %s (exit %d): %s", name, p.exitValue(),
                    Files.readString(dir.resolve("soffice.log"))).exists();
        }
        return out;
    }

    private static boolean soffice() {
        try {
            Process p = new ProcessBuilder("soffice", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
