package perfdecl.parse;

import java.util.Map;
import java.util.TreeMap;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.model.Provenance;

/** Where on the page each field of a form was read: its cell, or for a checkbox option its mark. */
final class Provenances {

    private Provenances() {
    }

    static Map<String, Provenance> of(Map<String, Cell> cellOf, Map<String, Token> markOf,
                                      Map<Token, Integer> pageOfToken) {
        Map<String, Provenance> out = new TreeMap<>();
        cellOf.forEach((path, c) -> {
            if (c.box() != null && c.page() > 0) {
                out.put(path, new Provenance(c.page(), round(c.box().x()), round(c.box().y()),
                        round(c.box().width()), round(c.box().height()),
                        c.confidence() < 1.0 ? c.confidence() : null));
            }
        });
        markOf.forEach((path, t) -> {
            Integer page = pageOfToken.get(t);
            if (t.box() != null && page != null && page > 0) {
                out.put(path, new Provenance(page, round(t.box().x()), round(t.box().y()),
                        round(t.box().width()), round(t.box().height()),
                        t.confidence() < 1.0 ? t.confidence() : null));
            }
        });
        return out;
    }

    /** The field whose cell holds the note's place, else its page. */
    static String fieldAt(ReaderNote note, Map<String, Cell> cellOf) {
        if (note.box() == null) {
            return "page " + note.page();
        }
        for (Map.Entry<String, Cell> e : cellOf.entrySet()) {
            Box b = e.getValue().box();
            if (b != null && e.getValue().page() == note.page() && b.x() <= note.box().centerX()
                    && note.box().centerX() <= b.right() && b.y() <= note.box().centerY()
                    && note.box().centerY() <= b.bottom()) {
                return e.getKey();
            }
        }
        return "page " + note.page();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
