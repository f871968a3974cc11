package perfdecl.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.Token;

class GridAssemblerTest {

    /** A table row of cells {@code widths} wide, side by side from {@code left}. */
    private static LayoutRow tableRow(int page, double top, double left, double[] widths, String... texts) {
        List<LayoutCell> cells = new ArrayList<>();
        double x = left;
        for (int i = 0; i < texts.length; i++) {
            Box box = new Box(x, top, widths[i], 12);
            cells.add(new LayoutCell(box, new CellContent(texts[i], List.of(Token.text(texts[i], 0, box)), box),
                    false, false));
            x += widths[i];
        }
        return new LayoutRow(page, top, true, false, false, cells);
    }

    private static final double[] INDICATORS = {80, 90, 150, 160};

    /** The second sheet of an indicator table scanned 18 points further left than the first. */
    private static List<LayoutRow> shiftedSecondPage() {
        return List.of(
                tableRow(1, 100, 60, new double[] {120, 360}, "项目名称", "委托服务经费"),
                tableRow(1, 120, 60, INDICATORS, "一级指标", "二级指标", "三级指标", "指标目标值"),
                tableRow(1, 140, 60, INDICATORS, "产出目标", "数量目标", "", "完成鉴定人数40万左右"),
                tableRow(2, 60, 42, INDICATORS, "", "时效目标", "", "按月组织实施各类技能鉴定工作"),
                tableRow(2, 80, 42, INDICATORS, "效果目标", "社会效益目标", "", "提高服务水平"));
    }

    private static List<Integer> columns(FormGrid grid, int row) {
        return grid.rows().get(row).cells().stream().map(Cell::column).toList();
    }

    @Test
    void aScannedSheetShiftedSidewaysKeepsTheColumnsOfThePageBefore() {
        FormGrid grid = GridAssembler.assemble(0, shiftedSecondPage(), List.of(), true);

        assertThat(columns(grid, 3)).isEqualTo(columns(grid, 1));
        assertThat(columns(grid, 4)).isEqualTo(columns(grid, 1));
        Cell target = grid.rows().get(3).cells().get(3);
        assertThat(target.text()).isEqualTo("按月组织实施各类技能鉴定工作");
        assertThat(target.box().x()).isEqualTo(42 + 80 + 90 + 150); // the box stays where it was read
    }

    @Test
    void bornDigitalPagesKeepTheirOwnColumns() {
        FormGrid grid = GridAssembler.assemble(0, shiftedSecondPage(), List.of(), false);

        assertThat(columns(grid, 3)).isNotEqualTo(columns(grid, 1));
    }

    @Test
    void aSecondSheetWithAnotherTableIsNotShifted() {
        List<LayoutRow> rows = List.of(
                tableRow(1, 120, 60, INDICATORS, "一级指标", "二级指标", "三级指标", "指标目标值"),
                tableRow(2, 60, 60, new double[] {200, 280}, "备注", "无"));

        assertThat(PageShifts.of(rows)).isEmpty();
    }
}
