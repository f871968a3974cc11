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
}
