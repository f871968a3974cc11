package perfdecl.pdf.scan;

/**
 * Takes blue pen out of the print image of a colour scan, the print under it kept. A JPEG scan keeps its colour at
 * a lower resolution than its light, so a pen stroke is coloured clearly only along its middle: its edges, and the
 * whole of a thin stroke on a dim or tinted page, are dark and only a little bluer than the paper, and read by their
 * luminance they stayed as a grey outline of every ring, tick and signature, over the text they crossed. Here the
 * colour is judged against the paper's own tint (a yellowed page makes blue ink look less blue, black print
 * yellower), a stroke is found from its clearly blue middle and followed into the duller pixels beside it, and each
 * of its pixels is given the level the blue channel says lies under the pen: the pen lets most of the blue through,
 * print does not, so pen over paper comes out paper and pen over print comes out print.
 */
final class ScanBluePen {

    /** Blue above red, in shares of the paper's level, from which a pixel is surely pen. */
    private static final double SURE = 0.15;
    /** Blue above red beside a sure pixel from which it is the same stroke's edge. */
    private static final double EDGE = 0.06;
    /** How far (pixels) a stroke's dull edge reaches from its clearly blue middle. */
    private static final int REACH = 2;
    /** Blue above red of the pixels the pen image takes: JPEG bleeds a stroke's colour a pixel or two beyond it. */
    private static final double MIDDLE = 0.2;
    /** Blue above red of the pixels the pen's own blue is measured on. */
    private static final double STRONG = 0.3;
    /** Fewest sure pixels for the page to have pen on it. */
    private static final int LEAST = 20;

    private ScanBluePen() {
    }

    /** A page's blue pen: its strokes whole, dull edges included, and their bluer middles alone. */
    record Strokes(boolean[] whole, boolean[] middles) {
    }

    /**
     * Gives the blue pen's pixels of {@code text} (the scan's luminance, {@code w} × {@code h}, coloured ink already
     * lightened) the level of what lies under the pen, and returns them ({@code null} where the page has no pen).
     * {@code paper} is the paper's level by blocks of {@code block} pixels ({@code bw} blocks a row).
     */
    static Strokes lift(int[] rgb, int[] text, int w, int h, int[] paper, int block, int bw) {
        double[] tint = tint(rgb);
        if (tint == null) {
            return null;
        }
        float[] blue = new float[rgb.length], excess = new float[rgb.length];
        int sure = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x, p = rgb[i];
                double level = Math.max(24, paper[(y / block) * bw + x / block]);
                double r = ((p >> 16) & 0xff) / tint[0] / level, b = (p & 0xff) / tint[2] / level;
                blue[i] = (float) b;
                excess[i] = (float) (b - r);
                sure += b - r >= SURE ? 1 : 0;
            }
        }
        if (sure < LEAST) {
            return null;
        }
        double own = ownBlue(blue, excess);
        boolean[] pen = new boolean[rgb.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (excess[i] < EDGE) {
                    continue;
                }
                boolean near = false;
                for (int dy = -REACH; dy <= REACH && !near; dy++) {
                    for (int dx = -REACH; dx <= REACH && !near; dx++) {
                        int xx = x + dx, yy = y + dy;
                        near = xx >= 0 && yy >= 0 && xx < w && yy < h && excess[yy * w + xx] >= SURE;
                    }
                }
                pen[i] = near;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (pen[i]) {
                    int level = paper[(y / block) * bw + x / block];
                    text[i] = Math.max(text[i], (int) Math.round(level * Math.min(1, blue[i] / own)));
                }
            }
        }
        // ticks are read from the strokes' bluer middles alone: grown by their dull edges, or by the colour JPEG bled
        // round them, a box filled in pen became a blot larger than any box on the page; a ring is found whole, its
        // middle broken into dashes where the scan kept less of its colour
        boolean[] middle = new boolean[rgb.length];
        for (int i = 0; i < middle.length; i++) {
            middle[i] = excess[i] >= MIDDLE;
        }
        return new Strokes(pen, middle);
    }

    /**
     * The paper's tint: red, green and blue over the luminance on the lighter half of the page's pixels; {@code null}
     * on a page too dark to tell.
     */
    private static double[] tint(int[] rgb) {
        int[] hist = new int[256];
        for (int p : rgb) {
            hist[luminance(p)]++;
        }
        int half = 0;
        for (long seen = hist[0]; half < 255 && 2 * seen < rgb.length; seen += hist[++half]) {
            // up to the median level
        }
        double r = 0, g = 0, b = 0, l = 0;
        for (int p : rgb) {
            int lum = luminance(p);
            if (lum >= half && lum > 64) {
                r += (p >> 16) & 0xff;
                g += (p >> 8) & 0xff;
                b += p & 0xff;
                l += lum;
            }
        }
        return l == 0 || r == 0 || b == 0 ? null : new double[] {r / l, g / l, b / l};
    }

    /**
     * The pen's blue over paper where it is laid on paper alone: the median on its clearly blue pixels. Pen over
     * print is darker and its edges lighter; most of a stroke is neither.
     */
    private static double ownBlue(float[] blue, float[] excess) {
        int[] hist = new int[101];
        int n = 0;
        for (int i = 0; i < blue.length; i++) {
            if (excess[i] >= STRONG) {
                hist[(int) Math.round(100 * Math.max(0, Math.min(1, blue[i])))]++;
                n++;
            }
        }
        if (n == 0) {
            return 0.65;
        }
        int seen = 0, k = 0;
        while (k < 100 && (seen += hist[k]) * 2 < n) {
            k++;
        }
        return Math.max(0.35, Math.min(0.95, k / 100.0));
    }

    private static int luminance(int p) {
        return (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
    }
}
