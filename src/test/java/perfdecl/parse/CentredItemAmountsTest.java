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
import perfdecl.model.Finding;
import perfdecl.model.Source;

class CentredItemAmountsTest {

    private static final Source SCAN = new Source("a.pdf", "4aef5326443e4e0d00", 0, List.of(1, 2), "pdf-ocr");

    /** A cell on page 2 whose text stands from {@code top} to {@code bottom} (points). */
    private static Cell at(int column, String text, double x, double top, double bottom) {
        Box box = new Box(x, top, 40, bottom - top);
        return new Cell(column, 1, text, List.of(Token.text(text, 2, box)), 2, box, 0.95);
    }

    private static Row line(Cell... cells) {
        return new Row(List.of(cells), 2);
    }

    private static Declaration parse(Row... items) {
        Row[] body = new Row[items.length + 2];
        body[0] = row("项目当年投入资金构成", "子项目名称", "预算金额（元）");
        body[1] = row("", "监督员费用", "557,200");
        System.arraycopy(items, 0, body, 2, items.length);
        return new DeclarationParser().parse(formWith(body), SCAN);
    }

    @Test
    void anAmountSetBetweenTheTwoLinesOfItsNameIsThatItemsWholeName() {
        // the name's lines at 65-74 and 80-89, the amount centred between them at 72-80 read as a line of its own
        Declaration d = parse(
                line(at(0, "", 50, 65, 74), at(1, "职业培训师资继续教育-“激活你的课堂”主题师资", 100, 65, 74),
                        at(2, "", 300, 65, 74)),
                line(at(0, "379500", 300, 72, 80)),
                line(at(0, "", 50, 80, 89), at(1, "进修", 100, 80, 89), at(2, "", 300, 80, 89)),
                line(at(0, "", 50, 101, 110), at(1, "保安费", 100, 101, 110), at(2, "3729600", 300, 101, 110)));
        assertThat(d.budget().items()).containsExactly(new Budget.Item("监督员费用", 557_200L),
                new Budget.Item("职业培训师资继续教育-“激活你的课堂”主题师资进修", 379_500L),
                new Budget.Item("保安费", 3_729_600L));
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field).contains("budget.items");
    }

    @Test
    void aNameAfterAnAmountNotCentredOnItIsAnItemOfItsOwn() {
        // the amount level with the first name's line: the next line, a row's gap below, is the next item's name
        Declaration d = parse(
                line(at(0, "", 50, 65, 74), at(1, "资格认证费", 100, 65, 74)),
                line(at(0, "581802", 300, 66, 75)),
                line(at(0, "", 50, 84, 93), at(1, "保安费", 100, 84, 93)));
        assertThat(d.budget().items()).containsExactly(new Budget.Item("监督员费用", 557_200L),
                new Budget.Item("资格认证费", 581_802L), new Budget.Item("保安费", null));
    }

    @Test
    void anAmountFarBelowTheHeldNamesIsAnItemWithoutName() {
        Declaration d = parse(
                line(at(0, "", 50, 65, 74), at(1, "资格认证费", 100, 65, 74)),
                line(at(0, "581802", 300, 120, 129)));
        assertThat(d.budget().items()).containsExactly(new Budget.Item("监督员费用", 557_200L),
                new Budget.Item("资格认证费", null), new Budget.Item(null, 581_802L));
    }
}
