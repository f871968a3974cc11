package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.List;

import perfdecl.pdf.content.Segment;

/**
 * Closes a table that a page break left open. A producer that breaks a table across pages may draw the first row on
 * the next page without its top border (chromium draws it on the page before), so the lattice finds no cell in that
 * row and its cells came out as one line of free text. Where three or more vertical rulings start (or end) at the
 * same height, a ruling from the leftmost to the rightmost of them is the missing border, drawn where no horizontal
 * ruling lies already: chromium closes the cells of a row it breaks that end on the page and leaves open the taller
 * ones (a wrapped 二级指标 merged beside them), so part of the border may be there.
 */
final class OpenTableEdges {

    private static final double SAME = 1.0;
    private static final int MIN_VERTICALS = 3;

    private OpenTableEdges() {
    }

    /** {@code segments} with the missing top and bottom borders added. */
    static List<Segment> closed(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments);
        out.addAll(borders(segments, true));
        out.addAll(borders(segments, false));
        return out;
    }

    private static List<Segment> borders(List<Segment> segments, boolean top) {
        List<Segment> verticals = new ArrayList<>();
        for (Segment s : segments) {
            if (s.vertical() && !s.horizontal()) {
                verticals.add(s);
            }
        }
        verticals.sort(java.util.Comparator.comparingDouble(s -> end(s, top)));
        List<Segment> added = new ArrayList<>();
        for (int i = 0; i < verticals.size(); ) {
            int j = i + 1;
            while (j < verticals.size() && end(verticals.get(j), top) - end(verticals.get(j - 1), top) <= SAME) {
                j++;
            }
            List<Segment> group = verticals.subList(i, j);
            i = j;
            if (group.size() < MIN_VERTICALS) {
                continue;
            }
            double y = group.stream().mapToDouble(s -> end(s, top)).average().orElse(0);
            double left = group.stream().mapToDouble(Segment::x1).min().orElse(0);
            double right = group.stream().mapToDouble(Segment::x1).max().orElse(0);
            List<double[]> ruled = ruledAt(segments, y, left, right);
            if (!ruled.isEmpty() && continues(verticals, group, y, top)) {
                continue; // a row border beside a merged cell, not the table's edge
            }
            double from = left;
            for (double[] span : ruled) {
                if (span[0] - from > SAME) {
                    added.add(new Segment(from, y, span[0], y));
                }
                from = Math.max(from, span[1]);
            }
            if (right - from > SAME) {
                added.add(new Segment(from, y, right, y));
            }
        }
        return added;
    }

    /** Whether a vertical ruling at the x of one of {@code group} runs on past {@code y} (above a top, below a bottom). */
    private static boolean continues(List<Segment> verticals, List<Segment> group, double y, boolean top) {
        for (Segment g : group) {
            for (Segment v : verticals) {
                double low = Math.min(v.y1(), v.y2());
                double high = Math.max(v.y1(), v.y2());
                if (Math.abs(v.x1() - g.x1()) <= SAME && low <= y + SAME && high >= y - SAME
                        && (top ? low < y - SAME : high > y + SAME)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double end(Segment s, boolean top) {
        return top ? Math.min(s.y1(), s.y2()) : Math.max(s.y1(), s.y2());
    }

    /** The spans (x from, x to) of the horizontal rulings at {@code y} between {@code left} and {@code right}, by x. */
    private static List<double[]> ruledAt(List<Segment> segments, double y, double left, double right) {
        List<double[]> spans = new ArrayList<>();
        for (Segment s : segments) {
            double from = Math.min(s.x1(), s.x2());
            double to = Math.max(s.x1(), s.x2());
            if (s.horizontal() && Math.abs(s.y1() - y) <= 2 * SAME && from < right && to > left) {
                spans.add(new double[] {from, to});
            }
        }
        spans.sort(java.util.Comparator.comparingDouble(span -> span[0]));
        return spans;
    }
}
