package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import perfdecl.model.Declaration;

class WorkbookWriterTest {

    private final List<Declaration> forms = List.of(Filings.form3WithFindings(), Filings.declaration(Filings.FORM_4, 2));
    private XSSFWorkbook workbook;

    @BeforeEach
    void writeAndReadBack() throws IOException {
        var out = new ByteArrayOutputStream();
        new WorkbookWriter().write(forms, out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void theFourSheetsComeInContractOrderWithTheCsvColumns() {
        assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                workbook.getSheetName(3))).containsExactly("declarations", "budget_items", "indicators", "findings");
        assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
        assertThat(header(workbook.getSheet("indicators"))).containsExactly("id", "position", "level1", "level2",
                "level3", "target.raw", "target.operator", "target.value", "target.unit", "target.qualitative", "term",
                "nature", "direction", "score");
        assertThat(header(workbook.getSheet("declarations"))).hasSize(53).startsWith("id", "source.file")
                .contains("budget.priorYearExecuted", "findings", "projectType.confidence", "fundUse.confidence",
                        "budget.confidence").endsWith("template", "department", "projectNature", "projectCategory",
                        "budget.fiscalFunds", "budget.currentYearAppropriation", "budget.otherFunds",
                        "budget.fen.total", "budget.fen.currentYear", "budget.fen.fiscalFunds",
                        "budget.fen.currentYearAppropriation", "budget.fen.otherFunds", "budget.carryOver",
                        "budget.fen.carryOver");
    }

    @Test
    void declarationCellsKeepTheirTypes() {
        Sheet sheet = workbook.getSheet("declarations");
        Row form3 = sheet.getRow(1);

        Cell unit = cell(sheet, form3, "unit.name");
        assertThat(unit.getCellType()).isEqualTo(CellType.STRING);
        assertThat(unit.getStringCellValue()).isEqualTo("上海市社会保险事业管理中心");
        Cell sealed = cell(sheet, form3, "unit.sealed");
        assertThat(sealed.getCellType()).isEqualTo(CellType.BOOLEAN);
        assertThat(sealed.getBooleanCellValue()).isTrue();
        assertThat(cell(sheet, sheet.getRow(2), "unit.sealed").getBooleanCellValue()).isFalse();

        Cell total = cell(sheet, form3, "budget.total");
        assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(total.getNumericCellValue()).isEqualTo(18_372_648d);
        assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(cell(sheet, form3, "budget.priorYearBudget").getNumericCellValue()).isZero();

        Cell start = cell(sheet, form3, "period.start");
        assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
        assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(cell(sheet, form3, "period.end").getLocalDateTimeCellValue().toLocalDate())
                .isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(cell(sheet, sheet.getRow(2), "period.startRaw").getStringCellValue()).isEqualTo("2019-1-1");

        Cell year = cell(sheet, form3, "year");
        assertThat(year.getNumericCellValue()).isEqualTo(2019d);
        assertThat(year.getCellStyle().getDataFormatString()).isEqualTo("General");
        assertThat(cell(sheet, form3, "findings").getNumericCellValue()).isEqualTo(2d);
        assertThat(form3.getCell(column(sheet, "projectLead"))).isNull();
        assertThat(form3.getCell(column(sheet, "texts.remarks"))).isNull();
    }

