package perfdecl.pdf.scan;

/**
 * Makes paper of the shadows of punched holes: solid dark discs 4.5 to 8 mm across (a filing punch's 6 mm hole
 * shows as one in the margin by the binding edge). Left there, OCR reads a hole as a character ("0", "！", "t")
 * beside the label column, and on a page without rulings that character opens a column of its own that splits every
 * row. Print holds no such disc: a character's strokes fill a small share of its box, a filled checkbox (■) is
 * square and smaller, and a seal is red (lightened out of this image). A hole touching a ruling is one shape with
 * it, no disc, and stays (the ruling finder reads past it).
 */
final class ScanHoles {

    /** The core of a hole's shadow is darker than this. */
    private static final int DARK = 110;
    /** A shadow's fringe is darker than this: cleared with its core. */
    private static final int FRINGE = 200;
    /** Smallest and largest diameter, in points (4.5 and 8 mm). */
    private static final double SMALLEST_PT = 12.75, LARGEST_PT = 22.7;
    /** A disc fills π/4 (0.785) of its box; a square fills it all, a character far less. */
    private static final double LEAST_FILL = 0.68, MOST_FILL = 0.88;

    private ScanHoles() {
    }

    /** Clears every hole's shadow of {@code v} ({@code w} × {@code h} grey levels, white paper); returns how many. */
    static int clear(int[] v, int w, int h, double scale) {
        int smallest = (int) Math.floor(SMALLEST_PT * scale), largest = (int) Math.ceil(LARGEST_PT * scale);
        boolean[] dark = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            dark[i] = v[i] < DARK;
        }
        InkComponents shapes = InkComponents.of(w, h, dark);
        int cleared = 0;
        for (int start = 0; start < v.length; start++) {
            InkComponents.Shape s = shapes.grow(start);
            if (s == null || s.width() < smallest || s.height() < smallest || s.width() > largest
                    || s.height() > largest || 4 * Math.abs(s.width() - s.height()) > Math.max(s.width(), s.height())) {
                continue;
            }
            double fill = s.size() / (double) (s.width() * s.height());
            if (fill < LEAST_FILL || fill > MOST_FILL) {
                continue;
            }
            // the disc and its grey fringe, a few pixels round it
            int margin = Math.max(2, (int) Math.round(scale));
            double cx = (s.minX() + s.maxX()) / 2.0, cy = (s.minY() + s.maxY()) / 2.0;
            double r = Math.max(s.width(), s.height()) / 2.0 + margin;
            for (int y = Math.max(0, s.minY() - margin); y <= Math.min(h - 1, s.maxY() + margin); y++) {
                for (int x = Math.max(0, s.minX() - margin); x <= Math.min(w - 1, s.maxX() + margin); x++) {
                    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r && v[y * w + x] < FRINGE) {
                        v[y * w + x] = 255;
                        dark[y * w + x] = false;
                    }
                }
            }
            cleared++;
        }
        return cleared;
    }
}
