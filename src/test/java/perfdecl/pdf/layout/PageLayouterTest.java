package perfdecl.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.content.Glyph;
import perfdecl.pdf.content.PageContent;
import perfdecl.pdf.content.Segment;

class PageLayouterTest {

    @Test
    void textWhereACellSpanningALostRulingOverlapsASmallerCellGoesIntoTheSmallerCell() {
        // a two-row table (x 10–140, y 30–90) whose row ruling survived only in the value column (x 75–140) and its
        // column ruling only in the lower row: one cell spans the table, the lower value cell lies inside it
        List<Segment> rulings = List.of(new Segment(10, 30, 140, 30), new Segment(75, 60, 140, 60),
                new Segment(10, 90, 140, 90), new Segment(10, 30, 10, 90), new Segment(75, 60, 75, 90),
                new Segment(140, 30, 140, 90));
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(word("项目概况", 20, 40));
        glyphs.addAll(word("实行封闭管理", 80, 70));

        List<LayoutRow> rows = PageLayouter.layout(new PageContent(1, 200, 120, glyphs, rulings, true));

        List<String> texts = rows.stream().flatMap(r -> r.cells().stream()).filter(c -> !c.continuation())
                .map(c -> c.content().text()).filter(t -> !t.isEmpty()).toList();
        assertThat(texts).containsExactlyInAnyOrder("项目概况", "实行封闭管理");
    }

    private static List<Glyph> word(String text, double x, double y) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Box b = new Box(x + 9 * i, y, 9, 9);
            out.add(new Glyph(text.substring(i, i + 1), b, b.bottom(), 9, null));
        }
        return out;
    }
}
