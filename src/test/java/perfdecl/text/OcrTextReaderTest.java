package perfdecl.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Fixtures;
import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.Row;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.Token;
import perfdecl.grid.UnreadableInputException;

class OcrTextReaderTest {

    private final OcrTextReader reader = new OcrTextReader();

    private SourceDocument seed() throws UnreadableInputException {
        return reader.read(Fixtures.input("ocr-seed-2019"));
    }

    private static Row rowStartingWith(FormGrid form, String first) {
        return form.rows().stream().filter(r -> r.cells().get(0).text().equals(first)).findFirst().orElseThrow();
    }

    @Test
    void theSeedSplitsIntoFiveFormsAtEachTitle() throws Exception {
        SourceDocument doc = seed();
        assertThat(doc.inputKind()).isEqualTo("ocr-text");
        assertThat(doc.pages()).isNull();
        assertThat(doc.forms()).hasSize(5);
        assertThat(doc.forms()).extracting(FormGrid::formIndex).containsExactly(0, 1, 2, 3, 4);
        assertThat(doc.forms()).allSatisfy(f ->
                assertThat(f.rows().get(0).cells().get(0).text()).isEqualTo("上海市财政支出项目绩效目标申报表"));
    }

    @Test
    void checkboxMarkupBecomesMarkTokensBesideTheirLabels() throws Exception {
        Row row = rowStartingWith(seed().forms().get(1), "项目类型");
        List<Token> tokens = row.cells().get(1).tokens();
        assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.TEXT, Token.Kind.MARK,
                Token.Kind.TEXT, Token.Kind.MARK, Token.Kind.TEXT, Token.Kind.MARK);
        assertThat(tokens.get(0).text()).isEqualTo("市委市政府已确定的新增项目");
        assertThat(tokens).filteredOn(Token::isMark).extracting(Token::checked).containsOnly(false);
        assertThat(row.cells().get(1).text()).doesNotContain("<input");
    }

    @Test
    void aCheckedAttributeMakesATickedMark() throws Exception {
        Row fundUse = rowStartingWith(seed().forms().get(0), "资金用途");
        assertThat(fundUse.cells().get(1).tokens()).filteredOn(Token::isMark).extracting(Token::checked)
                .containsExactly(false, false, false, false, false, true);
    }

    @Test
    void latexBecomesPlainCharacters() {
        assertThat(MarkupCleaner.clean("$\\geq 98.00\\%$")).isEqualTo("≥98.00%");
        assertThat(MarkupCleaner.clean("$\\leq 0.01\\%$")).isEqualTo("≤0.01%");
        assertThat(MarkupCleaner.clean("成本 $< 4.97$ 元")).isEqualTo("成本 <4.97 元");
    }

    @Test
    void aLatexSuperscriptInAUnitBecomesTheSuperscriptCharacter() {
        assertThat(MarkupCleaner.clean("≥12000$\\mathrm{m}^{2}$")).isEqualTo("≥12000m²");
        assertThat(MarkupCleaner.clean("$\\leqslant 180$元/$\\mathrm{m}^{2}$")).isEqualTo("≤180元/m²");
    }

    @Test
    void paragraphsBecomeLinesAndComparisonSignsSurvive() {
        assertThat(MarkupCleaner.clean("<p>第一段。</p> <p>第二段。</p>")).isEqualTo("第一段。\n第二段。");
        assertThat(MarkupCleaner.clean("投诉事件率<2%； 4、受理率>98%")).isEqualTo("投诉事件率<2%； 4、受理率>98%");
    }

    @Test
    void cellsKeepTheirTabPositionsIncludingEmptyOnes() throws Exception {
        Row row = rowStartingWith(seed().forms().get(2), "项目负责人");
        assertThat(row.cells()).extracting(Cell::text).containsExactly("项目负责人", "", "联系人", "谢振宇",
                "联系电话 63678103");
        assertThat(row.cells()).extracting(Cell::column).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aFileWithoutTheFormTitleIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "会议纪要\t2019年\n");
        assertThatThrownBy(() -> reader.read(f)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("not a declaration form");
    }

    @Test
    void binaryAndPdfHeadsAreNotTextExports() {
        assertThat(reader.accepts(Path.of("x.pdf"), "%PDF-1.7".getBytes())).isFalse();
        assertThat(reader.accepts(Path.of("x.bin"), new byte[]{1, 0, 2})).isFalse();
        assertThat(reader.accepts(Path.of("x.txt"), "上海市".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void boxGlyphsWrittenByTheOcrEngineAreMarksToo() throws Exception {
        SourceDocument doc = reader.parse("上海市财政支出项目绩效目标申报表\n项目类型\t□结转项目 ☑其他一次性项目\n");
        Cell cell = doc.forms().get(0).rows().get(1).cells().get(1);
        assertThat(cell.tokens()).filteredOn(Token::isMark).extracting(Token::checked).containsExactly(false, true);
        assertThat(cell.text()).isEqualTo("结转项目 其他一次性项目");
    }

    @Test
    void checkedWrittenAsABareAttributeCounts() throws Exception {
        SourceDocument doc = reader.parse(
                "上海市财政支出项目绩效目标申报表\n资金用途\t<input type=\"checkbox\" checked> 政策补贴类 <input type=\"checkbox\">\n");
        assertThat(doc.forms().get(0).rows().get(1).cells().get(1).tokens()).filteredOn(Token::isMark)
                .extracting(Token::checked).containsExactly(true, false);
    }

    @Test
    void aFileNamedPdfWithoutThePdfHeaderIsRefusedAsNotAPdf(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("scan.pdf");
        Files.writeString(f, "上海市财政支出项目绩效目标申报表\n");
        assertThatThrownBy(() -> reader.read(f)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("not a PDF: the file does not start with %PDF-");
    }

    @Test
    void htmlCharacterReferencesBecomeTheirCharacters() {
        assertThat(MarkupCleaner.clean("投诉率&lt;2%，受理率&gt;98%")).isEqualTo("投诉率<2%，受理率>98%");
        assertThat(MarkupCleaner.clean("&#8805;95%")).isEqualTo("≥95%");
        assertThat(MarkupCleaner.clean("A&amp;B&nbsp;C")).isEqualTo("A&B C");
        assertThat(MarkupCleaner.clean("$\\textgreater 4.5$")).isEqualTo(">4.5");
        assertThat(MarkupCleaner.clean("R&D部门")).isEqualTo("R&D部门");
    }

    @Test
    void theNationalFormIsSplitOutOnlyByAReaderThatKnowsItsTitleAndPageNumbersAreDropped() throws Exception {
        String export = "十、项目支出绩效目标表\n项目支出绩效目标表\n（2022年度）\n项目名称\t农村公路养护\n— 25 —\n"
                + "财政项目支出绩效目标申报表\n项目名称\t社区养老\n";
        perfdecl.grid.FormTitles titles = new perfdecl.grid.FormTitles(
                java.util.List.of("项目支出绩效目标表", "财政项目支出绩效目标申报表"), java.util.List.of("绩效目标表", "绩效目标申报表"));
        var forms = new OcrTextReader(titles).parse(export).forms();
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0).rows()).extracting(r -> r.cells().get(0).text())
                .containsExactly("项目支出绩效目标表", "（2022年度）", "项目名称");
        // the 2019 reader sees only the 2025+ form
        assertThat(new OcrTextReader().parse(export).forms()).hasSize(1);
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void pipeSeparatedCellsAreCellsAndARowWhoseCellsKeepLineBreaksIsOneRow() throws Exception {
        String export = String.join("\n", "上海市财政支出项目绩效目标申报表", "(2020年)", "申报单位名称：上海市某区某协会",
                "项目名称|某项目经费||", "项目负责人|甲|联系人|乙", "联系电话|12345678||",
                "开始时间|2020/01/01|结束时间|2020/12/31", "项目总预算（元）|1,152,000.00|项目当年预算（元）|1,152,000.00",
                "立项依据|《甲法》", "《乙办法》||", "保证项目实施的", "制度、措施|按季度考核。||",
                "同名项目上年", "预算额（元）|1,080,000.00|同名项目上年预算", "执行数（元）|1,062,000.00",
                "项目类型|○结转项目  ●其他经常性项目||", "项目概况|某概况||", "一级指标|二级指标|三级指标|指标目标值",
                "产出目标|数量目标|甲|≥1个", "||乙|≥2个", "|质量目标|丙|≥95%", "效果目标|社会效益目标|丁|有效",
                "影响力目标|满意度目标|戊|≥90%", "备注|||", "",
                "项目支出绩效目标表", "（2024年度）", "项目名称|某项目||", "主管部门|某厅|实施单位|某中心", "项目资金",
                "（万元）|年度资金总额||845.60", "|其中：财政拨款||845.60", "|其他资金||", "年度总体目标|完成。||",
                "一级指标|二级指标|三级指标|指标值", "产出指标|数量指标|甲|≥38座", "||乙|=12(期)", "|质量指标|丙|≥90%",
                "||丁|≥85%", "|成本指标|戊|≤22.3万元", "效益指标|生态效益指标|己|及时有效",
                "满意度指标|服务对象满意度指标|庚|≥90%");
        var titles = new perfdecl.grid.FormTitles(List.of("上海市财政支出项目绩效目标申报表", "项目支出绩效目标表"),
                List.of("绩效目标申报表", "绩效目标表"));
        List<FormGrid> forms = new OcrTextReader(titles).parse(export).forms();
        assertThat(forms).hasSize(2);
        FormGrid form = forms.get(0);
        assertThat(forms.get(1).rows()).extracting(r -> texts(r).get(0)).contains("项目资金\n（万元）", "主管部门");
        assertThat(form.rows()).extracting(r -> texts(r).get(0)).containsExactly("上海市财政支出项目绩效目标申报表",
                "(2020年)", "申报单位名称：上海市某区某协会", "项目名称", "项目负责人", "联系电话",
                "开始时间", "项目总预算（元）", "立项依据", "保证项目实施的\n制度、措施",
                "同名项目上年\n预算额（元）", "项目类型", "项目概况", "一级指标", "产出目标", "", "", "效果目标", "影响力目标",
                "备注");
        assertThat(texts(rowStartingWith(form, "立项依据"))).containsExactly("立项依据", "《甲法》\n《乙办法》", "", "");
        assertThat(texts(rowStartingWith(form, "同名项目上年\n预算额（元）")))
                .containsExactly("同名项目上年\n预算额（元）", "1,080,000.00", "同名项目上年预算\n执行数（元）", "1,062,000.00");
        assertThat(rowStartingWith(form, "项目类型").cells().get(1).tokens()).filteredOn(Token::isMark)
                .extracting(Token::checked).containsExactly(false, true);
    }

    @Test
    void linesOfATabExportWhoseRowsDifferInWidthAreNotJoined() throws Exception {
        String export = String.join("\n", "上海市财政支出项目绩效目标申报表", "项目名称\t某项目", "开始时间\t2020/1/1\t结束时间\t2020/12/31",
                "项目概况", "年度绩效目标\t完成", "一级指标\t二级指标\t三级指标\t指标值");
        FormGrid form = reader.parse(export).forms().get(0);
        assertThat(form.rows()).extracting(r -> texts(r).get(0)).containsExactly("上海市财政支出项目绩效目标申报表",
                "项目名称", "开始时间", "项目概况", "年度绩效目标", "一级指标");
    }
}
