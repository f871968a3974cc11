package perfdecl.pdf.content;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;

/**
 * Turns small vector shapes into checkbox marks: an empty square frame is an unchecked box; a frame with a dark
 * fill, a smaller filled square or a tick path inside is a checked one.
 */
final class VectorMarks {

    private VectorMarks() {
    }

    /** A small closed path as the page drew it. */
    record Shape(Box box, boolean square, boolean darkFill, boolean stroked) {
    }

    static List<Glyph> marks(List<Shape> shapes) {
        List<Glyph> out = new ArrayList<>();
        boolean[] used = new boolean[shapes.size()];
        for (int i = 0; i < shapes.size(); i++) {
            Shape frame = shapes.get(i);
            if (!frame.square() || !frame.stroked() || used[i]) {
                continue;
            }
            boolean checked = frame.darkFill();
            for (int j = 0; j < shapes.size(); j++) {
                Shape in = shapes.get(j);
                if (j == i || used[j] || !inside(in.box(), frame.box())) {
                    continue;
                }
                if (in.darkFill() || !in.square()) {
                    checked = true;
                    used[j] = true;
                }
            }
            used[i] = true;
            out.add(glyph(frame.box(), checked));
        }
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            if (!used[i] && s.square() && s.darkFill()) {
                out.add(glyph(s.box(), true));
            }
        }
        return out;
    }

    private static Glyph glyph(Box box, boolean checked) {
        return new Glyph(checked ? "vector-square-checked" : "vector-square", box, box.bottom(), box.height(), checked);
    }

    private static boolean inside(Box in, Box frame) {
        return in.centerX() > frame.x() && in.centerX() < frame.right() && in.centerY() > frame.y()
                && in.centerY() < frame.bottom() && in.width() <= frame.width() + 1 && in.height() <= frame.height() + 1;
    }
}
