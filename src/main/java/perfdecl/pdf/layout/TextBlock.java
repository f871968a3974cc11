package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import perfdecl.grid.Box;
import perfdecl.pdf.content.Glyph;

/**
 * The text of one cell on a page without rulings: chunks stacked line under line at the paragraph's line pitch
 * and overlapping horizontally (left-aligned, centred or right-aligned text all overlap the line above).
 *
 * @param chunks top to bottom
 * @param box    the extent of its text
 * @param em     the largest font size in it
 */
public record TextBlock(List<TextChunk> chunks, Box box, double em) {

    /** Line pitch, in ems, assumed when a page has too few stacked lines to measure one. */
    static final double DEFAULT_PITCH = 1.3;

    /** A pitch above this many ems is taken as the space between rows, whatever the page measures. */
    private static final double MAX_PARAGRAPH_PITCH = 1.6;

    public TextBlock {
        chunks = List.copyOf(chunks);
    }

    List<Glyph> glyphs() {
        List<Glyph> out = new ArrayList<>();
        chunks.forEach(c -> out.addAll(c.glyphs()));
        return out;
    }

    boolean overlapsHorizontally(TextBlock o) {
        return box.x() < o.box.right() && o.box.x() < box.right();
    }

    /** Top of its first line: half an em above the line's middle (glyph boxes are too uneven to measure rows by). */
    double top() {
        return chunks.stream().mapToDouble(c -> c.mid() - c.em() / 2).min().orElse(box.y());
    }

    /** Bottom of its last line, half an em below the line's middle. */
    double bottom() {
        return chunks.stream().mapToDouble(c -> c.mid() + c.em() / 2).max().orElse(box.bottom());
    }

    double height() {
        return bottom() - top();
    }

    double centerY() {
        return (top() + bottom()) / 2;
    }

    /** How far the two overlap vertically (negative when apart). */
    double verticalOverlap(TextBlock o) {
        return Math.min(bottom(), o.bottom()) - Math.max(top(), o.top());
    }

    static TextBlock of(List<TextChunk> chunks) {
        List<TextChunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingDouble((TextChunk c) -> c.mid()).thenComparingDouble(TextChunk::x));
        Box box = sorted.get(0).box();
        double em = 0;
        for (TextChunk c : sorted) {
            box = box.union(c.box());
            em = Math.max(em, c.em());
        }
        return new TextBlock(sorted, box, em);
    }

    /**
     * Stacks chunks into blocks: a chunk continues a block when it overlaps the block's lowest line horizontally
     * and stands one line pitch below it. The pitch is the page's own (the lower quartile of the distances between
     * horizontally overlapping lines), so the wider space between table rows separates cells.
     */
    static List<TextBlock> stack(List<TextChunk> chunks, double pitch) {
        List<List<TextChunk>> blocks = new ArrayList<>();
        List<List<TextChunk>> lowest = new ArrayList<>();
        Map<TextChunk, List<TextChunk>> blockOf = new IdentityHashMap<>();
        for (List<TextChunk> line : lines(chunks)) {
            List<List<TextChunk>> before = new ArrayList<>(lowest);
            for (TextChunk c : line) {
                List<Integer> hits = new ArrayList<>();
                for (int b = 0; b < blocks.size(); b++) {
                    if (continues(c, before.get(b), pitch)) {
                        hits.add(b);
                    }
                }
                final List<TextChunk> owner;
                if (hits.isEmpty()) {
                    owner = new ArrayList<>();
                    blocks.add(owner);
                    lowest.add(List.of());
                    before.add(List.of());
                } else {
                    owner = blocks.get(hits.get(0));
                    for (int k = hits.size() - 1; k >= 1; k--) {
                        int other = hits.get(k);
                        owner.addAll(blocks.get(other));
                        blocks.get(other).forEach(x -> blockOf.put(x, owner));
                        blocks.set(other, null);
                        lowest.set(other, List.of());
                        before.set(other, List.of());
                    }
                }
                owner.add(c);
                blockOf.put(c, owner);
            }
            for (int b = 0; b < blocks.size(); b++) {
                List<TextChunk> block = blocks.get(b);
                if (block == null) {
                    continue;
                }
                List<TextChunk> onLine = line.stream().filter(x -> blockOf.get(x) == block).toList();
                if (!onLine.isEmpty()) {
                    lowest.set(b, onLine);
                }
            }
            for (int b = blocks.size() - 1; b >= 0; b--) {
                if (blocks.get(b) == null) {
                    blocks.remove(b);
                    lowest.remove(b);
                }
            }
        }
        List<TextBlock> out = new ArrayList<>();
        for (List<TextChunk> g : blocks) {
            out.add(of(g));
        }
        out.sort(Comparator.comparingDouble((TextBlock b) -> b.box().y()).thenComparingDouble(b -> b.box().x()));
        return out;
    }

    /** Whether a chunk stands one line pitch under a block's lowest line and overlaps it horizontally. */
    private static boolean continues(TextChunk c, List<TextChunk> lowestLine, double pitch) {
        for (TextChunk above : lowestLine) {
            double em = Math.max(c.em(), above.em());
            double dy = c.mid() - above.mid();
            if (dy >= 0.6 * em && dy <= (pitch + 0.3) * em && c.overlapsHorizontally(above.x(), above.right())) {
                return true;
            }
        }
        return false;
    }

    /** Chunks grouped into visual lines (middles within half an em), top to bottom. */
    static List<List<TextChunk>> lines(List<TextChunk> chunks) {
        List<TextChunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingDouble(TextChunk::mid));
        List<List<TextChunk>> lines = new ArrayList<>();
        double lineMid = 0;
        for (TextChunk c : sorted) {
            if (!lines.isEmpty() && c.mid() - lineMid <= 0.5 * c.em()) {
                lines.get(lines.size() - 1).add(c);
            } else {
                lines.add(new ArrayList<>(List.of(c)));
                lineMid = c.mid();
            }
        }
        return lines;
    }

    /** The page's line pitch inside a cell, in ems. */
    static double linePitch(List<TextChunk> chunks) {
        List<Double> pitches = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            TextChunk c = chunks.get(i);
            double nearest = Double.MAX_VALUE;
            for (int j = i - 1; j >= 0; j--) {
                TextChunk above = chunks.get(j);
                double em = Math.max(c.em(), above.em());
                double dy = (c.mid() - above.mid()) / em;
                if (dy > 2.5) {
                    break;
                }
                if (dy >= 0.8 && c.overlapsHorizontally(above.x(), above.right())) {
                    nearest = Math.min(nearest, dy);
                }
            }
            if (nearest < Double.MAX_VALUE) {
                pitches.add(nearest);
            }
        }
        if (pitches.size() < 3) {
            return DEFAULT_PITCH;
        }
        pitches.sort(Double::compare);
        double quartile = pitches.get(pitches.size() / 4);
        return quartile > MAX_PARAGRAPH_PITCH ? DEFAULT_PITCH : quartile;
    }
}
