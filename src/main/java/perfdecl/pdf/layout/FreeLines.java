package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import perfdecl.pdf.content.Glyph;

/** Text outside any ruled cell (title, year, filing unit, signature lines): one row per visual line. */
final class FreeLines {

    private FreeLines() {
    }

    static List<LayoutRow> rows(int page, List<Glyph> glyphs) {
        List<LayoutRow> rows = new ArrayList<>();
        for (List<Glyph> line : lines(glyphs)) {
            CellContent content = CellTextBuilder.build(line);
            if (content.isEmpty()) {
                continue;
            }
            rows.add(new LayoutRow(page, content.textBox().y(), false, false, false,
                    List.of(new LayoutCell(content.textBox(), content, false, false))));
        }
        return rows;
    }

    /** Glyphs grouped into visual lines by vertical overlap, top to bottom. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(g -> g.box().centerY()));
        List<List<Glyph>> lines = new ArrayList<>();
        double lineMid = 0, lineSize = 0;
        for (Glyph g : sorted) {
            double size = Math.max(g.box().height(), 1);
            if (!lines.isEmpty() && Math.abs(g.box().centerY() - lineMid) <= 0.5 * Math.max(lineSize, size)) {
                lines.get(lines.size() - 1).add(g);
            } else {
                lines.add(new ArrayList<>(List.of(g)));
                lineMid = g.box().centerY();
                lineSize = size;
            }
        }
        return lines;
    }
}
