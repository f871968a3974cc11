package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.row;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.FormGrid;
import perfdecl.grid.Row;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Source;

/** Amount rows and labels a form's template does not know: read where a field exists, else reported, never lost. */
class UnknownEntriesTest {

    private static final Source SOURCE = new Source("a.txt", "4aef5326443e4e0d00", 0, null, "ocr-text");
    private final DeclarationParser parser = new DeclarationParser();

    private Declaration mof(List<Row> head, List<Row> funds) {
        List<Row> rows = new ArrayList<>(List.of(row("项目支出绩效目标表"), row("（2024年度）"),
                row("项目名称", "档案数字化")));
        rows.addAll(head);
        rows.addAll(funds);
        rows.addAll(List.of(row("年度总体目标", "完成档案数字化200万画幅。"),
                row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"),
                row("", "产出指标", "数量指标", "扫描画幅", "≥200万画幅")));
        return parser.parse(new FormGrid(0, null, null, rows, List.of()), SOURCE);
    }

    private static List<Finding> coded(Declaration d, String code) {
        return d.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void aCarriedOverAmountRowIsReadIntoItsOwnField() {
        Declaration d = mof(List.of(row("主管部门", "国家档案局", "实施单位", "中央档案馆")),
                List.of(row("项目资金（万元）", "年度资金总额", "860.5"), row("", "其中：财政拨款", "700.005"),
                        row("", "上年结转资金", "100.00"), row("", "其他资金", "60.495")));
        assertThat(d.budget().carryOver()).isEqualTo(1_000_000L);
        assertThat(d.budget().fen().carryOver()).isEqualTo(100_000_000L);
        assertThat(d.budget().currentYearAppropriation()).isEqualTo(7_000_050L);
        assertThat(d.budget().otherFunds()).isEqualTo(604_950L);
        assertThat(coded(d, "AMOUNT_ROW_UNKNOWN")).isEmpty();
    }

    @Test
    void anAmountRowTheTemplateLacksIsReportedWithItsLabelAndAmountAndKeptOutOfTheGoal() {
        Declaration d = mof(List.of(row("主管部门", "国家档案局", "实施单位", "中央档案馆")),
                List.of(row("项目资金（万元）", "年度资金总额", "860.5"), row("", "其中：财政拨款", "800.005"),
                        row("", "其他资金", "30.495"), row("", "其中：政府性基金", "30.00")));
        assertThat(coded(d, "AMOUNT_ROW_UNKNOWN")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.WARNING);
            assertThat(f.expected()).isEqualTo("其中：政府性基金");
            assertThat(f.actual()).isEqualTo("30.00");
            assertThat(f.message()).contains("其中：政府性基金", "30.00", "mof-2021");
        });
        assertThat(d.texts().annualGoal()).isEqualTo("完成档案数字化200万画幅。");
        assertThat(d.budget().otherFunds()).isEqualTo(304_950L);
    }

    @Test
    void anUnknownRowBesideTheFundsHeaderIsReportedNotDropped() {
        Declaration d = mof(List.of(row("主管部门", "国家档案局", "实施单位", "中央档案馆")),
                List.of(row("项目资金（万元）", "事业收入", "12.5"), row("", "年度资金总额", "860.5"),
                        row("", "其中：财政拨款", "848.0")));
        assertThat(coded(d, "AMOUNT_ROW_UNKNOWN")).extracting(Finding::expected, Finding::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("事业收入", "12.5"));
        assertThat(d.budget().currentYear()).isEqualTo(8_605_000L);
    }

    @Test
    void anUnknownLabelAfterAKnownOnesValueIsReportedAndLeftOutOfThatValue() {
        Declaration d = mof(List.of(row("主管部门", "国家档案局", "项目编码", "2024-001", "实施单位", "中央档案馆"),
                        row("项目负责人", "张三")),
                List.of(row("项目资金（万元）", "年度资金总额", "860.5")));
        assertThat(d.department()).isEqualTo("国家档案局");
        assertThat(d.unit().name()).isEqualTo("中央档案馆");
        assertThat(coded(d, "LABEL_UNKNOWN")).extracting(Finding::expected, Finding::actual).containsExactly(
                org.assertj.core.groups.Tuple.tuple("项目编码", "2024-001"),
                org.assertj.core.groups.Tuple.tuple("项目负责人", "张三"));
        assertThat(coded(d, "LABEL_UNKNOWN")).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Finding.INFO));
    }

    @Test
    void aFundsBlockAcrossThePageWithALabelTheTemplateLacksKeepsTheOthersAndReportsIt() {
        Declaration d = parser.parse(Grids.form(row("财政项目支出绩效目标申报表"), row("（2026年度）"),
                row("项目名称", "家庭医生签约服务补助", "项目性质", "经常性项目"),
                row("", "项目资金总额", "年度资金申请总额", "其中：财政资金", "其中：政府性基金"),
                row("项目资金（万元）", "328.654", "328.654", "308.654", "20"),
                row("一级指标", "二级指标", "三级指标", "年度指标值"),
                row("产出指标", "数量指标", "签约居民人数", "≥32000(人)")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(3_286_540L);
        assertThat(d.budget().fiscalFunds()).isEqualTo(3_086_540L);
        assertThat(coded(d, "AMOUNT_ROW_UNKNOWN")).extracting(Finding::expected, Finding::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("其中：政府性基金", "20"));
    }
}
