package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.Row;
import perfdecl.grid.Token;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Source;

class StrayAmountLabelsTest {

    private static final Source SOURCE = new Source("a.pdf", "4aef5326443e4e0d00", 1, null, "pdf-ocr");
    private final DeclarationParser parser = new DeclarationParser();

    private static Cell at(int column, String text, double x, double y, double width, double height) {
        return new Cell(column, 1, text, text.isEmpty() ? List.of() : List.of(Token.text(text, 0, null)), 1,
                new Box(x, y, width, height), 1.0);
    }

    private static FormGrid form(Row... body) {
        List<Row> rows = new ArrayList<>(List.of(
                new Row(List.of(at(0, "上海市财政支出项目绩效目标申报表（2022年）", 96, 240, 279, 37)), 1),
                new Row(List.of(at(0, "申报单位名称：上海市某镇人民政府", 0, 289, 194, 10)), 1),
                new Row(List.of(at(0, "项目名称", 34, 314, 35, 10), at(1, "村级河道日常保洁项目", 68, 314, 282, 10)), 1)));
        rows.addAll(List.of(body));
        return new FormGrid(0, 1, 1, rows, List.of());
    }

    @Test
    void aTwoLineAmountLabelBandedAboveItsRowOwnsTheAmountAfterItsBlankCell() {
        // the label's first line stands above the row, its closing bracket below it
        Declaration d = parser.parse(form(
                new Row(List.of(at(0, "项目当年预算（元", 244, 526, 80, 9)), 1),
                new Row(List.of(at(0, "项目总预算（元）", 34, 534, 109, 10), at(3, "860000", 143, 534, 53, 10),
                        at(4, "", 196, 534, 154, 10), at(5, "720000", 350, 534, 83, 10)), 1),
                new Row(List.of(at(0, "）", 281, 545, 2, 4)), 1)), SOURCE);
        assertThat(d.budget().total()).isEqualTo(860_000L);
        assertThat(d.budget().currentYear()).isEqualTo(720_000L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("GRID_UNTRUSTED");
        assertThat(d.findings()).extracting(Finding::field).doesNotContain("budget.currentYear");
    }

    @Test
    void aLabelNotOverABlankCellFollowedByAnAmountStaysWhereItIs() {
        // the amount below the label's column is filled: nothing stray, the total row keeps its own amounts
        Declaration d = parser.parse(form(
                new Row(List.of(at(0, "项目当年预算（元）", 244, 526, 80, 9)), 1),
                new Row(List.of(at(0, "项目总预算（元）", 34, 534, 109, 10), at(3, "860000", 143, 534, 53, 10),
                        at(4, "720000", 196, 534, 154, 10)), 1)), SOURCE);
        assertThat(d.budget().currentYear()).isNull();
        assertThat(d.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("GRID_UNTRUSTED");
            assertThat(f.field()).isEqualTo("budget.total");
        });
    }
}