    @Test
    void itemIndicatorAndFindingCellsKeepTheirTypes() {
        Sheet items = workbook.getSheet("budget_items");
        Cell amount = cell(items, items.getRow(3), "amount");
        assertThat(amount.getNumericCellValue()).isEqualTo(9_280_170d);
        assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(cell(items, items.getRow(3), "name").getStringCellValue()).isEqualTo("养老金发放邮资费");
        assertThat(cell(items, items.getRow(3), "position").getNumericCellValue()).isEqualTo(3d);

        Sheet indicators = workbook.getSheet("indicators");
        Row budgetRate = indicators.getRow(3);
        assertThat(cell(indicators, budgetRate, "level3").getStringCellValue()).isEqualTo("预算执行率");
        assertThat(cell(indicators, budgetRate, "target.raw").getStringCellValue()).isEqualTo("≥98.00%");
        Cell value = cell(indicators, budgetRate, "target.value");
        assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(value.getNumericCellValue()).isEqualTo(98d);
        assertThat(budgetRate.getCell(column(indicators, "level2"))).isNull();
        assertThat(indicators.getLastRowNum()).isEqualTo(forms.get(0).indicators().size()
                + forms.get(1).indicators().size());

        Sheet findings = workbook.getSheet("findings");
        assertThat(cell(findings, findings.getRow(1), "expected").getNumericCellValue()).isEqualTo(18_372_648d);
        assertThat(cell(findings, findings.getRow(2), "actual").getStringCellValue())
                .isEqualTo("{\"selected\":[],\"status\":\"none\"}");
    }

    @Test
    void everySheetHasABoldFrozenHeaderAndAnAutofilterOverItsRows() {
        for (Sheet sheet : workbook) {
            Row header = sheet.getRow(0);
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            String range = new CellRangeAddress(0, sheet.getLastRowNum(), 0, header.getLastCellNum() - 1)
                    .formatAsString();
            assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo(range);
        }
        assertThat(((XSSFSheet) workbook.getSheet("declarations")).getCTWorksheet().getAutoFilter().getRef())
                .isEqualTo("A1:BA3");
    }

    @Test
    void columnsAreWideEnoughForChineseTextButCapped() {
        Sheet indicators = workbook.getSheet("indicators");
        // 养老金异地发放人员资格认证表: 14 CJK characters, 28 units
        assertThat(indicators.getColumnWidth(column(indicators, "level3"))).isGreaterThanOrEqualTo(28 * 256);
        assertThat(indicators.getColumnWidth(column(indicators, "position")))
                .isLessThan(indicators.getColumnWidth(column(indicators, "level3")));
        Sheet declarations = workbook.getSheet("declarations");
        assertThat(declarations.getColumnWidth(column(declarations, "texts.overview"))).isEqualTo(61 * 256);
        assertThat(WorkbookWriter.displayWidth("≥98.00%")).isEqualTo(7);
        assertThat(WorkbookWriter.displayWidth("谢振宇")).isEqualTo(6);
        assertThat(WorkbookWriter.displayWidth("项目概况\nab")).isEqualTo(8);
    }

    @Test
    void anotherStageAddsItsSheetAfterTheContractsFour() throws IOException {
        var sheets = new ArrayList<SheetSpec<?>>(DeclarationTables.all(forms));
        sheets.add(new SheetSpec<>("cross_year", forms, List.of(
                Column.of("id", Declaration::id),
                Column.amount("budget.priorYearBudget", d -> d.budget().priorYearBudget()))));
        var out = new ByteArrayOutputStream();

        new WorkbookWriter().writeSheets(sheets, out);

        try (var read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(5);
            Sheet crossYear = read.getSheetAt(4);
            assertThat(crossYear.getSheetName()).isEqualTo("cross_year");
            assertThat(header(crossYear)).containsExactly("id", "budget.priorYearBudget");
            assertThat(crossYear.getRow(2).getCell(0).getStringCellValue()).isEqualTo(forms.get(1).id());
            assertThat(crossYear.getRow(1).getCell(1).getNumericCellValue()).isZero();
            assertThat(crossYear.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    private static List<String> header(Sheet sheet) {
        var names = new ArrayList<String>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    private static int column(Sheet sheet, String name) {
        int index = header(sheet).indexOf(name);
        assertThat(index).as("column %s", name).isNotNegative();
        return index;
    }

    private static Cell cell(Sheet sheet, Row row, String name) {
        Cell cell = row.getCell(column(sheet, name));
        assertThat(cell).as("cell %s", name).isNotNull();
        return cell;
    }
}
