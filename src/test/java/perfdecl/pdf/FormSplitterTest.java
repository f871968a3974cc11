package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.FormTitles;
import perfdecl.grid.Token;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;

class FormSplitterTest {

    private static final FormTitles TITLES = new FormTitles(List.of("财政项目支出绩效目标申报表", "项目支出绩效目标表"),
            List.of("绩效目标申报表", "绩效目标表"));

    private static LayoutCell cell(String text, double x) {
        Box box = new Box(x, 0, 40, 12);
        return new LayoutCell(box, new CellContent(text, List.of(Token.text(text, 0, box)), box), false, false);
    }

    private static LayoutRow row(int page, boolean table, String... texts) {
        List<LayoutCell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(cell(texts[i], 50 + 60 * i));
        }
        return new LayoutRow(page, 10, table, false, false, cells);
    }

    @Test
    void aLetterSpacedTitleBecomesOneCellWithTheWholeTitle() {
        LayoutRow title = FormSplitter.asTitle(row(1, false, "财政项目支", "出绩效", "目标申报表"), TITLES);
        assertThat(title.cells()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("财政项目支出绩效目标申报表"));
        assertThat(FormSplitter.asTitle(row(1, true, "项目名称", "x"), TITLES)).isNull();
    }

    @Test
    void aSpreadsheetTitleMergedIntoTheTablesTopRowIsATitleButOneInsideTheTableIsNot() {
        LayoutRow top = new LayoutRow(3, 10, true, true, false, List.of(cell("财政项目支出绩效目标申报表", 50)));
        LayoutRow inside = new LayoutRow(3, 40, true, false, false, List.of(cell("财政项目支出绩效目标申报表", 50)));
        LayoutRow topWithCells = new LayoutRow(3, 10, true, true, false,
                List.of(cell("项目支出绩效目标表", 50), cell("2", 110)));
        assertThat(FormSplitter.isTitle(top, TITLES)).isTrue();
        assertThat(FormSplitter.isTitle(inside, TITLES)).isFalse();
        assertThat(FormSplitter.isTitle(topWithCells, TITLES)).isFalse();
    }

    @Test
    void pageNumbersAreDroppedAndABareNumberOnlyInTheHeaderOrFooter() {
        List<LayoutRow> page = FormSplitter.withoutPageNumbers(List.of(row(2, false, "3"), row(2, true, "项目名称", "x"),
                row(2, false, "— 2 —"), row(2, false, "7"), row(2, true, "产出指标", "数量指标"), row(2, false, "3")));
        assertThat(page).extracting(LayoutRow::joinedText).containsExactly("项目名称x", "7", "产出指标数量指标");
    }

    @Test
    void theHeadingOfAnotherTableOrAGlossaryOpensNoForm() {
        assertThat(FormSplitter.opensOtherTable(row(4, false, "名词解释"), TITLES)).isTrue();
        assertThat(FormSplitter.opensOtherTable(row(4, false, "2025年部门收支预算总表"), TITLES)).isTrue();
        assertThat(FormSplitter.opensOtherTable(row(4, true, "产出指标", "数量指标"), TITLES)).isFalse();
    }

    @Test
    void aGlossaryHeadingLaidOutAsOneBlockWithItsEntriesOpensNoForm() {
        String block = "第五部分 名词解释\n1.财政拨款收入：指本级财政当年拨付的资金。\n2.事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。";

        assertThat(FormSplitter.opensOtherTable(row(25, false, block), TITLES)).isTrue();
        assertThat(FormSplitter.opensOtherTable(row(25, false, "1.财政拨款收入：指本级财政当年拨付的资金。\n名词解释"),
                TITLES)).isFalse();
    }
}
