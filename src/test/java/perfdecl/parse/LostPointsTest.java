package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.formWith;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Source;

class LostPointsTest {

    private static final Source SOURCE = new Source("a.pdf", "4aef5326443e4e0d00", 1, null, "pdf-ocr");
    private final DeclarationParser parser = new DeclarationParser();

    @Test
    void aTenThousandsAmountReadWithoutItsPointIsTakenWithItWhereOnlyThatMakesTheItemsAddUp() {
        // "520.00" read "52000": 5.2 亿 yuan, a hundred times the filing
        Declaration d = parser.parse(formWith(
                row("项目总预算（万元）", "1256.78", "项目当年预算（万元）", "52000"),
                row("项目当年投入资金构成", "子项目名称", "预算金额（万元）"),
                row("", "设备购置", "300.00"),
                row("", "运维服务", "220.00")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(12_567_800L);
        assertThat(d.budget().currentYear()).isEqualTo(5_200_000L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).extracting(Finding::field)
                .containsExactly("budget.currentYear");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).first()
                .satisfies(f -> assertThat(f.message()).contains("52000", "5200000"));
        assertThat(d.findings()).extracting(Finding::code)
                .doesNotContain("BUDGET_ITEMS_SUM_MISMATCH", "CURRENT_YEAR_EXCEEDS_TOTAL");
    }

    @Test
    void anItemReadWithoutItsPointIsTakenWithItWhereOnlyThatMakesTheItemsAddUp() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "1,690,000.00", "项目当年预算（元）", "1,690,000.00"),
                row("项目当年投入资金构成", "子项目名称", "预算金额（元）"),
                row("", "城运数据治理服务", "1,480,000.00"),
                row("", "第三方绩效评估", "21000000")), SOURCE);
        assertThat(d.budget().items()).extracting(i -> i.amount()).containsExactly(1_480_000L, 210_000L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).extracting(Finding::field)
                .containsExactly("budget.items[1].amount");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("BUDGET_ITEMS_SUM_MISMATCH");
    }

    @Test
    void aTotalReadWithoutItsPointAmongAmountsWithDecimalsIsKeptAndSaidDoubtful() {
        // no sum holds the total: the form's other amounts, all with two decimals, speak against the reading
        Declaration d = parser.parse(formWith(
                row("项目总预算（万元）", "125678", "项目当年预算（万元）", "520.00"),
                row("同名项目上年预算额（万元）", "480.00", "同名项目上年预算执行数（万元）", "475.50")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(1_256_780_000L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).extracting(Finding::field)
                .containsExactly("budget.total");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).first()
                .satisfies(f -> assertThat(f.message()).contains("3 other amounts", "2 decimals"));
    }

    @Test
    void aPartReadWithoutItsPointAboveItsWholeIsSaidDoubtful() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（万元）", "1560", "项目当年预算（万元）", "520"),
                row("同名项目上年预算额（万元）", "480", "同名项目上年预算执行数（万元）", "47550")), SOURCE);
        assertThat(d.budget().priorYearExecuted()).isEqualTo(475_500_000L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).extracting(Finding::field)
                .containsExactly("budget.priorYearExecuted");
    }

    @Test
    void aFormWrittenWithoutDecimalsWhoseSumsHoldSaysNothing() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "13035400", "项目当年预算（元）", "12035400"),
                row("同名项目上年预算额（元）", "11374400", "同名项目上年预算执行数（元）", "11108100"),
                row("项目当年投入资金构成", "子项目名称", "预算金额（元）"),
                row("", "咨询员费用", "12000000"),
                row("", "税金", "35400")), SOURCE);
        assertThat(d.budget().currentYear()).isEqualTo(12_035_400L);
        assertThat(d.budget().items()).extracting(i -> i.amount()).containsExactly(12_000_000L, 35_400L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }

    @Test
    void twoReadingsThatWouldEachMakeTheSumAddUpDecideNothing() {
        // 30 + 300 and 300 + 30 both make 330: either item may have lost its point, so neither is taken
        Declaration d = parser.parse(formWith(
                row("项目总预算（万元）", "330.00", "项目当年预算（万元）", "330.00"),
                row("项目当年投入资金构成", "子项目名称", "预算金额（万元）"),
                row("", "设备购置", "300"),
                row("", "运维服务", "300")), SOURCE);
        assertThat(d.budget().items()).extracting(i -> i.amount()).containsExactly(3_000_000L, 3_000_000L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }

    @Test
    void aYuanAmountIsNeverTakenAsATenthOfItselfThoughItemsCutAtTheEdgeAddUpToThat() {
        // the items lost their last digit at a cropped scan's edge: 148000 + 165000 + 56000 + 17000 = 386000, a
        // tenth of the year's budget as read; a yuan amount is printed with two decimals or none
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "3860000", "项目当年预算（元）", "3860000"),
                row("项目当年投入资金构成", "子项目名称", "预算金额（元）"),
                row("", "彩色多普勒超声诊断仪", "148000"),
                row("", "数字化X射线摄影系统", "165000"),
                row("", "全自动生化分析仪", "56000"),
                row("", "设备安装调试及培训费", "17000")), SOURCE);
        assertThat(d.budget().currentYear()).isEqualTo(3_860_000L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }

    @Test
    void aSumWithAnAmountAlreadySaidDoubtfulDecidesNothing() {
        java.util.List<LostPoints.Read> reads = java.util.List.of(
                new LostPoints.Read("budget.currentYear", 52_000_000_000L, "52000", true),
                new LostPoints.Read("budget.items[0].amount", 300_000_000L, "300.00", true),
                new LostPoints.Read("budget.items[1].amount", 220_000_000L, "220.00", true));
        assertThat(LostPoints.check(reads, 2, java.util.Set.of()).chosen())
                .containsEntry("budget.currentYear", 520_000_000L);
        assertThat(LostPoints.check(reads, 2, java.util.Set.of("budget.items[1]")).chosen()).isEmpty();
        assertThat(LostPoints.check(reads, 3, java.util.Set.of()).chosen()).isEmpty();
    }
}
