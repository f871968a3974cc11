package perfdecl.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import perfdecl.grid.Box;

/**
 * Rows for a page drawn without ruling lines: each visual line is a row, split into cells where the gap between
 * glyphs is wider than two ems (the whitespace a borderless table leaves between columns).
 */
final class TextGeometryRows {

    private TextGeometryRows() {
    }

    static List<LayoutRow> rows(int page, List<Glyph> glyphs) {
        List<LayoutRow> rows = new ArrayList<>();
        List<Glyph> visible = glyphs.stream().filter(g -> !g.isSpace()).toList();
        for (List<Glyph> line : FreeLines.lines(visible)) {
            line.sort(Comparator.comparingDouble(g -> g.box().x()));
            List<LayoutCell> cells = new ArrayList<>();
            List<Glyph> current = new ArrayList<>();
            Glyph prev = null;
            for (Glyph g : line) {
                if (prev != null && g.box().x() - prev.box().right() > 2 * Math.max(g.fontSize(), 1)) {
                    add(cells, current);
                    current = new ArrayList<>();
                }
                current.add(g);
                prev = g;
            }
            add(cells, current);
            if (!cells.isEmpty()) {
                double top = cells.stream().mapToDouble(c -> c.box().y()).min().orElse(0);
                rows.add(new LayoutRow(page, top, false, false, false, cells));
            }
        }
        return rows;
    }

    private static void add(List<LayoutCell> cells, List<Glyph> glyphs) {
        CellContent content = CellTextBuilder.build(glyphs);
        if (!content.isEmpty()) {
            Box box = content.textBox();
            cells.add(new LayoutCell(box, content, false, false));
        }
    }
}
