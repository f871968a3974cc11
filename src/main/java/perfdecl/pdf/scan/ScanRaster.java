package perfdecl.pdf.scan;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * A rendered page as gray levels and dark/light pixels. Pixel (x, y) is dark when its gray level is below the
 * page's threshold; {@code scale} is pixels per PDF point.
 */
public final class ScanRaster {

    public final int width, height;
    public final double scale;
    private final boolean[] dark;
    private final int[] levels;
    private final int paper;
    /** How far below the paper's level a pixel is visibly gray. */
    private static final int GRAY = 40;

    public ScanRaster(BufferedImage gray, double scale) {
        this.scale = scale;
        this.width = gray.getWidth();
        this.height = gray.getHeight();
        levels = levels(gray);
        // one histogram for the threshold and the paper: the page's pixels are counted once, not three times
        long[] hist = histogram(levels);
        paper = paper(hist, levels.length);
        int threshold = Math.min(otsu(hist, levels.length), Math.max(60, paper * 2 / 3));
        dark = new boolean[levels.length];
        for (int i = 0; i < levels.length; i++) {
            dark[i] = levels[i] < threshold;
        }
    }

    /**
     * The image's gray levels (band 0), read straight from a gray image's own bytes where it has a plain layout
     * (the page images the layout makes), else through its raster.
     */
    private static int[] levels(BufferedImage gray) {
        int w = gray.getWidth(), h = gray.getHeight();
        int[] levels = new int[w * h];
        WritableRaster raster = gray.getRaster();
        if (gray.getType() == BufferedImage.TYPE_BYTE_GRAY && raster.getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1 && buffer.getOffset() == 0 && buffer.getSize() == w * h
                && raster.getSampleModel() instanceof ComponentSampleModel model && model.getScanlineStride() == w
                && model.getPixelStride() == 1 && model.getBandOffsets()[0] == 0
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
            byte[] data = buffer.getData();
            for (int i = 0; i < levels.length; i++) {
                levels[i] = data[i] & 0xff;
            }
            return levels;
        }
        raster.getSamples(0, 0, w, h, 0, levels);
        return levels;
    }

    /** A raster from given dark pixels (drawn test images, erased copies): dark is black, the rest white. */
    public ScanRaster(boolean[] dark, int width, int height, double scale) {
        this.scale = scale;
        this.width = width;
        this.height = height;
        this.dark = dark;
        this.levels = new int[dark.length];
        for (int i = 0; i < dark.length; i++) {
            levels[i] = dark[i] ? 0 : 255;
        }
        this.paper = 255;
    }

    public boolean dark(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && dark[y * width + x];
    }

    /** The dark pixels ({@code y * width + x}), the raster's own array: what {@link #dark} reads inside the image. */
    boolean[] darkPixels() {
        return dark;
    }

    /** The gray levels ({@code y * width + x}), the raster's own array: what {@link #level} reads inside the image. */
    int[] levelPixels() {
        return levels;
    }

    /** Dark, or visibly gray: a thin line the scan blurred below the text threshold. */
    public boolean inked(int x, int y) {
        return dark(x, y) || level(x, y) < paper - GRAY;
    }

    /**
     * Which pixels are {@link #inked} ({@code y * width + x}), as they are now: a new array, not kept up to date with
     * pixels cleared later.
     */
    boolean[] inkedPixels() {
        boolean[] out = new boolean[dark.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = dark[i] || levels[i] < paper - GRAY;
        }
        return out;
    }

    /**
     * A copy in which every visibly gray pixel ({@link #inked}) is dark, drawn black on white; {@code null} when
     * that darkens none that is not dark already.
     */
    ScanRaster grayAsDark() {
        boolean[] d = inkedPixels();
        return Arrays.equals(d, dark) ? null : new ScanRaster(d, width, height, scale);
    }

    /** Gray level at (x, y); paper white outside the image. */
    public int level(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height ? levels[y * width + x] : 255;
    }

    /** The paper's gray level (the page's median level). */
    public int paper() {
        return paper;
    }

    /** Makes the pixel paper. */
    void clear(int x, int y) {
        if (x >= 0 && y >= 0 && x < width && y < height) {
            dark[y * width + x] = false;
            levels[y * width + x] = paper;
        }
    }

    /** Gives a cleared pixel back what it is in {@code from}, an image of the same size. */
    void restore(ScanRaster from, int x, int y) {
        if (x >= 0 && y >= 0 && x < width && y < height) {
            levels[y * width + x] = from.levels[y * width + x];
            dark[y * width + x] = from.dark[y * width + x];
        }
    }

    private ScanRaster(ScanRaster from) {
        this.scale = from.scale;
        this.width = from.width;
        this.height = from.height;
        this.dark = from.dark.clone();
        this.levels = from.levels.clone();
        this.paper = from.paper;
    }

    /** A copy whose pixels can be cleared without touching this one. */
    ScanRaster copy() {
        return new ScanRaster(this);
    }

    /** The dark pixels as a black-on-white image, for OCR of a cleaned page. */
    BufferedImage toImage() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = dark[y * width + x] ? 0 : 255;
            }
            out.getRaster().setSamples(0, y, width, 1, 0, row);
        }
        return out;
    }

    /** Share of dark pixels in the rectangle (pixels, clipped to the image). */
    public double ink(int x0, int y0, int x1, int y1) {
        int n = 0, d = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                n++;
                if (dark[y * width + x]) {
                    d++;
                }
            }
        }
        return n == 0 ? 0 : d / (double) n;
    }

    /**
     * Otsu's threshold, but never above two thirds of the paper's level: scanner noise and JPEG ringing spread the
     * paper into a wide light hump that Otsu would otherwise cut through, making speckle dark.
     */
    static int threshold(int[] levels) {
        long[] hist = histogram(levels);
        return Math.min(otsu(hist, levels.length), Math.max(60, paper(hist, levels.length) * 2 / 3));
    }

    private static long[] histogram(int[] levels) {
        long[] hist = new long[256];
        for (int v : levels) {
            hist[Math.max(0, Math.min(255, v))]++;
        }
        return hist;
    }

    /** The median level of {@code n} pixels counted in {@code hist}. */
    private static int paper(long[] hist, int n) {
        int seen = 0;
        for (int i = 0; i < 256; i++) {
            seen += (int) hist[i];
            if (seen * 2 >= n) {
                return i;
            }
        }
        return 255;
    }

    /** Otsu's threshold, kept between 60 and 200 so a blank or a black page does not invert. */
    private static int otsu(long[] hist, int n) {
        long total = n;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += i * (double) hist[i];
        }
        double sumB = 0, best = -1;
        long wB = 0;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += t * (double) hist[t];
            double mB = sumB / wB, mF = (sum - sumB) / wF;
            double between = wB * (double) wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t + 1;
            }
        }
        return Math.max(60, Math.min(200, threshold));
    }
}
