package perfdecl.pdf.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Turns a rendered scan (colour or grey) into the two grey images the layout reads, both on white paper with
 * black ink whatever the paper's tone, the ink's fading or the light across the page:
 * <ul>
 * <li>{@code text}: what was printed. A strongly coloured pixel (a red seal, blue pen) is taken at its lightest
 * channel, lightened further, so coloured ink all but vanishes while black print under it stays black: seals and signatures neither
 * become rulings nor hide the text they cover. Blue pen whose colour a JPEG scan kept only along its strokes'
 * middles is followed into their duller edges ({@link ScanBluePen}).</li>
 * <li>{@code marks}: the luminance, coloured ink included but for a seal's red, for reading ticks made by pen.</li>
 * </ul>
 * On a grey scan a seal's red is a mid grey over the black print: {@link ScanSeals} finds it by its ring and takes
 * it out of {@code text}.
 * <p>
 * The paper is estimated as the page's background: the brightest level around each place, over a window wider
 * than a character or a checkbox and kept to the shape of large dark areas (a closing), so text and boxes are
 * measured against the paper around them, while a scanner-lid strip, a dark corner or a punched hole, being
 * background-sized, becomes paper. The ink is then stretched to black.
 */
final class ScanPreprocess {

    /**
     * Both images, the blue pen's ink alone (black where a pixel is clearly blue, white elsewhere) and how coloured
     * the page was (share of strongly chromatic pixels), and how deep a dark strip was made paper along each edge
     * ({@link #clearEdgeStrips}; pixels, left, top, right, bottom): where the scan really ends. A page without
     * coloured ink has no {@code marks} or {@code pen} image ({@code null}): its marks are its print, and turning
     * and deskewing two more page images for nothing cost a tenth of a page's reading.
     */
    record Prepared(BufferedImage text, BufferedImage marks, BufferedImage pen, BufferedImage penWhole,
                    double chromatic, int[] strips) {
    }

    /** Channel spread from which a pixel counts as coloured ink rather than grey print or tinted paper. */
    static final int CHROMATIC = 60;
    /** How much bluer than red a pixel of blue pen is. */
    private static final int PEN_BLUE = 50;
    private static final int BLOCK = 8;
    /** Window radius in blocks: 4 blocks of 8 px at 150 dpi is 15 pt, wider than any character or box. */
    private static final int RADIUS = 4;

    private ScanPreprocess() {
    }

