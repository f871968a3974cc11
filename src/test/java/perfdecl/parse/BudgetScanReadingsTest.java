package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.formWith;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Source;

class BudgetScanReadingsTest {

    private static final Source SOURCE = new Source("a.pdf", "4aef5326443e4e0d00", 1, null, "pdf-ocr");
    private final DeclarationParser parser = new DeclarationParser();

    @Test
    void aMisreadLabelAsNearTwoAmountLabelsTakesTheOneNotReadYetAndSaysSo() {
        // 项目当年预算（元） lost its 当 and read its 元 as L: two edits from 项目总预算（元） as from itself
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "13035400", "项目年预算（ L ）", "12035400"),
                row("同名项目上年预算额（元）", "11374400", "同名项目上年预算执行数（元）", "11108102", ".")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(13_035_400L);
        assertThat(d.budget().currentYear()).isEqualTo(12_035_400L);
        assertThat(d.budget().priorYearExecuted()).isEqualTo(11_108_102L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field).containsExactly("budget.currentYear");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("AMOUNT_UNREADABLE", "FIELD_DUPLICATE");
    }

    @Test
    void aMisreadLabelWhoseOwnFieldIsStillEmptyKeepsIt() {
        Declaration d = parser.parse(formWith(
                row("项目年预算（ L ）", "13035400", "项目当年预算（元）", "12035400")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(13_035_400L);
        assertThat(d.budget().currentYear()).isEqualTo(12_035_400L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }

    @Test
    void aLoneCircleInAnAmountCellIsReadAsZeroAndSaidSo() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "18372648", "项目当年预算（元）", "18372648"),
                row("同名项目上年预算额（元）", "o", "同名项目上年预算执行数（元）", "〇"),
                row("项目当年投入资金构成", "子项目名称", "预算金额（元）"),
                row("", "保安费", "O")), SOURCE);
        assertThat(d.budget().priorYearBudget()).isZero();
        assertThat(d.budget().priorYearExecuted()).isZero();
        assertThat(d.budget().items()).extracting(i -> i.amount()).containsExactly(0L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).extracting(Finding::field)
                .containsExactlyInAnyOrder("budget.priorYearBudget", "budget.priorYearExecuted", "budget.items[0].amount");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("AMOUNT_UNREADABLE");
    }

    @Test
    void aYuanAmountWhosePointStandsBeforeItsLastThreeDigitsReadsThePointAsALostCommaAndSaysSo() {
        // a scan's copy took the comma's tail: "12,860.000" yuan would be a tenth of a fen, no amount is filed so
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "12,860,000", "项目当年预算（元）", "12,860.000"),
                row("同名项目上年预算额（元）", "11,800,000", "同名项目上年预算执行数（元）", "11,446,000"),
                row("项目当年投入资金构成", "子项目名称", "预算金额（元）"),
                row("", "城运数据治理服务", "1 ,480.000"),
                row("", "第三方绩效评估", "210,000.00")), SOURCE);
        assertThat(d.budget().currentYear()).isEqualTo(12_860_000L);
        assertThat(d.budget().items()).extracting(i -> i.amount()).containsExactly(1_480_000L, 210_000L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).extracting(Finding::field)
                .containsExactlyInAnyOrder("budget.currentYear", "budget.items[0].amount");
    }

    @Test
    void anAmountInTenThousandsKeepsThreeDecimals() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（万元）", "1,286.000", "项目当年预算（万元）", "1,286.005")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(12_860_000L);
        assertThat(d.budget().currentYear()).isEqualTo(12_860_050L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }

    @Test
    void aWordInAnAmountCellStaysUnreadable() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "18372648", "项目当年预算（元）", "18372648"),
                row("同名项目上年预算额（元）", "oo")), SOURCE);
        assertThat(d.budget().priorYearBudget()).isNull();
        assertThat(d.findings()).extracting(Finding::code).contains("AMOUNT_UNREADABLE");
    }

    @Test
    void aPointWithThreeDigitsAfterItInAYuanAmountIsAThousandsSeparatorAndSaidSo() {
        // a 1-bit copy's toner dropout took the tail of the comma: "3,511,500" read "3,511.500"; a yuan amount has
        // at most two decimals
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "3,511.500", "项目当年预算（元）", "3.511.500"),
                row("同名项目上年预算额（元）", "5,430,000", "同名项目上年预算执行数（元）", "87.075"),
                row("项目当年投入资金构成", "子项目名称", "预算金额（元）"),
                row("", "师资进修", "379.500")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(3_511_500L);
        assertThat(d.budget().currentYear()).isEqualTo(3_511_500L);
        assertThat(d.budget().priorYearExecuted()).isEqualTo(87_075L);
        assertThat(d.budget().items()).extracting(i -> i.amount()).containsExactly(379_500L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).extracting(Finding::field)
                .containsExactlyInAnyOrder("budget.total", "budget.currentYear", "budget.priorYearExecuted",
                        "budget.items[0].amount");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("AMOUNT_ROUNDED", "AMOUNT_UNREADABLE");
    }

    @Test
    void aYuanAmountThatCannotBeGroupedKeepsItsFractionRounded() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "1234.500", "项目当年预算（元）", "0.125"),
                row("同名项目上年预算额（元）", "9,808,000.50")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(1_235L);
        assertThat(d.budget().currentYear()).isEqualTo(0L);
        assertThat(d.budget().priorYearBudget()).isEqualTo(9_808_001L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("AMOUNT_ROUNDED")).extracting(Finding::field)
                .containsExactlyInAnyOrder("budget.total", "budget.currentYear", "budget.priorYearBudget");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }

    @Test
    void threeDecimalsInTenThousandsAreTensOfYuan() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（万元）", "1,200.005", "项目当年预算（万元）", "286.450")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(12_000_050L);
        assertThat(d.budget().currentYear()).isEqualTo(2_864_500L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN", "AMOUNT_ROUNDED");
    }

    @Test
    void aLabelWhoseUnitWasMisreadFollowsTheTenThousandsOfTheLabelsBeforeItAndSaysSo() {
        // OCR read the 万 of （万元） as 方: no unit; the form's other amount labels say 万元
        Declaration d = parser.parse(formWith(
                row("项目总预算（万元）", "286.45", "项目当年预算（万元）", "286.45"),
                row("同名项目上年预算额（万元）", "272.00", "同名项目上年预算执行数（方元）", "263.84")), SOURCE);
        assertThat(d.budget().priorYearExecuted()).isEqualTo(2_638_400L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).extracting(Finding::field)
                .containsExactly("budget.priorYearExecuted");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("AMOUNT_ROUNDED");
    }

    @Test
    void aLabelWhoseUnitWasMisreadAmongYuanLabelsStaysInYuan() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "4560000", "项目当年预算（元）", "4560000"),
                row("同名项目上年预算额（元）", "4300000", "同名项目上年预算执行数（方元）", "4214000")), SOURCE);
        assertThat(d.budget().priorYearExecuted()).isEqualTo(4_214_000L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN", "AMOUNT_SCALED");
    }
}
