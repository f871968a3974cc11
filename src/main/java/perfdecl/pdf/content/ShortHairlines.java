package perfdecl.pdf.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the short hairlines that are a table's borders. Chromium fills every border of a collapsed table as a thin
 * rectangle, so a single-line row (13 pt high, padding 0) has vertical borders no longer than a checkbox's side;
 * such a hairline is a ruling when one of its ends meets a longer ruling across it, while the four sides of a
 * checkbox drawn the same way meet none and stay a checkbox.
 */
final class ShortHairlines {

    private static final double TOUCH = 1.5;

    private ShortHairlines() {
    }

    /**
     * Those of {@code hairlines} whose end lies on one of {@code rulings} longer than {@code longer}, crossing it,
     * and those continuing a kept one in line (the side of a cell merged over short rows, drawn a row at a time).
     */
    static List<Segment> meetingRulings(List<Segment> hairlines, List<Segment> rulings, double longer) {
        List<Segment> kept = new ArrayList<>();
        List<Segment> left = new ArrayList<>();
        for (Segment h : hairlines) {
            boolean meets = false;
            for (Segment r : rulings) {
                if (length(r) > longer && meets(h, r)) {
                    meets = true;
                    break;
                }
            }
            (meets ? kept : left).add(h);
        }
        boolean grew = !kept.isEmpty();
        while (grew && !left.isEmpty()) {
            grew = false;
            for (java.util.Iterator<Segment> it = left.iterator(); it.hasNext(); ) {
                Segment h = it.next();
                if (kept.stream().anyMatch(k -> continues(h, k))) {
                    kept.add(h);
                    it.remove();
                    grew = true;
                }
            }
        }
        return kept;
    }

    private static boolean continues(Segment h, Segment k) {
        if (h.vertical() && k.vertical() && near(h.x1(), k.x1())) {
            return near(h.y1(), k.y2()) || near(h.y2(), k.y1());
        }
        if (h.horizontal() && k.horizontal() && near(h.y1(), k.y1())) {
            return near(h.x1(), k.x2()) || near(h.x2(), k.x1());
        }
        return false;
    }

    private static boolean meets(Segment h, Segment r) {
        if (h.vertical() && r.horizontal()) {
            return within(h.x1(), r.x1(), r.x2()) && (near(h.y1(), r.y1()) || near(h.y2(), r.y1()));
        }
        if (h.horizontal() && r.vertical()) {
            return within(h.y1(), r.y1(), r.y2()) && (near(h.x1(), r.x1()) || near(h.x2(), r.x1()));
        }
        return false;
    }

    private static boolean within(double v, double from, double to) {
        return v >= Math.min(from, to) - TOUCH && v <= Math.max(from, to) + TOUCH;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= TOUCH;
    }

    private static double length(Segment s) {
        return Math.hypot(s.x2() - s.x1(), s.y2() - s.y1());
    }
}
