package perfdecl.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.content.Glyph;

class CellTextBuilderTest {

    /** One glyph per character, 6 pt wide, on a line whose baseline is {@code baseline}. */
    private static List<Glyph> line(String text, double x, double baseline) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(String.valueOf(text.charAt(i)), new Box(x + 6 * i, baseline - 9, 6, 9), baseline, 10,
                    null));
        }
        return out;
    }

    @Test
    void aNumberWrappedInANarrowCellJoinsWithoutASpace() {
        List<Glyph> glyphs = new ArrayList<>(line("021-625877", 100, 20));
        glyphs.addAll(line("10", 100, 32));
        assertThat(CellTextBuilder.build(glyphs).text()).isEqualTo("021-62587710");
    }

    @Test
    void twoLatinWordsWrappedApartKeepASpace() {
        List<Glyph> glyphs = new ArrayList<>(line("Smart", 100, 20));
        glyphs.addAll(line("City", 100, 32));
        assertThat(CellTextBuilder.build(glyphs).text()).isEqualTo("Smart City");
    }
}
