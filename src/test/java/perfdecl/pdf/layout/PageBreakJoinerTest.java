package perfdecl.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.Token;

class PageBreakJoinerTest {

    private static final double L1 = 50, L2 = 130, L3 = 230, T = 330, END = 430;

    /** A cell whose text stands at {@code textY} (height 10) inside the cell's rectangle. */
    private static LayoutCell cell(double x, double right, double top, double height, String s, double textY) {
        if (s.isEmpty()) {
            return LayoutCell.empty(new Box(x, top, right - x, height), false, false);
        }
        Box textBox = new Box(x + 2, textY, right - x - 4, 10);
        return new LayoutCell(new Box(x, top, right - x, height),
                new CellContent(s, List.of(Token.text(s, 0, textBox)), textBox), false, false);
    }

    private static LayoutCell centred(double x, double right, double top, double height, String s) {
        return cell(x, right, top, height, s, top + height / 2 - 5);
    }

    private static LayoutRow row(int page, double top, boolean first, boolean last, LayoutCell... cells) {
        return new LayoutRow(page, top, true, first, last, List.of(cells));
    }

    private static LayoutRow header(int page, double top, boolean first) {
        return row(page, top, first, false, centred(L1, L2, top, 20, "一级指标"), centred(L2, L3, top, 20, "二级指标"),
                centred(L3, T, top, 20, "三级指标"), centred(T, END, top, 20, "指标目标值"));
    }

    @Test
    void repeatedHeaderIsDroppedAndSplitLabelJoined() {
        List<LayoutRow> rows = new ArrayList<>();
        rows.add(header(1, 700, true));
        // level-1 label cut by the page break: text pushed to the bottom of the first part
        rows.add(row(1, 720, false, true, cell(L1, L2, 720, 60, "投入和管理目", 768), centred(L2, L3, 720, 60, "资金投入管理"),
                centred(L3, T, 720, 60, "预算执行率"), centred(T, END, 720, 60, "≥98%")));
        rows.add(header(2, 50, true));
        rows.add(row(2, 70, false, false, cell(L1, L2, 70, 60, "标", 71), centred(L2, L3, 70, 60, "项目实施管理"),
                centred(L3, T, 70, 60, "系统建设完成率"), centred(T, END, 70, 60, "=100%")));

        List<LayoutRow> joined = PageBreakJoiner.join(rows);

        assertThat(joined).hasSize(3);
        assertThat(joined.get(1).cells().get(0).text()).isEqualTo("投入和管理目标");
        assertThat(joined.get(2).cells()).extracting(LayoutCell::text).containsExactly("", "项目实施管理", "系统建设完成率", "=100%");
        assertThat(joined.get(2).cells().get(0).continuation()).isTrue();
        assertThat(joined.get(2).page()).isEqualTo(2);
    }

    @Test
    void labelWhollyOnTheNextPageMovesUpToTheMergedCell() {
        List<LayoutRow> rows = List.of(
                row(1, 720, true, true, centred(L1, L2, 720, 60, ""), centred(L2, L3, 720, 60, "数量目标"),
                        centred(L3, T, 720, 60, "综合接通率"), centred(T, END, 720, 60, "≥80%")),
                row(2, 50, true, false, cell(L1, L2, 50, 80, "产出目标", 52), centred(L2, L3, 50, 80, "质量目标"),
                        centred(L3, T, 50, 80, "合格率"), centred(T, END, 50, 80, "≥98%")));

        List<LayoutRow> joined = PageBreakJoiner.join(rows);

        assertThat(joined.get(0).cells().get(0).text()).isEqualTo("产出目标");
        assertThat(joined.get(1).cells()).extracting(LayoutCell::text).containsExactly("", "质量目标", "合格率", "≥98%");
    }

    @Test
    void centredCellOnTheNextPageStaysItsOwnCell() {
        List<LayoutRow> rows = List.of(
                row(1, 720, true, true, centred(L1, L2, 720, 60, "产出目标"), centred(L2, L3, 720, 60, "时效目标"),
                        centred(L3, T, 720, 60, ""), centred(T, END, 720, 60, "")),
                row(2, 50, true, false, centred(L1, L2, 50, 60, "效果目标"), centred(L2, L3, 50, 60, "经济效益目标"),
                        centred(L3, T, 50, 60, "成本控制"), centred(T, END, 50, 60, "<5元")));

        List<LayoutRow> joined = PageBreakJoiner.join(rows);

        assertThat(joined).hasSize(2);
        assertThat(joined.get(0).cells()).extracting(LayoutCell::text).containsExactly("产出目标", "时效目标", "", "");
        assertThat(joined.get(1).cells()).extracting(LayoutCell::text).containsExactly("效果目标", "经济效益目标", "成本控制", "<5元");
    }

    @Test
    void tableAfterAFreeTextLineIsNotAContinuation() {
        LayoutCell title = new LayoutCell(new Box(100, 40, 200, 12),
                new CellContent("上海市财政支出项目绩效目标申报表", List.of(), new Box(100, 40, 200, 12)), false, false);
        List<LayoutRow> rows = List.of(
                row(1, 720, true, true, centred(L1, L2, 720, 30, "备注"), centred(L2, END, 720, 30, "")),
                new LayoutRow(2, 40, false, false, false, List.of(title)),
                row(2, 80, true, false, cell(L1, L2, 80, 30, "项目名称", 81), centred(L2, END, 80, 30, "")));

        assertThat(PageBreakJoiner.join(rows)).isEqualTo(rows);
    }
}
