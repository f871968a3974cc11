package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;

class ScanTitleTest {

    private static LayoutRow line(String text, double top) {
        Box box = new Box(50, top, 300, 12);
        return new LayoutRow(1, top, false, false, false,
                List.of(new LayoutCell(box, new CellContent(text, List.of(Token.text(text, 0, box)), box), false, false)));
    }

    @Test
    void aTitleWithTwoMisreadCharactersStartsAFormAndIsRestored() {
        List<ReaderNote> notes = new ArrayList<>();
        List<List<LayoutRow>> forms = ScanTitle.split(List.of(line("上海市财政支出项日绩效目标中报表", 60),
                line("(2019年)", 90), line("上海市财政支出项目绩效目标申报表", 500)), notes);
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0).get(0).joinedText()).isEqualTo("上海市财政支出项目绩效目标申报表");
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("OCR_REPAIRED");
            assertThat(n.message()).contains("项日绩效目标中报表");
        });
    }

    @Test
    void anotherLineIsNoTitle() {
        List<ReaderNote> notes = new ArrayList<>();
        assertThat(ScanTitle.split(List.of(line("上海市财政支出项目绩效评价报告", 60)), notes)).isEmpty();
        assertThat(notes).isEmpty();
    }
}
