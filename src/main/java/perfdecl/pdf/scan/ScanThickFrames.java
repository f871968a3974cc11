package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges the inside of a checkbox whose frame a 1-bit copy drew thick net of that frame. A copier's fixed threshold
 * over blurred toner grows a thin printed frame to three pixels or more at the reader's 150 dpi, past the band a
 * thin frame takes: the frame's inner line, dark from side to side, then reads as a stroke across the inside (the
 * middle of 日), which leaves a cross or tick in the box unsure and its group ambiguous, and the frame reaches into
 * the area whose ink says ticked. Each side's own thickness is measured from its outer edge inwards, and the inside
 * judged from there on; but only for a square that stands as a box: its four sides straight and about equally
 * thick, paper between it and the print beside it wider than a character's gap, and another such square of its size
 * on its line or in its column (a choice row's options each have one). 口, 回 or 日 in a run of text, which a copy
 * thickens as much, stands close to its neighbours, and a Song face draws its upright strokes thicker than its
 * level ones; measured net of its outer strokes, the inner ones of 回 or 日 would pass for a mark, so such a square
 * keeps the thin frame's band and stays unsure.
 */
final class ScanThickFrames {

    /** How many pixels the thickest of a printed frame's four sides may measure over the thinnest. */
    private static final int EVEN = 1;
    /** Thickest a side is measured, as a share of the box's side: ink on past that is the inside's. */
    private static final double THICKEST = 0.3;
    /** How far another box's side may differ from this one's for the two to be of one size. */
    private static final double SAME_SIZE = 0.15;

    private ScanThickFrames() {
    }

    /**
     * The boxes, each one that stands as a box and whose frame is drawn thicker than a thin frame's band measured
     * again inside its frame's own sides; the others as they were.
     */
    static List<ScanCheckboxes.Found> netOfFrames(ScanRaster r, List<ScanCheckboxes.Found> boxes) {
        List<ScanCheckboxes.Found> apart = boxes.stream()
                .filter(f -> ScanCheckboxes.setApart(r, f.x(), f.y(), f.width(), f.height())).toList();
        List<ScanCheckboxes.Found> out = new ArrayList<>();
        for (ScanCheckboxes.Found f : boxes) {
            int[] sides = sides(r, f.x(), f.y(), f.width(), f.height());
            int band = ScanCheckboxes.band(f.width(), f.height());
            if (!thick(sides, band) || !even(sides) || !apart.contains(f) || !inLine(f, apart)) {
                out.add(f);
                continue;
            }
            int[] bands = new int[4];
            for (int k = 0; k < 4; k++) {
                bands[k] = Math.max(band, sides[k]);
            }
            out.add(new ScanCheckboxes.Found(f.x(), f.y(), f.width(), f.height(),
                    ScanCheckboxes.innerInk(r, f.x(), f.y(), f.width(), f.height(), sides),
                    ScanCheckboxes.strokeAcross(r, f.x(), f.y(), f.width(), f.height(), bands),
                    ScanCheckboxes.open(r, f.x(), f.y(), f.width(), f.height(), bands)));
        }
        return out;
    }

    /**
     * How thick each side of the square (top, bottom, left, right) is drawn: the lines from its outer edge inwards
     * dark along most of the side between the corners, the outermost allowed to fall short (a frame a little
     * askew, or its edge pixel lost); 0 where no such line begins the side.
     */
    static int[] sides(ScanRaster r, int x, int y, int w, int h) {
        int band = ScanCheckboxes.band(w, h);
        int limit = (int) Math.ceil(THICKEST * Math.min(w, h));
        int[] out = new int[4];
        for (int k = 0; k < 4; k++) {
            boolean row = k < 2;
            int len = row ? w : h, lines = row ? h : w;
            int n = 0;
            for (int i = 0; i < limit; i++) {
                int l = k == 0 || k == 2 ? i : lines - 1 - i;
                if (ScanCheckboxes.darkAlong(r, x, y, l, band, len - band, row)) {
                    n = i + 1;
                } else if (n > 0 || i > 0) {
                    break;
                }
            }
            out[k] = n;
        }
        return out;
    }

    private static boolean thick(int[] sides, int band) {
        for (int s : sides) {
            if (s > band) {
                return true;
            }
        }
        return false;
    }

    /** Whether every side is drawn, and the four about as thick, as a printed frame's are. */
    private static boolean even(int[] sides) {
        int min = Integer.MAX_VALUE, max = 0;
        for (int s : sides) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        return min > 0 && max - min <= EVEN;
    }

    /** Whether another box set apart, of the same size, stands on the box's line or in its column. */
    private static boolean inLine(ScanCheckboxes.Found f, List<ScanCheckboxes.Found> apart) {
        double side = Math.max(f.width(), f.height());
        List<ScanCheckboxes.Found> peers = apart.stream().filter(o -> o != f
                && Math.abs(Math.max(o.width(), o.height()) - side) <= SAME_SIZE * side).toList();
        return ScanMarkedBoxes.aligned(peers, f.x() + f.width() / 2.0, f.y() + f.height() / 2.0, side);
    }
}
