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
    void amountsAndNamesMentioningLabelWordsAreRead() {
        Declaration d = parser.parse(formWith(
                row("项目名称", "项目实施管理平台建设"),
                row("项目总预算（元）", "3 511 500.00", "项目当年预算（元）", "1,200,000 元")), SOURCE);
        assertThat(d.projectName()).isEqualTo("项目实施管理平台建设");
        assertThat(d.budget().total()).isEqualTo(3_511_500L);
        assertThat(d.budget().currentYear()).isEqualTo(1_200_000L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("GRID_UNTRUSTED");
    }
}
