package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;

class ScanTitleTest {

    private static LayoutRow line(String text, double top) {
        Box box = new Box(50, top, 300, 12);
        return new LayoutRow(1, top, false, false, false,
                List.of(new LayoutCell(box, new CellContent(text, List.of(Token.text(text, 0, box)), box), false, false)));
    }

    @Test
    void aTitleWithTwoMisreadCharactersStartsAFormAndIsRestored() {
        List<ReaderNote> notes = new ArrayList<>();
        List<List<LayoutRow>> forms = ScanTitle.split(List.of(line("上海市财政支出项日绩效目标中报表", 60),
                line("(2019年)", 90), line("上海市财政支出项目绩效目标申报表", 500)), notes);
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0).get(0).joinedText()).isEqualTo("上海市财政支出项目绩效目标申报表");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("OCR_REPAIRED");
            assertThat(n.message()).contains("项日绩效目标中报表");
        });
    }

    @Test
    void anotherLineIsNoTitle() {
        List<ReaderNote> notes = new ArrayList<>();
        assertThat(ScanTitle.split(List.of(line("上海市财政支出项目绩效评价报告", 60)), notes)).isEmpty();
        assertThat(notes).isEmpty();
    }

    @Test
    void aMisreadNationalTitleStartsAFormWhenTheReaderKnowsEveryTemplate() {
        List<ReaderNote> notes = new ArrayList<>();
        List<List<LayoutRow>> forms = ScanTitle.split(List.of(line("十、项目支出绩效目标表", 40),
                line("项目支出绩效目际表", 60), line("(2022年度)", 90)), notes, perfdecl.parse.TemplateCatalog.titles());
        assertThat(forms).hasSize(1);
        assertThat(forms.get(0).get(0).joinedText()).isEqualTo("项目支出绩效目标表");
        assertThat(notes).singleElement().satisfies(n -> assertThat(n.message()).contains("项目支出绩效目际表"));
    }

    @Test
    void anOcrMisreadTitleSnapsToTheNearestGenerationsTitleWithinItsTolerance() {
        perfdecl.grid.FormTitles all = perfdecl.parse.TemplateCatalog.titles();
        assertThat(ScanTitle.nearest(all, "上海市财政支出项日绩效目标中报表")).isEqualTo("上海市财政支出项目绩效目标申报表");
        assertThat(ScanTitle.nearest(all, "项目支出绩效目际表")).isEqualTo("项目支出绩效目标表");
        assertThat(ScanTitle.nearest(all, "财政项目支山绩效目标申报表")).isEqualTo("财政项目支出绩效目标申报表");
        // two characters off a nine-character title is another form: a self-evaluation, not a target form
        assertThat(ScanTitle.nearest(all, "项目支出绩效自评表")).isNull();
    }

    private static LayoutRow tableRow(double top, String... texts) {
        List<LayoutCell> cells = new ArrayList<>();
        double x = 50;
        for (String t : texts) {
            Box box = new Box(x, top, 100, 20);
            cells.add(new LayoutCell(box, new CellContent(t, List.of(Token.text(t, 0, box)), box), false, false));
            x += 100;
        }
        return new LayoutRow(1, top, true, false, false, cells);
    }

    @Test
    void aMisreadTitleSharingItsLineWithTheYearIsRestoredAndTheYearKept() {
        List<ReaderNote> notes = new ArrayList<>();
        List<List<LayoutRow>> forms = ScanTitle.split(List.of(line("上海市财攻支出项目绩效日标申报表(2019年)", 60),
                tableRow(120, "项目名称", "某项目")), notes);
        assertThat(forms).singleElement().satisfies(f ->
                assertThat(f.get(0).joinedText()).isEqualTo("上海市财政支出项目绩效目标申报表(2019年)"));
        assertThat(notes).singleElement().satisfies(n -> assertThat(n.code()).isEqualTo("OCR_REPAIRED"));
    }

    @Test
    void aFormWhoseTitleIsUnreadableIsFoundByItsFirstLabelWithAFinding() {
        List<ReaderNote> notes = new ArrayList<>();
        List<LayoutRow> rows = List.of(line("上海市财政支出项目绩效目标申报表", 60), line("(2019年)", 90),
                tableRow(120, "项目名称", "第一个项目"), tableRow(140, "子项目名称", "预算金额"),
                line("上海巾财攻支山项日绩效日标中报表", 400), line("(2019年)", 430), line("申报单位名称：某中心", 450),
                tableRow(480, "项目名杯", "第二个项目"));
        List<List<LayoutRow>> forms = ScanTitle.split(rows, notes);
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0)).hasSize(4);
        assertThat(forms.get(1)).extracting(LayoutRow::joinedText).containsExactly("上海市财政支出项目绩效目标申报表",
                "(2019年)", "申报单位名称：某中心", "项目名杯第二个项目");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("SCAN_TITLE_UNREAD");
            assertThat(n.message()).contains("上海巾财攻支山项日绩效日标中报表");
        });
    }

    @Test
    void aFormWithNoTitleLineAtAllGetsOneInFrontOfItsLeadLines() {
        List<ReaderNote> notes = new ArrayList<>();
        List<List<LayoutRow>> forms = ScanTitle.split(List.of(line("(2019年)", 90),
                tableRow(120, "项目名称", "某项目"), tableRow(140, "项目类型", "")), notes);
        assertThat(forms).singleElement().satisfies(f -> assertThat(f).extracting(LayoutRow::joinedText)
                .containsExactly("上海市财政支出项目绩效目标申报表", "(2019年)", "项目名称某项目", "项目类型"));
        assertThat(notes).extracting(ReaderNote::code).containsExactly("SCAN_TITLE_UNREAD");
    }
}
