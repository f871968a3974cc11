package perfdecl.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;

import perfdecl.grid.Box;

/**
 * Re-reading one badly read cell: the page image cropped to the cell (inside its rulings, doubled in size, since
 * tesseract reads Chinese best at about 300 dpi), and the choice between the first reading and tesseract's: for
 * an amount the one that is a number; otherwise tesseract's when it is clearly surer and no noisier.
 */
final class ScanReread {

    private static final double MIN_ACCEPT = 0.5;
    private static final int INSET = 4;

    private ScanReread() {
    }

    /** What the re-reading gave, and whether it replaces the first reading. */
    record Outcome(String text, double confidence, boolean replaced, String evidence) {
    }

    /** The cell's inside on the page image, enlarged twice; {@code null} when too small to read. */
    static BufferedImage crop(BufferedImage page, Box cell, double scale) {
        int x0 = Math.max(0, (int) Math.floor(cell.x() * scale) + INSET);
        int y0 = Math.max(0, (int) Math.floor(cell.y() * scale) + INSET);
        int x1 = Math.min(page.getWidth(), (int) Math.ceil(cell.right() * scale) - INSET);
        int y1 = Math.min(page.getHeight(), (int) Math.ceil(cell.bottom() * scale) - INSET);
        if (x1 - x0 < 8 || y1 - y0 < 8) {
            return null;
        }
        BufferedImage crop = page.getSubimage(x0, y0, x1 - x0, y1 - y0);
        BufferedImage out = new BufferedImage(crop.getWidth() * 2, crop.getHeight() * 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(crop, 0, 0, out.getWidth(), out.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Which reading to keep; {@code null} when tesseract gave nothing. */
    static Outcome choose(String first, double firstConfidence, TesseractOcr.Reading reading) {
        if (reading == null) {
            return null;
        }
        String second = ScanCjkText.join(reading.text().strip());
        String atLeast = ScanAmounts.repairAtLeast(second);
        if (atLeast != null) {
            second = atLeast;
        }
        boolean better = false;
        boolean decided = false;
        if (ScanAmounts.isDigitLike(first) || ScanAmounts.isDigitLike(second)) {
            String repaired = ScanAmounts.repair(second);
            String candidate = repaired != null ? repaired : second.replaceAll("\\s+", "");
            if (ScanAmounts.isNumber(candidate) != ScanAmounts.isNumber(first)) {
                better = ScanAmounts.isNumber(candidate);
                second = better ? candidate : second;
                decided = true;
            }
        }
        if (!decided) {
            better = !second.isBlank() && reading.confidence() > firstConfidence + 0.05
                    && (reading.confidence() >= MIN_ACCEPT || reading.confidence() >= firstConfidence + 0.3)
                    && ScanTextPlausibility.of(second) >= ScanTextPlausibility.of(first) - 0.1;
        }
        String evidence = String.format(Locale.ROOT, "first reading \"%s\" (%.2f), tesseract re-read \"%s\" (%.2f);"
                        + " kept the %s", oneLine(first), firstConfidence, oneLine(second), reading.confidence(),
                better ? "re-read" : "first reading");
        return new Outcome(second, better ? reading.confidence() : firstConfidence, better,
                evidence);
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
