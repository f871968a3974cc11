package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.formWith;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Source;

class ShiftedValuesTest {

    private static final Source SOURCE = new Source("a.pdf", "4aef5326443e4e0d00", 1, null, "pdf-ocr");
    private final DeclarationParser parser = new DeclarationParser();

    @Test
    void twoAmountsInOneAmountFieldAreNotReadAsOneNumber() {
        // a column ruling lost in the scan: 项目当年预算's label cell split, its amount laid beside the total's
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "860000", "860000"),
                row("项目当年预算（元）", "860000")), SOURCE);
        assertThat(d.budget().total()).isNull();
        assertThat(d.budget().currentYear()).isEqualTo(860_000L);
        assertThat(d.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("GRID_UNTRUSTED");
            assertThat(f.severity()).isEqualTo(Finding.WARNING);
            assertThat(f.field()).isEqualTo("budget.total");
            assertThat(f.actual()).isEqualTo("860000\n860000");
            assertThat(f.message()).contains("two amounts");
        });
    }

    @Test
    void aLabelRowReadAsTheValueOfTheRowAboveIsNotRead() {
        Declaration d = parser.parse(formWith(
                row("项目名称", "同名项目上年预算额（元）项目当年投入资金构成"),
                row("项目总预算（元）", "同名项目上年预算额（元）项目当年投入资金构成"),
                row("项目当年预算（元）", "1,200,000")), SOURCE);
        assertThat(d.projectName()).isNull();
        assertThat(d.budget().total()).isNull();
        assertThat(d.budget().currentYear()).isEqualTo(1_200_000L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("GRID_UNTRUSTED"))
                .extracting(Finding::field).containsExactlyInAnyOrder("projectName", "budget.total");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("AMOUNT_UNREADABLE");
    }

    @Test
    void oneAmountWithSpacedGroupsAndNamesMentioningLabelWordsAreRead() {
        Declaration d = parser.parse(formWith(
                row("项目名称", "项目实施管理平台建设"),
                row("项目总预算（元）", "3 511 500.00", "项目当年预算（元）", "1,200,000 元")), SOURCE);
        assertThat(d.projectName()).isEqualTo("项目实施管理平台建设");
        assertThat(d.budget().total()).isEqualTo(3_511_500L);
        assertThat(d.budget().currentYear()).isEqualTo(1_200_000L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("GRID_UNTRUSTED");
    }

    @Test
    void numbersStandingOnTheirOwnAreCounted() {
        assertThat(ShiftedValues.amountsIn("860000860000")).isEqualTo(1);
        assertThat(ShiftedValues.amountsIn("860000 860000")).isEqualTo(2);
        assertThat(ShiftedValues.amountsIn("860000\n860000")).isEqualTo(2);
        assertThat(ShiftedValues.amountsIn("18 372 648")).isEqualTo(1);
        assertThat(ShiftedValues.amountsIn("2,400.00 万元")).isEqualTo(1);
        assertThat(ShiftedValues.amountsIn("约七百万")).isZero();
    }
}
