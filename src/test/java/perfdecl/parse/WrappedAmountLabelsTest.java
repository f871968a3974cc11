package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static perfdecl.parse.Grids.formWith;
import static perfdecl.parse.Grids.row;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.grid.Token;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Source;

class WrappedAmountLabelsTest {

    private static final Source SOURCE = new Source("a.pdf", "4aef5326443e4e0d00", 1, null, "pdf-ocr");
    private final DeclarationParser parser = new DeclarationParser();

    /** A cell laid out on a page without rulings: its text at x..x+width on the line at y. */
    private static Cell at(int column, double x, double width, double y, String text) {
        return new Cell(column, 1, text, List.of(Token.text(text, 1, null)), 1, new Box(x, y, width, 10), 0.9);
    }

    private static Row line(Cell... cells) {
        return new Row(new ArrayList<>(List.of(cells)), 1);
    }

    @Test
    void aWrappedAmountLabelOnTheLineAboveOwnsTheAmountItStandsOver() {
        Declaration d = parser.parse(formWith(
                line(at(0, 305, 80, 428, "项目当年预算（元")),
                line(at(0, 64, 85, 436, "项目总预算（元）"), at(1, 200, 49, 436, "3960000"),
                        at(2, 444, 46, 436, "2960000")),
                line(at(0, 64, 85, 464, "同名项目上年预算额（元）"), at(1, 200, 49, 464, "3800000"),
                        at(2, 290, 154, 464, "同名项目上年预算执行数（元）"), at(3, 444, 46, 464, "3724000"))), SOURCE);
        assertThat(d.budget().total()).isEqualTo(3_960_000L);
        assertThat(d.budget().currentYear()).isEqualTo(2_960_000L);
        assertThat(d.budget().priorYearBudget()).isEqualTo(3_800_000L);
        assertThat(d.budget().priorYearExecuted()).isEqualTo(3_724_000L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN", "LABEL_UNKNOWN");
    }

    @Test
    void aWrappedLabelOutsideTheGapBetweenTheAmountsIsLeftWhereItIs() {
        Declaration d = parser.parse(formWith(
                line(at(0, 64, 85, 428, "项目当年预算（元")),
                line(at(0, 64, 85, 436, "项目总预算（元）"), at(1, 200, 49, 436, "3960000"),
                        at(2, 444, 46, 436, "2960000"))), SOURCE);
        assertThat(d.budget().currentYear()).isNull();
        assertThat(d.budget().total()).isEqualTo(3_960_000L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field, Finding::actual).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("budget.total", "3960000\n2960000"));
    }

    @Test
    void twoAmountsAfterOneLabelAreNotJoinedIntoOneNumber() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "18372648", "18372648"),
                row("同名项目上年预算额（元）", "3800000 3800000")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(18_372_648L);
        assertThat(d.budget().priorYearBudget()).isEqualTo(3_800_000L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field).containsExactly("budget.total", "budget.priorYearBudget");
    }

    @Test
    void anAmountGroupedBySpacesIsOneAmount() {
        Declaration d = parser.parse(formWith(row("项目总预算（元）", "3 511 500.00"),
                row("项目当年预算（元）", "1 200", "000")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(3_511_500L);
        assertThat(d.budget().currentYear()).isEqualTo(1_200_000L);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }

    @Test
    void anAmountBrokenAtAThousandsSeparatorIsOneAmount() {
        Declaration d = parser.parse(formWith(row("项目总预算（元）", "2,460, ,000.00"),
                row("项目当年预算（元）", "1,380,000.00")), SOURCE);
        assertThat(d.budget().total()).isNull();
        assertThat(d.findings()).filteredOn(f -> f.field().equals("budget.total")).extracting(Finding::code,
                Finding::message).containsExactly(tuple("AMOUNT_UNREADABLE",
                "项目总预算(元): thousands separators out of place in \"2,460, ,000.00\""));
    }

    @Test
    void anAmountWithTwiceTheDigitsOfTheOthersIsReportedUncertain() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "39600003960000"),
                row("项目当年预算（元）", "3960000"),
                row("同名项目上年预算额（元）", "3800000")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(39_600_003_960_000L);
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field, Finding::actual).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("budget.total", 39_600_003_960_000L));
    }

    @Test
    void aTotalOverSeveralYearsTenTimesTheCurrentYearIsNotReported() {
        Declaration d = parser.parse(formWith(
                row("项目总预算（元）", "120000000"),
                row("项目当年预算（元）", "3960000")), SOURCE);
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }
}
