package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import perfdecl.grid.Box;
import perfdecl.pdf.content.Glyph;

/**
 * Rows for a page drawn without ruling lines, rebuilt from where the text stands: runs of text split at gaps wider
 * than a space ({@link TextChunk}), lines stacked into cells at the page's paragraph line pitch ({@link TextBlock}),
 * row bands from cells that overlap vertically with merged cells placed in their first row ({@link RowBands}), and
 * columns from the x-ranges where cells of many rows stack ({@link ColumnSlots}). Each table row carries one cell
 * per column (empty where nothing is written, a continuation under a merged cell), so column indices line up with
 * the table's header as in a ruled table. A row of one cell that does not start at a column (title, centred
 * heading) is a free line.
 */
final class TextGeometryRows {

    /** How far, in ems, a lone cell's text may start from its column's left edge and still be taken as in the table. */
    private static final double COLUMN_START = 0.6;

    /** Gap, in ems, under which two runs of text in the same columns of a row are one cell. */
    private static final double SAME_CELL_GAP = 2.5;

    private TextGeometryRows() {
    }

    static List<LayoutRow> rows(int page, List<Glyph> glyphs) {
        List<Glyph> visible = glyphs.stream().filter(g -> !g.isSpace()).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        List<TextChunk> chunks = TextChunk.split(visible);
        double pitch = TextBlock.linePitch(chunks);
        List<TextBlock> blocks = TextBlock.stack(chunks, pitch);
        List<RowBands.Band> bands = RowBands.bands(blocks, pitch);
        List<TextBlock> inRows = new ArrayList<>();
        for (RowBands.Band band : bands) {
            if (band.members().size() > 1) {
                band.members().stream().filter(b -> inRows.stream().noneMatch(o -> o == b)).forEach(inRows::add);
            }
        }
        ColumnSlots slots = ColumnSlots.of(inRows);
        List<RowBands.Placed> placed = RowBands.place(bands, blocks, slots);
        double bodyEm = medianEm(chunks);

        List<LayoutRow> rows = new ArrayList<>();
        for (int k = 0; k < bands.size(); k++) {
            RowBands.Band band = bands.get(k);
            List<RowBands.Placed> home = new ArrayList<>();
            List<RowBands.Placed> under = new ArrayList<>();
            for (RowBands.Placed p : placed) {
                if (p.first() == k) {
                    home.add(p);
                } else if (p.first() < k && k <= p.last()) {
                    under.add(p);
                }
            }
            if (home.isEmpty()) {
                continue;
            }
            home.sort(Comparator.comparingDouble(p -> p.block().box().x()));
            if (home.size() == 1 && under.isEmpty() && !startsAtColumn(home.get(0).block(), slots, bodyEm)) {
                CellContent content = CellTextBuilder.build(home.get(0).block().glyphs());
                if (!content.isEmpty()) {
                    rows.add(new LayoutRow(page, band.top(), false, false, false,
                            List.of(new LayoutCell(content.textBox(), content, false, false))));
                }
                continue;
            }
            rows.add(new LayoutRow(page, band.top(), true, false, false, cells(k, bands, home, under, slots)));
        }
        return markTableEdges(rows);
    }

    private static List<LayoutCell> cells(int k, List<RowBands.Band> bands, List<RowBands.Placed> home,
                                          List<RowBands.Placed> under, ColumnSlots slots) {
        RowBands.Band band = bands.get(k);
        List<LayoutCell> cells = new ArrayList<>();
        int slot = 0;
        for (int i = 0; i < home.size(); ) {
            // text close together in the same columns of one row is one cell (options of a checkbox list)
            List<Glyph> glyphs = new ArrayList<>(home.get(i).block().glyphs());
            int first = slots.first(home.get(i).block()), last = slots.last(home.get(i).block());
            int lastBand = home.get(i).last();
            int j = i + 1;
            while (j < home.size() && slots.first(home.get(j).block()) <= last
                    && home.get(j).block().box().x() - home.get(j - 1).block().box().right()
                    < SAME_CELL_GAP * home.get(j).block().em()
                    && !opensColumn(home.get(j).block(), first, slots)) {
                glyphs.addAll(home.get(j).block().glyphs());
                last = Math.max(last, slots.last(home.get(j).block()));
                lastBand = Math.max(lastBand, home.get(j).last());
                j++;
            }
            for (; slot < first; slot++) {
                cells.add(emptyCell(slot, band, under, slots));
            }
            double left = slots.left(first);
            Box box = new Box(left, band.top(), slots.right(last) - left, bands.get(lastBand).bottom() - band.top());
            cells.add(new LayoutCell(box, CellTextBuilder.build(glyphs), false, lastBand > k));
            slot = Math.max(slot, last + 1);
            i = j;
        }
        for (; slot < slots.size(); slot++) {
            cells.add(emptyCell(slot, band, under, slots));
        }
        return cells;
    }

    private static LayoutCell emptyCell(int slot, RowBands.Band band, List<RowBands.Placed> under, ColumnSlots slots) {
        Box box = new Box(slots.left(slot), band.top(), slots.right(slot) - slots.left(slot), band.bottom() - band.top());
        for (RowBands.Placed p : under) {
            if (slots.first(p.block()) <= slot && slot <= slots.last(p.block())) {
                return LayoutCell.empty(box, true, band.bottom() < p.block().box().bottom());
            }
        }
        return LayoutCell.empty(box, false, false);
    }

    /**
     * Whether the text starts a cell of its own: it starts where a flush-left column after {@code first} starts (a
     * label after a value that runs past the middle of the gutter, not the next option of a list).
     */
    private static boolean opensColumn(TextBlock b, int first, ColumnSlots slots) {
        int slot = slots.first(b);
        return slot > first && slots.leftAligned(slot) && Math.abs(b.box().x() - slots.start(slot)) <= 0.3 * b.em();
    }

    /**
     * A lone cell belongs to the table (a value continued from the previous page under an empty label) when it
     * starts where a flush-left column starts and is set in the body text size; a centred heading does not.
     */
    private static boolean startsAtColumn(TextBlock b, ColumnSlots slots, double bodyEm) {
        if (slots.size() == 0 || b.em() > bodyEm * 1.15) {
            return false;
        }
        int first = slots.first(b);
        if (first == 0) {
            return false;
        }
        return slots.leftAligned(first) && Math.abs(b.box().x() - slots.start(first)) <= COLUMN_START * b.em();
    }

    private static double medianEm(List<TextChunk> chunks) {
        List<Double> ems = new ArrayList<>(chunks.stream().map(TextChunk::em).toList());
        ems.sort(Double::compare);
        return ems.isEmpty() ? 1 : ems.get(ems.size() / 2);
    }

    private static List<LayoutRow> markTableEdges(List<LayoutRow> rows) {
        int first = -1, last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).table()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<LayoutRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LayoutRow r = rows.get(i);
            out.add(r.table() && (i == first || i == last)
                    ? new LayoutRow(r.page(), r.top(), true, i == first, i == last, r.cells()) : r);
        }
        return out;
    }
}
