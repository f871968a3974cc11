package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each scanned page of a form stands off the pages before it. A scanner or a copier places each sheet
 * anew, so the same table column stands a few millimetres further left or right on one page than on the next; read
 * as one grid, the columns of the second page fall between those of the first and its cells take other column
 * numbers (an indicator's target, on the next page, read as its name). The shift of a page is the one that lays
 * most of its table's ruled edges on the edges of the pages before; it is taken only where it lays clearly more of
 * them there than no shift does.
 */
final class PageShifts {

    /** Farthest a sheet is taken to be shifted, in points (about 18 mm). */
    private static final double MAX_SHIFT = 50;
    /** Edges this close (points) are one. */
    private static final double SAME = 2.0;
    /** Fewest edges a shift must lay on the pages before to be taken, and by how many it must beat no shift. */
    private static final int MIN_MATCHED = 3, MIN_GAIN = 2;

    private PageShifts() {
    }

    /** The shift (points, to add to x) of each page whose table stands off the pages before; absent: none. */
    static Map<Integer, Double> of(List<LayoutRow> rows) {
        Map<Integer, List<Double>> edges = new LinkedHashMap<>();
        for (LayoutRow row : rows) {
            if (row.table()) {
                for (LayoutCell c : row.cells()) {
                    List<Double> page = edges.computeIfAbsent(row.page(), p -> new ArrayList<>());
                    page.add(c.box().x());
                    page.add(c.box().right());
                }
            }
        }
        Map<Integer, Double> shifts = new LinkedHashMap<>();
        List<Double> before = new ArrayList<>();
        for (Map.Entry<Integer, List<Double>> page : edges.entrySet()) {
            List<Double> own = Positions.of(page.getValue(), SAME).values();
            double shift = before.isEmpty() ? 0 : shift(own, Positions.of(before, SAME).values());
            if (shift != 0) {
                shifts.put(page.getKey(), shift);
            }
            own.forEach(e -> before.add(e + shift));
        }
        return shifts;
    }

    /** The shift laying most of {@code own} on {@code before}, or 0 where none does clearly better than none. */
    static double shift(List<Double> own, List<Double> before) {
        int still = matched(own, before, 0);
        double best = 0;
        int bestMatched = still;
        for (double e : own) {
            for (double b : before) {
                double d = b - e;
                if (Math.abs(d) <= MAX_SHIFT) {
                    int m = matched(own, before, d);
                    if (m > bestMatched || m == bestMatched && Math.abs(d) < Math.abs(best)) {
                        bestMatched = m;
                        best = d;
                    }
                }
            }
        }
        if (bestMatched < MIN_MATCHED || bestMatched < still + MIN_GAIN) {
            return 0;
        }
        // the mean offset of the edges it lays on the others, rather than one pair's
        double sum = 0;
        int n = 0;
        for (double e : own) {
            double near = nearest(before, e + best);
            if (Math.abs(near - e - best) <= SAME) {
                sum += near - e;
                n++;
            }
        }
        return sum / n;
    }

    private static int matched(List<Double> own, List<Double> before, double shift) {
        int n = 0;
        for (double e : own) {
            if (Math.abs(nearest(before, e + shift) - e - shift) <= SAME) {
                n++;
            }
        }
        return n;
    }

    private static double nearest(List<Double> values, double v) {
        double best = Double.NaN, dist = Double.MAX_VALUE;
        for (double x : values) {
            if (Math.abs(x - v) < dist) {
                dist = Math.abs(x - v);
                best = x;
            }
        }
        return best;
    }
}
