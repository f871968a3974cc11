package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.form;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Source;

/** The national form's funds as a matrix: a column per period over the rows 资金总额 / 其中：财政拨款 / 其他资金. */
class FundsMatrixTest {

    private static final Source SOURCE = new Source("a.pdf", "4aef5326443e4e0d00", 0, null, "pdf");
    private final DeclarationParser parser = new DeclarationParser();

    private Declaration mof(String... fundRows) {
        java.util.List<perfdecl.grid.Row> rows = new java.util.ArrayList<>(java.util.List.of(row("项目支出绩效目标表"),
                row("（2025年度）"), row("项目名称", "智慧水务监测平台建设"), row("主管部门", "某市水务局", "实施单位", "某市水文站"),
                row("项目实施期", "2024年1月至2026年12月"),
                row("项目资金（万元）", "", "实施期资金总额", "年度资金总额")));
        for (String r : fundRows) {
            rows.add(row(r.split("\\|", -1)));
        }
        rows.add(row("年度总体目标", "完成二期120个监测站点建设"));
        rows.add(row("一级指标", "二级指标", "三级指标", "指标值"));
        rows.add(row("产出指标", "数量指标", "新建监测站点数量", "≥120个"));
        return parser.parse(form(rows.toArray(perfdecl.grid.Row[]::new)), SOURCE);
    }

    @Test
    void theTotalRowGivesBothPeriodsAndTheOtherRowsTheirCurrentYearAmount() {
        Declaration d = mof("|资金总额|2,850.6375|980.2150", "|其中：财政拨款|2,650.6375|900.2150", "|其他资金|200.00|80.00");

        assertThat(d.template()).isEqualTo("mof-2021");
        assertThat(d.budget().fen().total()).isEqualTo(2_850_637_500L);
        assertThat(d.budget().fen().currentYear()).isEqualTo(980_215_000L);
        assertThat(d.budget().fen().currentYearAppropriation()).isEqualTo(900_215_000L);
        assertThat(d.budget().fen().otherFunds()).isEqualTo(80_000_000L);
        assertThat(d.budget().total()).isEqualTo(28_506_375L);
        assertThat(d.findings()).extracting(f -> f.code()).doesNotContain("AMOUNT_UNREADABLE", "FIELD_MISSING",
                "AMOUNT_ROW_UNKNOWN");
    }

    @Test
    void aRowTheTemplateLacksIsReportedWithItsCurrentYearAmount() {
        Declaration d = mof("|资金总额|6,420.00|1,284.0375", "|其中：财政拨款|5,920.00|1,184.0375",
                "|其中：政府性基金|500.00|100.00");

        assertThat(d.budget().currentYear()).isEqualTo(12_840_375L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("AMOUNT_ROW_UNKNOWN"))
                .singleElement().satisfies(f -> {
                    assertThat(f.expected()).isEqualTo("其中：政府性基金");
                    assertThat(f.actual()).isEqualTo("100.00");
                });
    }

    @Test
    void aTextExportThatDropsTheBlankCellsMatchesAmountsToColumnsByOrder() {
        Declaration d = mof("资金总额|2,850.6375|980.2150", "其中：财政拨款|2,650.6375|900.2150");

        assertThat(d.budget().fen().total()).isEqualTo(2_850_637_500L);
        assertThat(d.budget().fen().currentYear()).isEqualTo(980_215_000L);
        assertThat(d.budget().fen().currentYearAppropriation()).isEqualTo(900_215_000L);
    }
}
