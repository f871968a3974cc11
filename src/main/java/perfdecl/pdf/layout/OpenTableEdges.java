package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.List;

import perfdecl.pdf.content.Segment;

/**
 * Closes a table that a page break left open. A producer that breaks a table across pages may draw the first row on
 * the next page without its top border (chromium draws it on the page before), so the lattice finds no cell in that
 * row and its cells came out as one line of free text. Where three or more vertical rulings start (or end) at the
 * same height and no horizontal ruling lies there, a ruling from the leftmost to the rightmost of them is the
 * missing border.
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
            if (!ruledAt(segments, y, left, right)) {
                added.add(new Segment(left, y, right, y));
            }
        }
        return added;
    }

    private static double end(Segment s, boolean top) {
        return top ? Math.min(s.y1(), s.y2()) : Math.max(s.y1(), s.y2());
    }

    /** Whether a horizontal ruling lies at {@code y} between {@code left} and {@code right}, wholly or in part. */
    private static boolean ruledAt(List<Segment> segments, double y, double left, double right) {
        for (Segment s : segments) {
            if (s.horizontal() && Math.abs(s.y1() - y) <= 2 * SAME
                    && Math.min(s.x1(), s.x2()) < right && Math.max(s.x1(), s.x2()) > left) {
                return true;
            }
        }
        return false;
    }
}
