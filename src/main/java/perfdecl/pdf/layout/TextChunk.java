package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import perfdecl.grid.Box;
import perfdecl.pdf.content.Glyph;

/**
 * A run of glyphs on one visual line with no gap wider than {@link #SPLIT_GAP} ems: on a page without rulings, the
 * text of one cell on one line (a wider gap is the whitespace between two columns).
 *
 * @param glyphs left to right, marks included
 * @param box    the run's extent
 * @param mid    the line's vertical middle (x-height centre of text, box centre of a mark)
 * @param em     the largest font size in the run
 */
record TextChunk(List<Glyph> glyphs, Box box, double mid, double em) {

    /** Gap, in ems, above which two runs on a line are separate cells: wider than a space, narrower than a column gutter. */
    static final double SPLIT_GAP = 1.0;

    /** How far, in ems, two glyphs' middles may differ and still stand on one line. */
    private static final double SAME_LINE = 0.3;

    TextChunk {
        glyphs = List.copyOf(glyphs);
    }

    double x() {
        return box.x();
    }

    double right() {
        return box.right();
    }

    boolean overlapsHorizontally(double left, double right) {
        return box.x() < right && left < box.right();
    }

    /** Splits visible glyphs (no spaces) into chunks, top to bottom and left to right. */
    static List<TextChunk> split(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble((Glyph g) -> g.box().x()).thenComparingDouble(TextChunk::glyphMid));
        List<List<Glyph>> open = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> best = null;
            double bestDist = Double.MAX_VALUE;
            for (List<Glyph> run : open) {
                Glyph last = run.get(run.size() - 1);
                double em = Math.max(Math.max(em(last), em(g)), 1);
                double dy = Math.abs(glyphMid(last) - glyphMid(g));
                double gap = g.box().x() - last.box().right();
                if (dy <= SAME_LINE * em && gap <= SPLIT_GAP * em && gap >= -0.5 * em && dy < bestDist) {
                    best = run;
                    bestDist = dy;
                }
            }
            if (best == null) {
                open.add(new ArrayList<>(List.of(g)));
            } else {
                best.add(g);
            }
        }
        List<TextChunk> out = new ArrayList<>();
        for (List<Glyph> run : open) {
            out.add(of(run));
        }
        out.sort(Comparator.comparingDouble((TextChunk c) -> c.mid()).thenComparingDouble(TextChunk::x));
        return out;
    }

    static TextChunk of(List<Glyph> run) {
        Box box = run.get(0).box();
        double em = 0, mids = 0;
        int texts = 0;
        for (Glyph g : run) {
            box = box.union(g.box());
            em = Math.max(em, em(g));
            if (!g.isMark()) {
                mids += glyphMid(g);
                texts++;
            }
        }
        double mid = texts > 0 ? mids / texts : glyphMid(run.get(0));
        return new TextChunk(run, box, mid, Math.max(em, 1));
    }

    static double glyphMid(Glyph g) {
        return g.isMark() ? g.box().centerY() : g.baseline() - 0.35 * em(g);
    }

    private static double em(Glyph g) {
        return g.isMark() ? Math.max(g.box().height(), 1) : Math.max(g.fontSize(), 1);
    }
}
