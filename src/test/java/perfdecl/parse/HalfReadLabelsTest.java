package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.cell;
import static perfdecl.parse.Grids.formWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.grid.Token;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Source;

class HalfReadLabelsTest {

    private static final Source SOURCE = new Source("a.pdf", "4aef5326443e4e0d00", 1, null, "pdf-ocr");
    private final DeclarationParser parser = new DeclarationParser();

    /** A cell as OCR reads it with {@code confidence}. */
    private static Cell read(int column, String text, double confidence) {
        return new Cell(column, 1, text, List.of(Token.text(text, 0, null)), 0, null, confidence);
    }

    private Declaration contactRow(double labelConfidence, String value) {
        return parser.parse(formWith(new Row(List.of(cell(0, "联系人"), cell(1, "陈晓东"),
                read(2, "成系电动", labelConfidence), cell(3, value)), 0)), SOURCE);
    }

    @Test
    void aPhoneNumberAfterAnUnsureHalfReadLabelIsTheContactPhoneMarkedUncertain() {
        Declaration d = contactRow(0.40, "021-625310\n78");
        assertThat(d.contactPerson()).isEqualTo("陈晓东");
        assertThat(d.contactPhone()).isEqualTo("021-62531078");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field).containsExactly("contactPhone");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::message).first().asString().contains("成系电动", "0.40", "联系电话");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("LABEL_UNKNOWN");
    }

    @Test
    void aLabelReadWithConfidenceIsNotHalfRead() {
        Declaration d = contactRow(0.95, "021-62531078");
        assertThat(d.contactPerson()).isEqualTo("陈晓东");
        assertThat(d.contactPhone()).isNull();
        assertThat(d.findings()).filteredOn(f -> f.code().equals("LABEL_UNKNOWN"))
                .extracting(Finding::expected).containsExactly("成系电动");
    }

    @Test
    void aValueThatIsNoPhoneNumberKeepsTheHalfReadLabelUnknown() {
        Declaration d = contactRow(0.40, "见附件说明");
        assertThat(d.contactPhone()).isNull();
        assertThat(d.findings()).extracting(Finding::code).contains("LABEL_UNKNOWN");
    }

    @Test
    void aHalfReadLabelBeforeANameIsNotGuessed() {
        Declaration d = parser.parse(formWith(new Row(List.of(read(0, "顶日负责人", 0.35), cell(1, "王丽萍")), 0)),
                SOURCE);
        assertThat(d.projectLead()).isNull();
    }

    @Test
    void theHeadOfTheContactPhoneLabelAfterTheContactPersonTakesThePhoneMarkedUncertain() {
        // a signature across 联系电话 left OCR only its first two characters, which 联系人 shares too; 联系人 is
        // read already in the row, and a telephone number follows
        Declaration d = parser.parse(formWith(new Row(List.of(cell(0, "联系人"), cell(1, "陈晓东"),
                read(2, "联系", 0.93), cell(3, "021-62531078")), 0)), SOURCE);
        assertThat(d.contactPerson()).isEqualTo("陈晓东");
        assertThat(d.contactPhone()).isEqualTo("021-62531078");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field).containsExactly("contactPhone");
    }

    @Test
    void theHeadOfTwoLabelsNeitherReadBeforeIsNotGuessed() {
        Declaration d = parser.parse(formWith(new Row(List.of(read(0, "联系", 0.93), cell(1, "021-62531078")), 0)),
                SOURCE);
        assertThat(d.contactPhone()).isNull();
        assertThat(d.contactPerson()).isNull();
    }
}
