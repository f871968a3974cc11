package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.form;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Source;

class LaterTemplatesTest {

    private static final Source SOURCE = new Source("a.txt", "4aef5326443e4e0d00", 0, null, "ocr-text");
    private final DeclarationParser parser = new DeclarationParser();

    private Declaration sh2025(String fundsHeader, String total, String current) {
        return parser.parse(form(row("财政项目支出绩效目标申报表"), row("（2026年度）"),
                row("项目名称", "社区养老补贴", "项目性质", "经常性项目"),
                row("项目类别", "特定目标类", "主管部门", "上海市静安区民政局"),
                row("计划开始日期", "2026-01-01", "计划完成日期", "2026/12/31"),
                row(fundsHeader, "项目资金总额", total), row("", "年度资金申请总额", current),
                row("", "其中：财政资金", current), row("", "其他资金", "0.00"),
                row("一级指标", "二级指标", "三级指标", "年度指标值"),
                row("成本指标", "经济成本指标", "单位成本", "≤32.20(万元)"),
                row("产出指标", "数量指标", "设施数量", "=32.00(家)"),
                row("满意度指标", "服务对象满意度指标", "满意度", "≥90.00(%)")), SOURCE);
    }

    @Test
    void theTwentyTwentyFiveFormFillsItsOwnFieldsBesideTheSharedOnes() {
        Declaration d = sh2025("项目资金（元）", "10,308,000.35", "10,308,000.35");
        assertThat(d.template()).isEqualTo("sh-2025");
        assertThat(d.year()).isEqualTo(2026);
        assertThat(d.department()).isEqualTo("上海市静安区民政局");
        assertThat(d.unit()).isNull();
        assertThat(d.projectNature()).isEqualTo("经常性项目");
        assertThat(d.projectCategory()).isEqualTo("特定目标类");
        assertThat(d.projectType()).isNull();
        assertThat(d.period().start()).isEqualTo("2026-01-01");
        assertThat(d.period().end()).isEqualTo("2026-12-31");
        assertThat(d.budget().total()).isEqualTo(10_308_000L);
        assertThat(d.budget().fen().total()).isEqualTo(1_030_800_035L);
        assertThat(d.budget().fiscalFunds()).isEqualTo(10_308_000L);
        assertThat(d.budget().otherFunds()).isZero();
    }

    @Test
    void theIndicatorLevelsAreTheNewTaxonomysWithCostAsALevelOne() {
        Declaration d = sh2025("项目资金（元）", "1000", "1000");
        assertThat(d.indicators()).extracting(i -> i.level1()).containsExactly("成本指标", "产出指标", "满意度指标");
        assertThat(d.indicators().get(1).target().unit()).isEqualTo("家");
        assertThat(d.indicators().get(2).target().value()).isEqualByComparingTo("90.00");
    }

    @Test
    void aFundsBlockInTenThousandsConvertsExactly() {
        Declaration d = sh2025("项目资金（万元）", "349.8015", "120.50");
        assertThat(d.budget().total()).isEqualTo(3_498_015L);
        assertThat(d.budget().fen().total()).isEqualTo(349_801_500L);
        assertThat(d.budget().currentYear()).isEqualTo(1_205_000L);
    }
}
