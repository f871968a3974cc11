package perfdecl.pdf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.Token;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.CellTextBuilder;

class CheckboxMarkTest {

    @Test
    void unicodeAndWingdingsBoxesAreMarks() {
        assertThat(MarkGlyphs.state("☑", "DejaVuSans")).isTrue();
        assertThat(MarkGlyphs.state("□", "DejaVuSans")).isFalse();
        assertThat(MarkGlyphs.state("\uF0FE", "Wingdings-Regular")).isTrue();
        assertThat(MarkGlyphs.state("\uF0A8", "Wingdings-Regular")).isFalse();
        assertThat(MarkGlyphs.state("\uF052", "Wingdings2")).isTrue();
        assertThat(MarkGlyphs.state("\uF0A3", "Wingdings2")).isFalse();
        assertThat(MarkGlyphs.state("项", "SimSun")).isNull();
    }

    @Test
    void vectorSquareIsCheckedOnlyWithSomethingDrawnInside() {
        Box frame = new Box(100, 100, 9, 9), other = new Box(200, 100, 9, 9);
        List<Glyph> marks = VectorMarks.marks(List.of(
                new VectorMarks.Shape(frame, true, false, true),
                new VectorMarks.Shape(new Box(101.5, 102, 6, 5), false, false, true),
                new VectorMarks.Shape(other, true, false, true)));
        assertThat(marks).extracting(Glyph::mark).containsExactly(true, false);
        assertThat(marks).extracting(Glyph::box).containsExactly(frame, other);
    }

    @Test
    void marksAreTokensInReadingOrderAfterTheirLabels() {
        List<Glyph> glyphs = List.of(
                glyph("结", 10, 100), glyph("转", 20, 100), new Glyph("☑", new Box(32, 91, 10, 10), 100, 10, true),
                glyph("其", 50, 100), glyph("他", 60, 100), new Glyph("□", new Box(72, 91, 10, 10), 100, 10, false),
                glyph("经", 10, 115), new Glyph("□", new Box(22, 106, 10, 10), 115, 10, false));
        CellContent c = CellTextBuilder.build(glyphs);
        assertThat(c.tokens()).extracting(Token::text).containsExactly("结转", "☑", "其他", "□", "经", "□");
        assertThat(c.tokens()).extracting(Token::line).containsExactly(0, 0, 0, 0, 1, 1);
        assertThat(c.text()).isEqualTo("结转 其他\n经");
    }

    @Test
    void latinRunsKeepAGapAsOneSpaceButCjkJoinsWithoutOne() {
        List<Glyph> glyphs = List.of(glyph("A", 10, 100), glyph("B", 25, 100), glyph("热", 40, 100),
                glyph("1", 10, 115), glyph("2", 20, 115));
        assertThat(CellTextBuilder.build(glyphs).text()).isEqualTo("A B热12");
    }

    private static Glyph glyph(String s, double x, double baseline) {
        return new Glyph(s, new Box(x, baseline - 9, 10, 9), baseline, 10, null);
    }
}