    static Prepared prepare(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] rgb = rgb(image);
        int[] text = new int[w * h];
        long coloured = 0;
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
            if (max - min >= CHROMATIC) {
                coloured++;
                // lighter still than its lightest channel: dark blue pen is only mid-grey there
                text[i] = max + (255 - max) * 3 / 5;
            } else {
                text[i] = (299 * r + 587 * g + 114 * b) / 1000;
            }
        }
        ScanBluePen.Strokes bluePen = coloured == 0 ? null
                : ScanBluePen.lift(rgb, text, w, h, paper(text, w, h), BLOCK, (w + BLOCK - 1) / BLOCK);
        int[] darkEdges = darkEdges(text, w, h);
        ScanStreaks.remove(text, w, h, normalise(text, w, h));
        ScanDust.clear(text, w, h, ScanPageLayout.DPI / 72.0);
        ScanHoles.clear(text, w, h, ScanPageLayout.DPI / 72.0);
        int[] strips = clearEdgeStrips(text, w, h, darkEdges);
        ScanSeals.clear(text, w, h, ScanPageLayout.DPI / 72.0);
        if (coloured == 0) {
            return new Prepared(gray(text, w, h), null, null, null, 0, strips);
        }
        int[] marks = new int[w * h], pen = new int[w * h], penWhole = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            // a seal's red is no tick: ticks are made in blue or black pen, and a seal stamped over a box would
            // otherwise read as its mark
            marks[i] = r - Math.max(g, b) >= CHROMATIC ? r + (255 - r) * 3 / 5 : (299 * r + 587 * g + 114 * b) / 1000;
            // blue pen: blue well above red and green; a red seal or black print never is
            boolean blue = b - r >= PEN_BLUE && b - g >= PEN_BLUE / 2;
            pen[i] = blue || bluePen != null && bluePen.middles()[i] ? 0 : 255;
            penWhole[i] = blue || bluePen != null && bluePen.whole()[i] ? 0 : 255;
        }
        ScanStreaks.remove(marks, w, h, normalise(marks, w, h));
        ScanHoles.clear(marks, w, h, ScanPageLayout.DPI / 72.0);
        clearEdgeStrips(marks, w, h, darkEdges);
        return new Prepared(gray(text, w, h), gray(marks, w, h), gray(pen, w, h), gray(penWhole, w, h),
                coloured / (double) rgb.length,
                strips);
    }

    /**
     * The image's pixels as {@code getRGB} gives them but for the alpha byte, which is not read: an RGB render's own
     * array (read only), without a copy through the colour model pixel by pixel.
     */
    private static int[] rgb(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt
                buffer && buffer.getNumBanks() == 1 && buffer.getOffset() == 0 && buffer.getSize() == w * h
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == w && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            return buffer.getData();
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    /**
     * How deep a dark strip runs in from each edge of the scan as scanned (sides top, bottom, left, right): lines
     * from the edge in whose mean level is below half the paper's (the page's median level). A scanner-lid strip
     * is dark before the paper estimate sees it; once divided by a paper estimate that took it partly for paper,
     * its grain becomes stripes of ink and paper that {@link #clearEdgeStrips} alone no longer knows for a strip.
     */
    static int[] darkEdges(int[] v, int w, int h) {
        int[] hist = new int[256];
        for (int x : v) {
            hist[x]++;
        }
        int dark = percentile(hist, v.length, 0.5) / 2;
        int[] depths = new int[4];
        for (int side = 0; side < 4; side++) {
            // the scanner's bed can show beyond a page laid sideways on it over a third of the scan
            depths[side] = depth(v, w, h, side, dark, 2);
        }
        return depths;
    }

    /**
     * How many lines in from edge {@code side} (0, 1: top, bottom rows; 2, 3: left, right columns), up to
     * {@code 1/share} of the image, have a mean level below {@code below}.
     */
    private static int depth(int[] v, int w, int h, int side, int below, int share) {
        boolean rows = side < 2;
        int lines = rows ? h : w, length = rows ? w : h;
        int depth = 0;
        while (depth < lines / share) {
            int line = side % 2 == 0 ? depth : lines - 1 - depth;
            long sum = 0;
            for (int p = 0; p < length; p++) {
                sum += rows ? v[line * w + p] : v[p * w + line];
            }
            if (sum / length >= below) {
                break;
            }
            depth++;
        }
        return depth;
    }

    /**
     * Makes paper of a dark strip along an edge of the image that the paper estimate kept (a scanner-lid strip
     * narrower than its window): lines along that edge, from the edge in, that are mostly ink for at least
     * {@link #STRIP_PT} points together, or that were dark in the scan as scanned ({@code darkEdges}, from
     * {@link #darkEdges}). Left there, it is the page's strongest straight line, which sets the skew to the
     * scanner's square and leaves no blank row to part the page's text lines. A ruling is thinner.
     * Returns the depth cleared on each side (left, top, right, bottom; 0 where none).
     */
    static int[] clearEdgeStrips(int[] v, int w, int h, int[] darkEdges) {
        int min = (int) Math.round(STRIP_PT * ScanPageLayout.DPI / 72);
        int[] cleared = new int[4];
        for (int side = 0; side < 4; side++) {
            boolean rows = side < 2;
            int lines = rows ? h : w, length = rows ? w : h;
            int depth = Math.max(depth(v, w, h, side, 128, 8), darkEdges[side]);
            if (depth < min) {
                continue;
            }
            cleared[side == 0 ? 1 : side == 1 ? 3 : side == 2 ? 0 : 2] = Math.min(lines, depth + 3);
            for (int d = 0; d < Math.min(lines, depth + 3); d++) {
                int line = side % 2 == 0 ? d : lines - 1 - d;
                for (int p = 0; p < length; p++) {
                    v[rows ? line * w + p : p * w + line] = 255;
                }
            }
        }
        return cleared;
    }

    /** The thinnest dark strip along an edge taken for the scanner's, not the form's (points). */
    private static final double STRIP_PT = 4;

    /**
     * Divides by the estimated paper, then stretches the darkest ink to black. Returns, for each level the page now
     * has, the level it had before that stretch (relative to its paper): what a faint mark's lightness is measured
     * on, which the stretch would darken along with the ink.
     */
    static int[] normalise(int[] v, int w, int h) {
        int bw = (w + BLOCK - 1) / BLOCK, bh = (h + BLOCK - 1) / BLOCK;
        int[] bg = paper(v, w, h);
        int[] unstretched = new int[256];
        for (int i = 0; i < 256; i++) {
            unstretched[i] = i;
        }
        if (even(bg) && inkLevel(v) <= DARK_INK) {
            return unstretched; // white enough paper, even light, black ink: the page is read as scanned
        }
        int[] hist = new int[256];
        // each column's two blocks and its weight between them, worked out once for all rows
        int[] xs0 = new int[w], xs1 = new int[w];
        double[] txs = new double[w];
        for (int x = 0; x < w; x++) {
            double fx = (x + 0.5) / BLOCK - 0.5;
            xs0[x] = Math.max(0, Math.min(bw - 1, (int) Math.floor(fx)));
            xs1[x] = Math.min(bw - 1, xs0[x] + 1);
            txs[x] = Math.max(0, Math.min(1, fx - xs0[x]));
        }
        for (int y = 0; y < h; y++) {
            double fy = (y + 0.5) / BLOCK - 0.5;
            int y0 = Math.max(0, Math.min(bh - 1, (int) Math.floor(fy))), y1 = Math.min(bh - 1, y0 + 1);
            double ty = Math.max(0, Math.min(1, fy - y0));
            for (int x = 0; x < w; x++) {
                int x0 = xs0[x], x1 = xs1[x];
                double tx = txs[x];
                double paper = (bg[y0 * bw + x0] * (1 - tx) + bg[y0 * bw + x1] * tx) * (1 - ty)
                        + (bg[y1 * bw + x0] * (1 - tx) + bg[y1 * bw + x1] * tx) * ty;
                int n = (int) Math.min(255, Math.round(v[y * w + x] * 255.0 / Math.max(24, paper)));
                v[y * w + x] = n;
                hist[n]++;
            }
        }
        int ink = Math.min(inkLevelOf(hist), 120);
        if (ink > DARK_INK) {
            // faded ink brought back to the black of a fresh print
            for (int i = 0; i < v.length; i++) {
                v[i] = stretched(v[i], ink);
            }
            for (int level = 0; level < 256; level++) {
                unstretched[level] = Math.max(0, Math.min(255,
                        ink + (level - DARK_INK / 2) * (255 - ink) / (255 - DARK_INK / 2)));
            }
        }
        return unstretched;
    }

    private static int stretched(int level, int ink) {
        return Math.max(0, DARK_INK / 2 + (level - ink) * (255 - DARK_INK / 2) / (255 - ink));
    }

    /** The paper's level by blocks of {@link #BLOCK} pixels, a row of blocks after another. */
    static int[] paper(int[] v, int w, int h) {
        int bw = (w + BLOCK - 1) / BLOCK, bh = (h + BLOCK - 1) / BLOCK;
        int[] block = new int[bw * bh];
        for (int y = 0; y < h; y++) {
            int row = (y / BLOCK) * bw;
            for (int x = 0; x < w; x++) {
                int k = row + x / BLOCK;
                if (v[y * w + x] > block[k]) {
                    block[k] = v[y * w + x];
                }
            }
        }
        // a closing of the bright paper: a max filter then a min filter of the same size
        return filter(filter(block, bw, bh, true), bw, bh, false);
    }

    /** Ink up to this level is black print; the reader was built on such scans, so they are left as they are. */
    private static final int DARK_INK = 75;
    /** Spread of the paper's level over the page (5th to 95th percentile) that still counts as even. */
    private static final int EVEN = 24, WHITE = 225;

    /** Whether the paper is white and evenly lit: nothing to normalise. */
    private static boolean even(int[] bg) {
        int[] hist = new int[256];
        for (int b : bg) {
            hist[b]++;
        }
        return percentile(hist, bg.length, 0.05) >= WHITE
                && percentile(hist, bg.length, 0.95) - percentile(hist, bg.length, 0.05) <= EVEN;
    }

    private static int inkLevel(int[] levels) {
        int[] hist = new int[256];
        for (int v : levels) {
            hist[v]++;
        }
        return inkLevelOf(hist);
    }

    /** The ink's level: the darkest 20 % of the pixels clearly darker than paper lie below it. */
    private static int inkLevelOf(int[] hist) {
        long nonPaper = 0;
        for (int i = 0; i < 160; i++) {
            nonPaper += hist[i];
        }
        long seen = 0;
        for (int i = 0; i < 160; i++) {
            seen += hist[i];
            if (seen >= 0.2 * nonPaper) {
                return i;
            }
        }
        return 0;
    }

    private static int percentile(int[] hist, long n, double q) {
        long seen = 0;
        for (int i = 0; i < 256; i++) {
            seen += hist[i];
            if (seen >= q * n) {
                return i;
            }
        }
        return 255;
    }

    /** A square max (or min) filter of radius {@link #RADIUS}, separable. */
    private static int[] filter(int[] in, int w, int h, boolean max) {
        int[] tmp = new int[in.length], out = new int[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int best = in[y * w + x];
                for (int d = Math.max(0, x - RADIUS); d <= Math.min(w - 1, x + RADIUS); d++) {
                    best = max ? Math.max(best, in[y * w + d]) : Math.min(best, in[y * w + d]);
                }
                tmp[y * w + x] = best;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int best = tmp[y * w + x];
                for (int d = Math.max(0, y - RADIUS); d <= Math.min(h - 1, y + RADIUS); d++) {
                    best = max ? Math.max(best, tmp[d * w + x]) : Math.min(best, tmp[d * w + x]);
                }
                out[y * w + x] = best;
            }
        }
        return out;
    }

    private static BufferedImage gray(int[] v, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setSamples(0, 0, w, h, 0, v);
        return out;
    }
}
