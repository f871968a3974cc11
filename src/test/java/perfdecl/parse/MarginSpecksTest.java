package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.formWith;
import static perfdecl.parse.Grids.row;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.grid.Token;
import perfdecl.model.Budget;
import perfdecl.model.Declaration;
import perfdecl.model.Source;

/** Specks of dirt at a scan's margin can make the grid a sliver of a column left of the form's own first column. */
class MarginSpecksTest {

    private static final Source SCAN = new Source("a.pdf", "4aef5326443e4e0d00", 0, List.of(1), "pdf-ocr");

    private static Cell at(int column, String text, double x, double width, double top) {
        Box box = new Box(x, top, width, 12);
        return new Cell(column, 1, text, text.isEmpty() ? List.of() : List.of(Token.text(text, 1, box)), 1, box,
                0.95);
    }

    private static Row line(Cell... cells) {
        return new Row(List.of(cells), 1);
    }

    private static Declaration parse(Row... after) {
        Row[] body = new Row[after.length + 2];
        body[0] = row("项目当年投入资金构成", "子项目名称", "预算金额（元）");
        body[1] = row("", "监督员费用", "557,200");
        System.arraycopy(after, 0, body, 2, after.length);
        return new DeclarationParser().parse(formWith(body), SCAN);
    }

    @Test
    void aLabelRowRightOfABlankMarginSliverEndsTheItems() {
        Declaration d = parse(line(at(0, "", 30, 8, 200), at(1, "项目负责人", 38, 110, 200),
                at(2, "张三", 148, 120, 200), at(3, "联系电话", 268, 80, 200), at(4, "021-12345678", 348, 120, 200)));
        assertThat(d.projectLead()).isEqualTo("张三");
        assertThat(d.contactPhone()).isEqualTo("021-12345678");
        assertThat(d.budget().items()).containsExactly(new Budget.Item("监督员费用", 557_200L));
    }

    @Test
    void textRightOfABlankColumnAsWideAsItselfIsNoLabelRow() {
        // a merged first column left blank: the text stands in the items' name column and goes on the items
        Declaration d = parse(line(at(0, "", 30, 110, 200), at(1, "项目负责人培训费", 140, 110, 200),
                at(2, "12,000", 250, 120, 200)));
        assertThat(d.projectLead()).isNull();
        assertThat(d.budget().items()).containsExactly(new Budget.Item("监督员费用", 557_200L),
                new Budget.Item("项目负责人培训费", 12_000L));
    }
}
