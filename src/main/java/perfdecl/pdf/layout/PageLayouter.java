package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import perfdecl.grid.Box;
import technology.tabula.Cell;
import technology.tabula.Ruling;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;
import perfdecl.pdf.content.Glyph;
import perfdecl.pdf.content.PageContent;
import perfdecl.pdf.content.Segment;

/**
 * Lays one page out as rows: tabula's lattice detection finds the ruled cells from the page's strokes, every
 * cell is placed by its rectangle ({@link CellPlacer}), and text outside the table becomes one row per line.
 * A page without rulings falls back to {@link TextGeometryRows}.
 */
public final class PageLayouter {

    private static final double MIN_RULING_LENGTH = 6;

    private PageLayouter() {
    }

    /** The table cells the rulings among {@code segments} enclose (tabula's lattice), empty without a table. */
    public static List<Box> cellBoxes(List<Segment> segments) {
        List<Ruling> horizontal = new ArrayList<>(), vertical = new ArrayList<>();
        for (Segment s : segments) {
            double len = Math.hypot(s.x2() - s.x1(), s.y2() - s.y1());
            if (len < MIN_RULING_LENGTH) {
                continue;
            }
            Ruling r = new Ruling(new java.awt.geom.Point2D.Double(s.x1(), s.y1()),
                    new java.awt.geom.Point2D.Double(s.x2(), s.y2()));
            if (s.horizontal()) {
                horizontal.add(r);
            } else if (s.vertical()) {
                vertical.add(r);
            }
        }
        List<Box> cellBoxes = new ArrayList<>();
        if (!horizontal.isEmpty() && !vertical.isEmpty()) {
            List<Cell> cells = SpreadsheetExtractionAlgorithm.findCells(
                    Ruling.collapseOrientedRulings(horizontal), Ruling.collapseOrientedRulings(vertical));
            for (Cell c : cells) {
                if (c.getWidth() > 2 && c.getHeight() > 2) {
                    cellBoxes.add(new Box(c.getLeft(), c.getTop(), c.getWidth(), c.getHeight()));
                }
            }
        }
        return cellBoxes;
    }

    public static List<LayoutRow> layout(PageContent page) {
        List<Box> cellBoxes = cellBoxes(OpenTableEdges.closed(page.segments()));
        if (cellBoxes.isEmpty()) {
            return TextGeometryRows.rows(page.page(), page.glyphs());
        }
        cellBoxes.sort(Comparator.comparingDouble(Box::y).thenComparingDouble(Box::x));
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int i = 0; i < cellBoxes.size(); i++) {
            inCell.add(new ArrayList<>());
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            int at = -1;
            double cx = g.box().centerX(), cy = g.box().centerY();
            // where a lost ruling left a cell spanning cells that kept theirs, the text belongs to the smaller one
            double smallest = Double.MAX_VALUE;
            for (int i = 0; i < cellBoxes.size(); i++) {
                Box b = cellBoxes.get(i);
                if (cx >= b.x() && cx <= b.right() && cy >= b.y() && cy <= b.bottom() && b.area() < smallest) {
                    at = i;
                    smallest = b.area();
                }
            }
            if (at >= 0) {
                inCell.get(at).add(g);
            } else if (!g.isSpace()) {
                free.add(g);
            }
        }
        List<CellPlacer.RuledCell> ruled = new ArrayList<>();
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i < cellBoxes.size(); i++) {
            Box b = cellBoxes.get(i);
            ruled.add(new CellPlacer.RuledCell(b, CellTextBuilder.build(inCell.get(i))));
            edges.add(b.y());
            edges.add(b.bottom());
        }
        Positions rowEdges = Positions.of(edges, 1.5);
        List<List<LayoutCell>> tableRows = CellPlacer.place(rowEdges, ruled);
        List<LayoutRow> rows = new ArrayList<>();
        for (int i = 0; i < tableRows.size(); i++) {
            List<LayoutCell> cells = tableRows.get(i);
            double top = cells.stream().mapToDouble(c -> c.continuation() ? c.box().y() : c.box().y())
                    .min().orElse(0);
            rows.add(new LayoutRow(page.page(), top, true, i == 0, i == tableRows.size() - 1, cells));
        }
        rows.addAll(FreeLines.rows(page.page(), free));
        rows.sort(Comparator.comparingDouble(LayoutRow::top));
        return rows;
    }
}
