package perfdecl.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.Token;

class CellPlacerTest {

    private static CellContent text(String s) {
        return new CellContent(s, List.of(Token.text(s, 0, null)), null);
    }

    @Test
    void mergedCellKeepsTextInFirstRowAndLeavesEmptyCellsBelow() {
        Positions rows = Positions.of(List.of(100.0, 120.0, 120.4, 140.0, 160.0), 1.5);
        List<CellPlacer.RuledCell> cells = List.of(
                new CellPlacer.RuledCell(new Box(50, 100, 80, 60), text("投入和管理目标")),
                new CellPlacer.RuledCell(new Box(130, 100, 100, 40), text("资金投入管理")),
                new CellPlacer.RuledCell(new Box(230, 100, 120, 20), text("专款专用率")),
                new CellPlacer.RuledCell(new Box(230, 120, 120, 20), text("预算执行率")),
                new CellPlacer.RuledCell(new Box(130, 140, 100, 20), text("项目实施管理")),
                new CellPlacer.RuledCell(new Box(230, 140, 120, 20), text("系统建设完成率")));

        List<List<LayoutCell>> placed = CellPlacer.place(rows, cells);

        assertThat(placed).hasSize(3);
        assertThat(placed.get(0)).extracting(LayoutCell::text).containsExactly("投入和管理目标", "资金投入管理", "专款专用率");
        assertThat(placed.get(1)).extracting(LayoutCell::text).containsExactly("", "", "预算执行率");
        assertThat(placed.get(1)).extracting(LayoutCell::continuation).containsExactly(true, true, false);
        assertThat(placed.get(2)).extracting(LayoutCell::text).containsExactly("", "项目实施管理", "系统建设完成率");
        assertThat(placed.get(0).get(0).mergedDown()).isTrue();
        assertThat(placed.get(2).get(0).mergedDown()).isFalse();
        Box part = placed.get(1).get(0).box();
        assertThat(part.y()).isCloseTo(120.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(part.bottom()).isCloseTo(140.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void columnAndSpanComeFromTheFormsRulingEdges() {
        LayoutRow wide = new LayoutRow(1, 100, true, true, false, List.of(
                new LayoutCell(new Box(50, 100, 80, 20), text("项目名称"), false, false),
                new LayoutCell(new Box(130, 100, 300, 20), text("某项目"), false, false)));
        LayoutRow split = new LayoutRow(2, 60, true, false, true, List.of(
                new LayoutCell(new Box(50.5, 60, 80, 20), text("开始时间"), false, false),
                new LayoutCell(new Box(130, 60, 100, 20), text("2019-1-1"), false, false),
                new LayoutCell(new Box(230, 60, 100, 20), text("结束时间"), false, false),
                new LayoutCell(new Box(330, 60, 100.8, 20), text("2019-12-31"), false, false)));
        LayoutRow title = new LayoutRow(1, 40, false, false, false, List.of(
                new LayoutCell(new Box(200, 40, 150, 12), text("(2019年)"), false, false)));

        FormGrid grid = GridAssembler.assemble(0, List.of(title, wide, split), List.of());

        assertThat(grid.rows().get(0).cells()).extracting(Cell::column).containsExactly(0);
        assertThat(grid.rows().get(1).cells()).extracting(Cell::column, Cell::columnSpan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 3));
        assertThat(grid.rows().get(2).cells()).extracting(Cell::column).containsExactly(0, 1, 2, 3);
        assertThat(grid.firstPage()).isEqualTo(1);
        assertThat(grid.lastPage()).isEqualTo(2);
        assertThat(grid.rows().get(2).page()).isEqualTo(2);
    }
}
