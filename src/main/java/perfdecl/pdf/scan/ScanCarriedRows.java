package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Carries a row ruling on across the cells where a copy lost it. A pale rule printed across a table (a grey
 * gridline) goes to a 1-bit copy's dropout or to faded paper in some columns and stands in others: the cells of the
 * column that lost it then merge two rows' values into one, and an amount slides to the wrong row. A row ruling that
 * ends on a column ruling goes on across the next cell to the next column ruling where that cell's text leaves a
 * blank band there as wide as two rows' (more than a line's leading) with text above and below it inside the cell:
 * the cell holds two rows. A cell merged over the rows holds one block of text (a label centred in it), which stands
 * across the ruling's line or on one side of it, and is left whole.
 */
final class ScanCarriedRows {

    /** Pixels within which a ruling's end stands on a column ruling, or two rulings lie along one line. */
    private static final int REACH = 4;
    /** A column narrower than this (points) is no cell of text a ruling could be carried across. */
    private static final double MIN_CELL_PT = 12;

    private ScanCarriedRows() {
    }

    /** {@code lines} with each row ruling carried across the cells beyond its ends that lost it; see the class. */
    static List<ScanRulings.Line> carried(ScanRaster text, List<ScanRulings.Line> lines) {
        List<ScanRulings.Line> columns = lines.stream().filter(l -> !l.horizontal()).toList();
        List<ScanRulings.Line> out = new ArrayList<>();
        for (ScanRulings.Line h : lines) {
            if (!h.horizontal()) {
                out.add(h);
                continue;
            }
            int from = h.from(), to = h.to();
            for (ScanRulings.Line next; (next = beyond(text, lines, columns, h, to, true)) != null; ) {
                to = (int) Math.round(next.at());
            }
            for (ScanRulings.Line next; (next = beyond(text, lines, columns, h, from, false)) != null; ) {
                from = (int) Math.round(next.at());
            }
            out.add(from == h.from() && to == h.to() ? h : new ScanRulings.Line(true, h.at(), from, to,
                    h.thickness()));
        }
        return out;
    }

    /**
     * The column ruling the row ruling {@code h} goes on to from its end at {@code end} (rightwards with
     * {@code right}): the next one beyond the column ruling that end stands on, where the cell between them holds
     * two rows' text parted at {@code h}; null where {@code h} stops there.
     */
    private static ScanRulings.Line beyond(ScanRaster text, List<ScanRulings.Line> lines,
                                           List<ScanRulings.Line> columns, ScanRulings.Line h, int end, boolean right) {
        int y = (int) Math.round(h.at());
        double narrowest = MIN_CELL_PT * text.scale;
        // the column ruling the end stands on; a ruling found from dots and noise may run on a little past it
        ScanRulings.Line on = null;
        for (ScanRulings.Line v : columns) {
            double past = right ? end - v.at() : v.at() - end;
            if (past >= -REACH && past < narrowest && spans(v, y)
                    && (on == null || Math.abs(v.at() - end) < Math.abs(on.at() - end))) {
                on = v;
            }
        }
        if (on == null) {
            return null;
        }
        ScanRulings.Line next = null;
        for (ScanRulings.Line v : columns) {
            double d = right ? v.at() - on.at() : on.at() - v.at();
            if (d >= narrowest && spans(v, y) && (next == null || d < Math.abs(next.at() - on.at()))) {
                next = v;
            }
        }
        if (next == null) {
            return null;
        }
        int left = (int) Math.round(Math.min(on.at(), next.at())), rightX = (int) Math.round(Math.max(on.at(),
                next.at()));
        boolean ruled = lines.stream().anyMatch(o -> o.horizontal() && o != h && Math.abs(o.at() - y) <= REACH
                && o.from() < rightX - REACH && left + REACH < o.to());
        if (ruled) {
            return null;
        }
        int top = Math.max(on.from(), next.from()), bottom = Math.min(on.to(), next.to());
        int middle = (left + rightX) / 2;
        for (ScanRulings.Line o : lines) {
            if (o.horizontal() && o.from() <= middle && middle <= o.to()) {
                if (o.at() < y - REACH) {
                    top = Math.max(top, (int) Math.round(o.at()));
                } else if (o.at() > y + REACH) {
                    bottom = Math.min(bottom, (int) Math.round(o.at()));
                }
            }
        }
        return ScanLostRows.partedAt(text, columns, left, rightX, top, bottom, y) ? next : null;
    }

    /** Whether the column ruling {@code v} runs past {@code y} (give or take {@link #REACH}). */
    private static boolean spans(ScanRulings.Line v, int y) {
        return v.from() - REACH <= y && y <= v.to() + REACH;
    }
}
