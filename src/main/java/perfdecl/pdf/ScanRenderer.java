package perfdecl.pdf;

import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * PDFBox's renderer, drawing every page exactly as {@link PDFRenderer} does (the same pixels), but for the samples
 * of a plain 8-bit DeviceGray image (a grey scan: no mask, colour key or Decode array), which it draws as the
 * decoded bytes themselves, each level red, green and blue alike, where PDFBox converts them into an RGB image a
 * pixel at a time through {@code Raster.getPixel} and {@code setPixel} (what that saves: bench/OCR.md).
 */
final class ScanRenderer extends PDFRenderer {

    ScanRenderer(PDDocument document) {
        super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            @Override
            public void drawImage(PDImage image) throws IOException {
                super.drawImage(isPlainGray(image) ? new PlainGrayImage((PDImageXObject) image, true)
                        : isPlain(image) ? new PlainGrayImage((PDImageXObject) image, false) : image);
            }
        };
    }

    /**
     * Whether {@code image} is an image object drawn as its own pixels, nothing else asked of the object: no
     * optional content, stencil, colour key, mask or soft mask.
     */
    static boolean isPlain(PDImage image) throws IOException {
        return image instanceof PDImageXObject x && x.getOptionalContent() == null && !x.isStencil()
                && x.getColorKeyMask() == null && x.getMask() == null && x.getSoftMask() == null
                && !x.getCOSObject().containsKey(COSName.MASK) && !x.getCOSObject().containsKey(COSName.SMASK);
    }

    /**
     * Whether PDFBox would read {@code image} as its decoded bytes, one a pixel, each the gray level of R, G and B
     * alike ({@code SampledImageReader.from8bit} then {@code PDDeviceGray.toRGBImage}).
     */
    static boolean isPlainGray(PDImage image) throws IOException {
        if (!(image instanceof PDImageXObject x) || x.getOptionalContent() != null || x.isStencil()
                || x.getBitsPerComponent() != 8 || !(x.getColorSpace() instanceof PDDeviceGray)
                || x.getColorKeyMask() != null || x.getMask() != null || x.getSoftMask() != null) {
            return false;
        }
        COSArray decode = x.getDecode();
        if (decode != null && !(decode.size() == 2 && decode.get(0) instanceof COSNumber lo && lo.floatValue() == 0
                && decode.get(1) instanceof COSNumber hi && hi.floatValue() == 1)) {
            return false;
        }
        List<COSName> filters = x.getStream().getFilters();
        // a JPEG 2000 image is decoded when the object is made, with its own colour space
        return filters == null || !filters.contains(COSName.JPX_DECODE);
    }

    /**
     * The image object as PDFBox draws it, a gray one as its own samples; everything else is the object's
     * own ({@link PDImageXObject} is final, so this stands in for it: the page drawer asks an image object only for
     * its optional content, which {@link #isPlainGray} requires to be absent).
     */
    static final class PlainGrayImage implements PDImage {

        private final PDImageXObject image;
        /** Whether the image is plain gray ({@link #isPlainGray}), else only plain ({@link #isPlain}). */
        private final boolean gray;

        PlainGrayImage(PDImageXObject image, boolean gray) {
            this.image = image;
            this.gray = gray;
        }

        @Override
        public BufferedImage getImage() throws IOException {
            if (!gray) {
                return Shrinkable.of(image.getImage());
            }
            int width = image.getWidth(), height = image.getHeight();
            byte[] samples;
            try (InputStream in = image.createInputStream()) {
                samples = in.readNBytes(width * height);
            }
            if (samples.length < width * height) {
                // a short stream: PDFBox's reading, whatever it makes of it
                return Shrinkable.of(image.getImage());
            }
            return new GrayScan(width, height, samples);
        }

        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
            return region == null && subsampling == 1 ? getImage()
                    : Shrinkable.of(image.getImage(region, subsampling));
        }

        @Override
        public WritableRaster getRawRaster() throws IOException {
            return image.getRawRaster();
        }

        @Override
        public BufferedImage getRawImage() throws IOException {
            return image.getRawImage();
        }

        @Override
        public BufferedImage getStencilImage(Paint paint) throws IOException {
            return image.getStencilImage(paint);
        }

        @Override
        public InputStream createInputStream() throws IOException {
            return image.createInputStream();
        }

        @Override
        public InputStream createInputStream(List<String> stopFilters) throws IOException {
            return image.createInputStream(stopFilters);
        }

        @Override
        public InputStream createInputStream(DecodeOptions options) throws IOException {
            return image.createInputStream(options);
        }

        @Override
        public boolean isEmpty() {
            return image.isEmpty();
        }

        @Override
        public boolean isStencil() {
            return image.isStencil();
        }

        @Override
        public void setStencil(boolean isStencil) {
            image.setStencil(isStencil);
        }

        @Override
        public int getBitsPerComponent() {
            return image.getBitsPerComponent();
        }

        @Override
        public void setBitsPerComponent(int bitsPerComponent) {
            image.setBitsPerComponent(bitsPerComponent);
        }

        @Override
        public PDColorSpace getColorSpace() throws IOException {
            return image.getColorSpace();
        }

        @Override
        public void setColorSpace(PDColorSpace colorSpace) {
            image.setColorSpace(colorSpace);
        }

        @Override
        public int getHeight() {
            return image.getHeight();
        }

        @Override
        public void setHeight(int height) {
            image.setHeight(height);
        }

        @Override
        public int getWidth() {
            return image.getWidth();
        }

        @Override
        public void setWidth(int width) {
            image.setWidth(width);
        }

        @Override
        public void setDecode(COSArray decode) {
            image.setDecode(decode);
        }

        @Override
        public COSArray getDecode() {
            return image.getDecode();
        }

        @Override
        public boolean getInterpolate() {
            return image.getInterpolate();
        }

        @Override
        public void setInterpolate(boolean value) {
            image.setInterpolate(value);
        }

        @Override
        public String getSuffix() {
            return image.getSuffix();
        }

        @Override
        public COSBase getCOSObject() {
            return image.getCOSObject();
        }
    }

    /**
     * A gray scan's samples as the image PDFBox draws (its pixels, through a colour model of 256 grey entries, the
     * RGB PDFBox makes of them), which also shrinks itself as {@code Image.getScaledInstance(SCALE_SMOOTH)} does
     * (PDFBox shrinks an image drawn at under half its size so before drawing it: a 300 or 400 dpi scan rendered at
     * 150 dpi), to the same pixels: the JDK's {@code AreaAveragingScaleFilter} fed row by row from the RGB image, its
     * output as the toolkit image holds it (ARGB), computed here on the gray samples in one pass. The JDK's way sends
     * every pixel through colour models and image consumers and took most of a 300 dpi page's rendering
     * (bench/OCR.md). The samples are the image's raster, not copied: a shrunk scan's RGB copy (35 MB at 300 dpi)
     * was never read.
     */
    static final class GrayScan extends BufferedImage {

        private static final IndexColorModel LEVELS = levels();

        private final byte[] samples;

        GrayScan(int width, int height, byte[] samples) {
            super(LEVELS, Raster.createInterleavedRaster(new DataBufferByte(samples, width * height), width, height,
                    width, 1, new int[] {0}, null), false, null);
            this.samples = samples;
        }

        private static IndexColorModel levels() {
            byte[] ramp = new byte[256];
            for (int i = 0; i < ramp.length; i++) {
                ramp[i] = (byte) i;
            }
            return new IndexColorModel(8, 256, ramp, ramp, ramp);
        }

        @Override
        public Image getScaledInstance(int width, int height, int hints) {
            if (width <= 0 || height <= 0 || (hints & (SCALE_SMOOTH | SCALE_AREA_AVERAGING)) == 0) {
                return super.getScaledInstance(width, height, hints);
            }
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            areaAveraged(samples, getWidth(), getHeight(), width, height,
                    ((DataBufferInt) out.getRaster().getDataBuffer()).getData());
            return out;
        }
    }

    /**
     * Any opaque image as PDFBox decoded it (a 1-bit or colour scan), its own pixels (the same colour model and
     * raster), which shrinks itself as {@code Image.getScaledInstance(SCALE_SMOOTH)} does, to the same pixels: the
     * JDK's way fed the filter each pixel through {@code BufferedImage.getRGB(x, y)}, and the filter's every
     * pixel through the colour model again.
     */
    static final class Shrinkable extends BufferedImage {

        private Shrinkable(BufferedImage image) {
            super(image.getColorModel(), image.getRaster(), image.isAlphaPremultiplied(), null);
        }

        /** {@code image} able to shrink itself, when it is opaque; else {@code image}. */
        static BufferedImage of(BufferedImage image) {
            return image == null || image instanceof Shrinkable || image.getTransparency() != OPAQUE
                    || image.getPropertyNames() != null ? image : new Shrinkable(image);
        }

        @Override
        public Image getScaledInstance(int width, int height, int hints) {
            if (width <= 0 || height <= 0 || (hints & (SCALE_SMOOTH | SCALE_AREA_AVERAGING)) == 0) {
                return super.getScaledInstance(width, height, hints);
            }
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            areaAveraged(this, width, height, ((DataBufferInt) out.getRaster().getDataBuffer()).getData());
            return out;
        }
    }

    /**
     * {@code AreaAveragingScaleFilter}'s arithmetic on each pixel as {@code getRGB} gives it, alpha, red, green and
     * blue summed apart.
     */
    static void areaAveraged(BufferedImage image, int destWidth, int destHeight, int[] out) {
        int srcWidth = image.getWidth(), srcHeight = image.getHeight();
        float[] alphas = new float[destWidth], reds = new float[destWidth], greens = new float[destWidth],
                blues = new float[destWidth];
        int[] pixels = new int[srcWidth];
        float[] a = new float[srcWidth], r = new float[srcWidth], g = new float[srcWidth], b = new float[srcWidth];
        Spans spans = new Spans(srcWidth, destWidth);
        walk(srcHeight, destWidth, destHeight, out, new Sums() {
            @Override
            public void read(int y) {
                image.getRGB(0, y, srcWidth, 1, pixels, 0, srcWidth);
                for (int x = 0; x < srcWidth; x++) {
                    int rgb = pixels[x];
                    a[x] = rgb >>> 24;
                    r[x] = (rgb >> 16) & 0xff;
                    g[x] = (rgb >> 8) & 0xff;
                    b[x] = rgb & 0xff;
                    if (a[x] != 255.0f) {
                        float ascale = a[x] / 255.0f;
                        r[x] *= ascale;
                        g[x] *= ascale;
                        b[x] *= ascale;
                    }
                }
            }

            @Override
            public void clear() {
                Arrays.fill(alphas, 0f);
                Arrays.fill(reds, 0f);
                Arrays.fill(greens, 0f);
                Arrays.fill(blues, 0f);
            }

            @Override
            public void add(int amty) {
                int[] from = spans.from, to = spans.to;
                float[] amount = spans.amount;
                for (int k = 0; k < spans.n; k++) {
                    float mult = amount[k] * amty;
                    int sx = from[k], dx = to[k];
                    alphas[dx] += mult * a[sx];
                    reds[dx] += mult * r[sx];
                    greens[dx] += mult * g[sx];
                    blues[dx] += mult * b[sx];
                }
            }

            @Override
            public int[] row() {
                return ScanRenderer.row(alphas, reds, greens, blues, srcWidth, srcHeight, destWidth);
            }
        });
    }

    /** The filter's calcRow on separate sums of red, green and blue (a grey image passes its levels as all three). */
    private static int[] row(float[] alphas, float[] reds, float[] greens, float[] blues, int srcWidth, int srcHeight,
                             int destWidth) {
        float origmult = ((float) srcWidth) * srcHeight;
        int[] row = new int[destWidth];
        for (int x = 0; x < destWidth; x++) {
            float mult = origmult;
            int a = Math.round(alphas[x] / mult);
            if (a <= 0) {
                a = 0;
            } else if (a >= 255) {
                a = 255;
            } else {
                mult = alphas[x] / 255;
            }
            int r = Math.max(0, Math.min(255, Math.round(reds[x] / mult)));
            int g = Math.max(0, Math.min(255, Math.round(greens[x] / mult)));
            int b = Math.max(0, Math.min(255, Math.round(blues[x] / mult)));
            row[x] = a << 24 | r << 16 | g << 8 | b;
        }
        return row;
    }

    /**
     * {@code AreaAveragingScaleFilter}'s arithmetic (float sums, in its order) on opaque gray pixels delivered one
     * row at a time, as {@code OffScreenImageSource} delivers a buffered image's: every source pixel is spread over
     * the destination pixels it falls in, weighted by the overlap in units of 1/destination × 1/source size, and
     * each destination row is divided out and rounded once complete. Red, green and blue are the gray level
     * alike, so one sum serves the three.
     */
    static void areaAveraged(byte[] src, int srcWidth, int srcHeight, int destWidth, int destHeight, int[] out) {
        float[] levels = new float[destWidth], alphas = new float[destWidth];
        Spans spans = new Spans(srcWidth, destWidth);
        walk(srcHeight, destWidth, destHeight, out, new Sums() {
            private int off;

            @Override
            public void read(int y) {
                off = y * srcWidth;
            }

            @Override
            public void clear() {
                Arrays.fill(levels, 0f);
                Arrays.fill(alphas, 0f);
            }

            @Override
            public void add(int amty) {
                int[] from = spans.from, to = spans.to;
                float[] amount = spans.amount;
                for (int k = 0; k < spans.n; k++) {
                    float mult = amount[k] * amty;
                    int dx = to[k];
                    alphas[dx] += mult * 255f;
                    levels[dx] += mult * (src[off + from[k]] & 0xff);
                }
            }

            @Override
            public int[] row() {
                return ScanRenderer.row(alphas, levels, levels, levels, srcWidth, srcHeight, destWidth);
            }
        });
    }

    /** The sums of destination rows of one shrink, fed source rows by {@link #walk}. */
    private interface Sums {
        /** Source row {@code y} is the one added next. */
        void read(int y);

        /** A destination row begins: its sums to 0. */
        void clear();

        /** The source row read, each of its {@link Spans} weighted by {@code amty} more. */
        void add(int amty);

        /** The destination row complete, divided out. */
        int[] row();
    }

    /**
     * How the filter spreads a source row across the destination row, the same for every row: span {@code k} puts
     * source pixel {@code from[k]} into destination pixel {@code to[k]} with weight {@code amount[k]} (the overlap,
     * in units of 1/destination × 1/source width).
     */
    private static final class Spans {
        final int[] from, to;
        final float[] amount;
        final int n;

        Spans(int srcWidth, int destWidth) {
            from = new int[srcWidth + destWidth];
            to = new int[srcWidth + destWidth];
            amount = new float[srcWidth + destWidth];
            int k = 0, sx = 0, dx = 0, sxrem = 0, dxrem = srcWidth;
            while (sx < srcWidth) {
                if (sxrem == 0) {
                    sxrem = destWidth;
                }
                int amtx = Math.min(sxrem, dxrem);
                from[k] = sx;
                to[k] = dx;
                amount[k] = amtx;
                k++;
                if ((sxrem -= amtx) == 0) {
                    sx++;
                }
                if ((dxrem -= amtx) == 0) {
                    dx++;
                    dxrem = srcWidth;
                }
            }
            n = k;
        }
    }

    /**
     * The filter's walk down the image (its accumPixels called once per source row, in order): each source row
     * added to the destination rows it falls in, weighted by the overlap, and each destination row put out once
     * complete (a source row taller than a destination row, enlarging, puts out several alike).
     */
    private static void walk(int srcHeight, int destWidth, int destHeight, int[] out, Sums sums) {
        int dy = 0, dyrem = 0;
        for (int y = 0; y < srcHeight; y++) {
            sums.read(y);
            int sy = y;
            int syrem = destHeight;
            while (sy < y + 1) {
                if (dyrem == 0) {
                    sums.clear();
                    dyrem = srcHeight;
                }
                int amty = Math.min(syrem, dyrem);
                sums.add(amty);
                if ((dyrem -= amty) == 0) {
                    int[] row = sums.row();
                    do {
                        System.arraycopy(row, 0, out, dy * destWidth, destWidth);
                        dy++;
                    } while ((syrem -= amty) >= amty && amty == srcHeight);
                } else {
                    syrem -= amty;
                }
                if (syrem == 0) {
                    syrem = destHeight;
                    sy++;
                }
            }
        }
    }
}
