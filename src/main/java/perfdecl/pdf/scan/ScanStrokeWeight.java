package perfdecl.pdf.scan;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Gives a clean render of vector text the stroke weight of print. At the scan resolution a vector page's Song
 * strokes come out one gray pixel wide, where a scanned page has them two or three dark pixels wide; tesseract,
 * trained on the latter, misreads whole words of such hairline print (资金用途 as 二人用这, a 5 doubled in an amount).
 * Every pixel takes the darkest value of the 2×2 square it begins, widening each stroke by one pixel right and down
 * ({@link #thicken}), or of itself and its right neighbour only ({@link #widen}): thickened downwards too, the
 * lines of a tight two-line cell may close up so that the engine reads them as one.
 */
final class ScanStrokeWeight {

    private ScanStrokeWeight() {
    }

    /** A copy of a gray image with every stroke a pixel wider sideways (the image itself is left as it is). */
    static BufferedImage widen(BufferedImage gray) {
        int w = gray.getWidth(), h = gray.getHeight();
        Raster in = gray.getRaster();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster o = out.getRaster();
        int[] row = new int[w], dark = new int[w];
        for (int y = 0; y < h; y++) {
            in.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                dark[x] = Math.min(row[x], row[Math.min(x + 1, w - 1)]);
            }
            o.setSamples(0, y, w, 1, 0, dark);
        }
        return out;
    }

    /** A thickened copy of a gray image (the image itself is left as it is). */
    static BufferedImage thicken(BufferedImage gray) {
        int w = gray.getWidth(), h = gray.getHeight();
        Raster in = gray.getRaster();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster o = out.getRaster();
        int[] row = new int[w], below = new int[w], dark = new int[w];
        in.getSamples(0, 0, w, 1, 0, row);
        for (int y = 0; y < h; y++) {
            if (y + 1 < h) {
                in.getSamples(0, y + 1, w, 1, 0, below);
            } else {
                System.arraycopy(row, 0, below, 0, w);
            }
            for (int x = 0; x < w; x++) {
                int x1 = Math.min(x + 1, w - 1);
                dark[x] = Math.min(Math.min(row[x], row[x1]), Math.min(below[x], below[x1]));
            }
            o.setSamples(0, y, w, 1, 0, dark);
            int[] t = row;
            row = below;
            below = t;
        }
        return out;
    }
}
