package perfdecl.pdf.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * Estimates and removes the small rotation of a scanned page. Table rulings and text lines project onto sharp
 * peaks when the page is projected along their true direction, so the angle whose row profile has the largest
 * sum of squares wins (searched over ±3.25°, coarse then fine: archive scans stand up to 3° off).
 */
final class ScanSkew {

    static final double MAX_DEGREES = 3.25;

    private ScanSkew() {
    }

    /** The page's skew in degrees: positive when lines fall to the right (clockwise in image coordinates). */
    static double estimate(ScanRaster r) {
        int step = Math.max(1, (int) Math.round(r.scale));
        int[] xs = new int[r.width * r.height / step + 1];
        int[] ys = new int[xs.length];
        int n = 0;
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x += step) {
                if (r.dark(x, y)) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 50) {
            return 0;
        }
        double best = 0, bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.25) {
            double s = score(xs, ys, n, a, r.width, r.height, 1);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.25; a <= coarse + 0.25 + 1e-9; a += 0.05) {
            double s = score(xs, ys, n, a, r.width, r.height, 1);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    /** Sum of squared row counts; bins are {@code step} pixels high. */
    private static double score(int[] xs, int[] ys, int n, double degrees, int width, int height, int step) {
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) Math.ceil(Math.abs(t) * width) + 1;
        int[] bins = new int[(height + 2 * pad) / step + 1];
        for (int i = 0; i < n; i++) {
            // as in ScanOrientation.sharpest: below 0 is outside the bins, at or above it the cast is the floor
            double at = (ys[i] - xs[i] * t + pad) / step;
            if (at >= 0 && at < bins.length) {
                bins[(int) at]++;
            }
        }
        double s = 0;
        for (int v : bins) {
            s += (double) v * v;
        }
        return s;
    }

    /** The rotation that undoes {@code degrees} of skew, about the image centre. */
    static AffineTransform correction(double degrees, int width, int height) {
        return AffineTransform.getRotateInstance(-Math.toRadians(degrees), width / 2.0, height / 2.0);
    }

    static BufferedImage rotate(BufferedImage gray, AffineTransform t) {
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(gray, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static Point2D map(AffineTransform t, double x, double y) {
        return t.transform(new Point2D.Double(x, y), null);
    }
}
