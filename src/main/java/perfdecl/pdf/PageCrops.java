package perfdecl.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import perfdecl.grid.UnreadableInputException;

/**
 * The part of a page where a value was read, for a person to check it: the page rendered as it is shown, cut
 * around the value's rectangle (PDF points, origin top-left) with some of its surroundings, the rectangle
 * highlighted. Under the same caps as reading.
 */
public final class PageCrops {

    /** 2× (144 dpi): form text of 9–10 pt comes out about 20 pixels high. */
    private static final float SCALE = 2f;
    private static final double MARGIN_X = 36;
    private static final double MARGIN_Y = 24;
    private static final double MAX_HEIGHT = 420;

    private PageCrops() {
    }

    /** A PNG of page {@code page} (1-based) of {@code pdf} around the rectangle, or of the whole page for an empty one. */
    public static byte[] png(Path pdf, int page, double x, double y, double width, double height)
            throws IOException, UnreadableInputException {
        try (ReleasedDocument released = new ReleasedDocument(PDDocument.load(pdf.toFile(),
                MemoryUsageSetting.setupMixed(32L << 20)))) {
            PDDocument doc = released.document();
            PdfLimits.STANDARD.check(doc);
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new UnreadableInputException("no page " + page + " in " + pdf.getFileName());
            }
            BufferedImage image = new PDFRenderer(doc).renderImage(page - 1, SCALE, ImageType.RGB);
            return encode(cut(image, x, y, width, height));
        }
    }

    static BufferedImage cut(BufferedImage image, double x, double y, double width, double height) {
        boolean whole = width <= 0 || height <= 0;
        double top = whole ? 0 : Math.max(0, y - MARGIN_Y);
        double left = whole ? 0 : Math.max(0, x - MARGIN_X);
        double bottom = whole ? image.getHeight() / SCALE : Math.min(image.getHeight() / SCALE,
                Math.min(y + height + MARGIN_Y, top + MAX_HEIGHT));
        double right = whole ? image.getWidth() / SCALE : Math.min(image.getWidth() / SCALE, x + width + MARGIN_X);
        int px = (int) Math.floor(left * SCALE);
        int py = (int) Math.floor(top * SCALE);
        int pw = Math.max(1, Math.min(image.getWidth() - px, (int) Math.ceil((right - left) * SCALE)));
        int ph = Math.max(1, Math.min(image.getHeight() - py, (int) Math.ceil((bottom - top) * SCALE)));
        BufferedImage crop = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = crop.createGraphics();
        try {
            g.drawImage(image.getSubimage(px, py, pw, ph), 0, 0, null);
            if (!whole) {
                int rx = (int) Math.round((x - left) * SCALE);
                int ry = (int) Math.round((y - top) * SCALE);
                int rw = (int) Math.round(width * SCALE);
                int rh = (int) Math.round(Math.min(height, MAX_HEIGHT) * SCALE);
                g.setColor(new Color(255, 214, 0, 60));
                g.fillRect(rx, ry, rw, rh);
                g.setColor(new Color(220, 30, 30));
                g.setStroke(new BasicStroke(3f));
                g.drawRect(rx, ry, rw, rh);
            }
        } finally {
            g.dispose();
        }
        return crop;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
