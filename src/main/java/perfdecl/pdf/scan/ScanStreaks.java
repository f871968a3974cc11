package perfdecl.pdf.scan;

/**
 * Takes out the streaks a sheet-fed scanner draws along its feed direction (dust on the sensor): a pixel column
 * darker than the paper either side of it from the top of the image to the bottom. Deskewed, such a streak slants
 * across the table, where it fused with a column ruling it passed close to (the two together too thick for a
 * ruling, so the column was lost) and left stray strokes in the cells it crossed. A printed ruling never runs
 * the whole height: the page keeps a margin above and below its table.
 */
final class ScanStreaks {

    /** How much darker than the paper either side a streak pixel is. */
    private static final int DARKER = 8;
    /** Share of the image's rows a column must be darker in: all but specks, text crossings and JPEG blocks. */
    private static final double WHOLE_HEIGHT = 0.9;
    /** Neighbours looked at this far to each side: beyond a streak's own width (up to half a millimetre). */
    private static final int NEAR = 3, FAR = 5;
    /** A neighbour this light is paper, where the streak's darkening factor is measured. */
    private static final int PAPER = 200;

    private ScanStreaks() {
    }

    /**
     * Lightens every streak column of the grey image {@code v} ({@code w}×{@code h}, row-major, paper light) back
     * to the paper beside it, by the factor it was darkened: print under the streak stays as dark as it was
     * printed relative to its paper; likewise every streak row (from the left edge to the right). Returns how many
     * columns and rows were streaks.
     */
    static int remove(int[] v, int w, int h) {
        int[] same = new int[256];
        for (int i = 0; i < 256; i++) {
            same[i] = i;
        }
        return remove(v, w, h, same);
    }

    /**
     * {@link #remove(int[], int, int)} on an image whose ink was stretched to black after the paper was divided out:
     * {@code unstretched} gives each level the level it had before (ScanPreprocess#normalise). A streak's faintness
     * is measured on those: the stretch darkens a faint streak as it darkens faded ink, past what a streak across
     * the image may be.
     */
    static int remove(int[] v, int w, int h, int[] unstretched) {
        int down = removeColumns(v, w, h, 0, unstretched);
        // a sheet read turned a quarter is stored with its feed direction across the image: its streaks run along
        // pixel rows, from the left edge to the right, where the page's margins keep every ruling short of both
        int[] t = new int[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                t[x * h + y] = v[y * w + x];
            }
        }
        // a row ruling of a table cut at the image's sides may run nearly as far: only a faint line is taken for a
        // streak across, a printed ruling is darker
        int across = removeColumns(t, h, w, FAINT, unstretched);
        if (across > 0) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    v[y * w + x] = t[x * h + y];
                }
            }
        }
        return down + across;
    }

    /** A streak along pixel rows keeps at least this share of the paper's light; a printed ruling keeps less. */
    private static final double FAINT = 0.5;

    private static int removeColumns(int[] v, int w, int h, double faintest, int[] unstretched) {
        double[] factor = new double[w];
        int streaks = 0;
        // first how often each column is darker than the paper beside it and how often that is paper, row by row
        // (the image as it lies in memory); the darkening factor only of the few columns that are streaks
        int[] darker = new int[w], paperRows = new int[w];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = FAR; x < w - FAR; x++) {
                int beside = beside(v, row + x);
                if (beside - v[row + x] >= DARKER) {
                    darker[x]++;
                }
                if (beside >= PAPER) {
                    paperRows[x]++;
                }
            }
        }
        for (int x = FAR; x < w - FAR; x++) {
            if (darker[x] >= WHOLE_HEIGHT * h && paperRows[x] * 2 >= h) {
                int[] percent = new int[101], before = new int[101];
                for (int y = 0; y < h; y++) {
                    int row = y * w, a = v[row + x], beside = beside(v, row + x);
                    if (beside >= PAPER) {
                        percent[Math.min(100, a * 100 / beside)]++;
                        before[Math.min(100, unstretched[a] * 100 / Math.max(1, unstretched[beside]))]++;
                    }
                }
                int m = median(percent, paperRows[x]);
                if (median(before, paperRows[x]) < 100 * faintest) {
                    continue;
                }
                factor[x] = m / 100.0;
                streaks++;
            }
        }
        for (int x = 0; x < w; x++) {
            if (factor[x] > 0 && factor[x] < 1) {
                for (int y = 0; y < h; y++) {
                    int i = y * w + x;
                    v[i] = (int) Math.min(255, Math.round(v[i] / factor[x]));
                }
            }
        }
        return streaks;
    }

    /** The paper beside pixel {@code i} of its row: the lighter of the lightest pixels near it on either side. */
    private static int beside(int[] v, int i) {
        int left = 0, right = 0;
        for (int d = NEAR; d <= FAR; d++) {
            left = Math.max(left, v[i - d]);
            right = Math.max(right, v[i + d]);
        }
        return Math.min(left, right);
    }

    private static int median(int[] hist, int n) {
        int seen = 0;
        for (int i = 0; i < hist.length; i++) {
            seen += hist[i];
            if (2 * seen >= n) {
                return Math.max(1, i);
            }
        }
        return 100;
    }
}
