package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.formWith;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Source;

/** A signature's strokes across the contact row: a label split into two cells, a letter before the number. */
class StrokesOverHeaderRowTest {

    private static final Source SOURCE = new Source("a.pdf", "4aef5326443e4e0d00", 1, null, "pdf-ocr");
    private final DeclarationParser parser = new DeclarationParser();

    @Test
    void aLabelSplitIntoTwoCellsIsOneLabelAndNoValueOfTheLabelBefore() {
        Declaration d = parser.parse(formWith(row("联系人", "陆佳琪", "联", "系电话", "021-63301175")), SOURCE);
        assertThat(d.contactPerson()).isEqualTo("陆佳琪");
        assertThat(d.contactPhone()).isEqualTo("021-63301175");
    }

    @Test
    void twoCellsThatMakeNoLabelTogetherStayValues() {
        Declaration d = parser.parse(formWith(row("联系人", "陆佳琪", "王", "联系电话", "021-63301175")), SOURCE);
        assertThat(d.contactPerson()).isEqualTo("陆佳琪王");
    }

    @Test
    void aLetterStuckBeforeATelephoneNumberIsLeftOutAndReported() {
        Declaration d = parser.parse(formWith(row("联系人", "陆佳琪", "联系电话", "N", "021-63301175")), SOURCE);
        assertThat(d.contactPhone()).isEqualTo("021-63301175");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field, Finding::actual).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contactPhone", "N021-63301175"));
    }

    @Test
    void aNumberWithAnExtensionWordIsKeptAsWritten() {
        Declaration d = parser.parse(formWith(row("联系人", "陆佳琪", "联系电话", "63301175转8012")), SOURCE);
        assertThat(d.contactPhone()).isEqualTo("63301175转8012");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }

    @Test
    void aNumberTheContactPersonWasReadOnIntoIsSplitOffIntoTheMissingPhoneAndReported() {
        Declaration d = parser.parse(formWith(row("联系人", "施雨婷系21-59992176")), SOURCE);
        assertThat(d.contactPerson()).isEqualTo("施雨婷");
        assertThat(d.contactPhone()).isEqualTo("21-59992176");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field, Finding::actual).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contactPerson", "施雨婷系21-59992176"),
                        org.assertj.core.groups.Tuple.tuple("contactPhone", "施雨婷系21-59992176"));
        assertThat(d.findings()).filteredOn(f -> f.field().equals("contactPerson")).singleElement()
                .extracting(Finding::message).asString().contains("\"系\"");
    }

    @Test
    void aNumberAfterTheContactPersonLeavesAPhoneReadBesideItsLabelAlone() {
        Declaration d = parser.parse(formWith(row("联系人", "施雨婷 N63301175", "联系电话", "021-59992176")), SOURCE);
        assertThat(d.contactPerson()).isEqualTo("施雨婷");
        assertThat(d.contactPhone()).isEqualTo("021-59992176");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field).containsExactly("contactPerson");
    }

    @Test
    void aContactPersonWithAShortNumberOrAWordBeforeTheNumberStaysAsRead() {
        assertThat(parser.parse(formWith(row("联系人", "施雨婷 3号")), SOURCE).contactPerson()).isEqualTo("施雨婷 3号");
        Declaration d = parser.parse(formWith(row("联系人", "施雨婷（分机）63301175")), SOURCE);
        assertThat(d.contactPerson()).isEqualTo("施雨婷（分机）63301175");
        assertThat(d.contactPhone()).isNull();
    }

    @Test
    void anEndDateWhoseYearMarkAStrokeGarbledIsReadFromItsMonthAndDayAndReported() {
        Declaration d = parser.parse(formWith(row("开始时间", "2023年1月1日", "结束时间", "—20234：12月31日")), SOURCE);
        assertThat(d.period().end()).isEqualTo("2023-12-31");
        assertThat(d.period().endRaw()).isEqualTo("—20234：12月31日");
        assertThat(d.findings()).filteredOn(f -> "period.end".equals(f.field()))
                .extracting(Finding::code, Finding::actual).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("VALUE_UNCERTAIN", "—20234：12月31日"));
    }
}
