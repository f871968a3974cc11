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

    private static final perfdecl.grid.FormTitles SH_2019 = perfdecl.grid.FormTitles.SH_2019;

    @Test
    void aTitleWithTwoMisreadCharactersIsRestoredWithANote() {
        List<ReaderNote> notes = new ArrayList<>();
        LayoutRow title = ScanTitle.asTitle(line("上海市财政支出项日绩效目标中报表", 60), notes, SH_2019);
        assertThat(title.joinedText()).isEqualTo("上海市财政支出项目绩效目标申报表");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("OCR_REPAIRED");
            assertThat(n.message()).contains("项日绩效目标中报表");
        });
        assertThat(ScanTitle.asTitle(line("(2019年)", 90), notes, SH_2019)).isNull();
    }

    @Test
    void anotherLineIsNoTitle() {
        List<ReaderNote> notes = new ArrayList<>();
        assertThat(ScanTitle.asTitle(line("上海市财政支出项目绩效评价报告", 60), notes, SH_2019)).isNull();
        assertThat(notes).isEmpty();
    }

    @Test
    void aMisreadNationalTitleIsRestoredWhenTheReaderKnowsEveryTemplate() {
        List<ReaderNote> notes = new ArrayList<>();
        perfdecl.grid.FormTitles all = perfdecl.parse.TemplateCatalog.titles();
        assertThat(ScanTitle.asTitle(line("十、项目支出绩效目标表", 40), notes, all)).isNull();
        assertThat(ScanTitle.asTitle(line("项目支出绩效目际表", 60), notes, all).joinedText()).isEqualTo("项目支出绩效目标表");
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
        LayoutRow title = ScanTitle.asTitle(line("上海市财攻支出项目绩效日标申报表(2019年)", 60), notes, SH_2019);
        assertThat(title.joinedText()).isEqualTo("上海市财政支出项目绩效目标申报表(2019年)");
        assertThat(notes).singleElement().satisfies(n -> assertThat(n.code()).isEqualTo("OCR_REPAIRED"));
        assertThat(ScanTitle.asTitle(tableRow(120, "项目名称", "某项目"), notes, SH_2019)).isNull();
    }

    private static LayoutCell cellAt(double x, double top, String text) {
        Box box = new Box(x, top, text.isEmpty() ? 40 : 20 * text.length(), 12);
        return new LayoutCell(box, new CellContent(text, text.isEmpty() ? List.of() : List.of(Token.text(text, 0, box)),
                box), false, false);
    }

    @Test
    void aTitleOnARowOfBlankCellsWithALetterReadFromTheEdgeIsATitle() {
        List<ReaderNote> notes = new ArrayList<>();
        LayoutRow row = new LayoutRow(3, 32, true, false, false, List.of(cellAt(20, 32, ""), cellAt(60, 32, ""),
                cellAt(100, 32, "财政项目支出绩效目标申报表"), cellAt(400, 32, ""), cellAt(520, 32, "P")));
        LayoutRow title = ScanTitle.asTitle(row, notes, perfdecl.parse.TemplateCatalog.titles());
        assertThat(title).isNotNull();
        assertThat(title.joinedText()).isEqualTo("财政项目支出绩效目标申报表");
    }

    @Test
    void aTableRowNamingTheFormBesideOtherWordsIsNoTitle() {
        LayoutRow row = new LayoutRow(3, 32, true, false, false, List.of(cellAt(20, 32, "附件"),
                cellAt(100, 32, "财政项目支出绩效目标申报表"), cellAt(400, 32, "填报说明")));
        assertThat(ScanTitle.asTitle(row, new ArrayList<>(), perfdecl.parse.TemplateCatalog.titles())).isNull();
    }

    @Test
    void aSentenceNamingTheFormWithItsTitleMisreadIsNoTitle() {
        assertThat(ScanTitle.asTitle(line("以下为本门2025年重点页绩效目标，详见项目支出绩效目亦表。", 60), new ArrayList<>(),
                new perfdecl.grid.FormTitles(List.of("上海市财政支出项目绩效目标申报表", "项目支出绩效目标表"),
                        List.of("绩效目标申报表", "绩效目标表")))).isNull();
    }

    @Test
    void aTitleMisreadPastRestoringIsDoubtfulButAnotherTableOrASentenceIsNot() {
        assertThat(ScanTitle.isDoubtful(line("上海市财政<出项目结效目标中投表", 60), SH_2019)).isTrue();
        assertThat(ScanTitle.isDoubtful(line("上海市财政支出项目绩效目标申报表", 60), SH_2019)).isFalse();
        assertThat(ScanTitle.isDoubtful(line("2025年部门整体支出绩效目标表", 60), SH_2019)).isFalse();
        assertThat(ScanTitle.isDoubtful(line("财政拨款收支总表", 60), SH_2019)).isFalse();
        assertThat(ScanTitle.isDoubtful(line("以下为重点项目，详见上海市财政支出项目结效目标中投表", 60), SH_2019)).isFalse();
    }
}
