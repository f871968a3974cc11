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
    void aLetterSpacedTitleBecomesOneCellThatStartsTheForm() {
        var split = FormSplitter.split(List.of(row(1, false, "财政项目支", "出绩效", "目标申报表"), row(1, true, "项目名称", "x")),
                TITLES, 1);
        assertThat(split.forms()).singleElement().satisfies(f -> {
            assertThat(f.get(0).cells()).singleElement().satisfies(c -> assertThat(c.text())
                    .isEqualTo("财政项目支出绩效目标申报表"));
            assertThat(f).hasSize(2);
        });
    }

    @Test
    void pagesBeforeTheFirstFormAndAfterAnotherTablesHeadingAreSkippedAndPageNumbersDropped() {
        var split = FormSplitter.split(List.of(row(1, false, "2025年部门收支预算总表"), row(1, true, "科目编码", "合计"),
                row(2, false, "项目支出绩效目标表"), row(2, true, "项目名称", "x"), row(2, false, "— 2 —"),
                row(3, true, "产出指标", "数量指标"), row(3, false, "3"),
                row(4, false, "名词解释"), row(4, false, "1.财政拨款收入：指本级财政当年拨付的资金。")), TITLES, 4);
        assertThat(split.forms()).singleElement().satisfies(f -> assertThat(f).extracting(LayoutRow::joinedText)
                .containsExactly("项目支出绩效目标表", "项目名称x", "产出指标数量指标"));
        assertThat(split.skippedPages()).containsExactly(1, 4);
    }
}
