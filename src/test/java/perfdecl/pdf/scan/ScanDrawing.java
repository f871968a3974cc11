package perfdecl.pdf.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

/** Gray page images drawn in code for the pixel stages, at the scan reader's 150 dpi. */
public final class ScanDrawing {

    public static final double SCALE = ScanPageLayout.DPI / 72.0;
    static final int PAPER = 248;

    private ScanDrawing() {
    }

    /** A paper-coloured gray image of the given size in pixels, drawn on by {@code draw} with antialiasing. */
    public static BufferedImage image(int width, int height, Consumer<Graphics2D> draw) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(PAPER, PAPER, PAPER));
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1.5f));
            draw.accept(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A Song (serif) and a Hei (sans) CJK font from Debian's fonts-arphic-uming and fonts-wqy-zenhei. */
    public static final String SONG = "/usr/share/fonts/truetype/arphic/uming.ttc";
    public static final String HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    /** One line of text in a cell {@code width} × 40 px, about 10 pt as forms are printed, as the reader sees it. */
    public static ScanRaster textLine(String fontFile, String text, int width) throws IOException, FontFormatException {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(fontFile)).deriveFont(21f);
        return new ScanRaster(image(width, 40, g -> {
            g.setFont(font);
            g.drawString(text, 10, 28);
        }), SCALE);
    }

    /**
     * Lines of text one under another in a cell {@code width} px wide, each 30 px below the last, drawn as
     * {@link #textLine} draws one.
     */
    public static ScanRaster textLines(String fontFile, int width, String... lines)
            throws IOException, FontFormatException {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(fontFile)).deriveFont(21f);
        return new ScanRaster(image(width, 10 + 30 * lines.length, g -> {
            g.setFont(font);
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 10, 28 + 30 * i);
            }
        }), SCALE);
    }

    /** A pen tick, as filers mark a box, inside the 20 px box whose top-left corner is ({@code x}, {@code y}). */
    static void tick(Graphics2D g, int x, int y) {
        g.setStroke(new BasicStroke(2.5f));
        Path2D tick = new Path2D.Double();
        tick.moveTo(x + 3, y + 10);
        tick.lineTo(x + 8, y + 16);
        tick.lineTo(x + 17, y + 3);
        g.draw(tick);
    }

    static Color gray(int level) {
        return new Color(level, level, level);
    }
}
