package perfdecl.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;

import perfdecl.grid.Box;

/**
 * Re-reads one badly read cell with tesseract on the page image cropped to the cell (inside its rulings, doubled
 * in size: tesseract reads Chinese best at about 300 dpi) and keeps the better of the two readings: for an amount
 * the one that is a number, for text the one with fewer stroke and speck characters when tesseract is sure enough.
 */
final class ScanReread {

    private static final double MIN_ACCEPT = 0.6;

    private ScanReread() {
    }

    /** What the re-reading gave, and whether it replaces the first reading. */
    record Outcome(String text, double confidence, boolean replaced, String evidence) {
    }

    static Outcome reread(BufferedImage page, Box cell, double scale, String first, double firstConfidence) {
        int inset = 4;
        int x0 = (int) Math.floor(cell.x() * scale) + inset, y0 = (int) Math.floor(cell.y() * scale) + inset;
        int x1 = (int) Math.ceil(cell.right() * scale) - inset, y1 = (int) Math.ceil(cell.bottom() * scale) - inset;
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(page.getWidth(), x1);
        y1 = Math.min(page.getHeight(), y1);
        if (x1 - x0 < 8 || y1 - y0 < 8) {
            return null;
        }
        BufferedImage crop = enlarged(page.getSubimage(x0, y0, x1 - x0, y1 - y0));
        TesseractOcr.Reading r = TesseractOcr.readBlock(crop);
        if (r == null) {
            return null;
        }
        String second = ScanCjkText.join(r.text().strip());
        boolean better;
        if (ScanAmounts.isDigitLike(first) || ScanAmounts.isDigitLike(second)) {
            String repaired = ScanAmounts.repair(second);
            if (repaired != null) {
                second = repaired;
            } else {
                second = second.replaceAll("\\s+", "");
            }
            better = ScanAmounts.isNumber(second) && !ScanAmounts.isNumber(first);
        } else {
            better = !second.isBlank() && r.confidence() >= MIN_ACCEPT
                    && ScanTextPlausibility.of(second) >= ScanTextPlausibility.of(first);
        }
        String evidence = String.format(Locale.ROOT, "text layer \"%s\" (%.2f), tesseract \"%s\" (%.2f); kept the %s",
                oneLine(first), firstConfidence, oneLine(second), r.confidence(), better ? "tesseract reading"
                        : "text layer");
        return new Outcome(second, better ? Math.max(r.confidence(), 0.6) : firstConfidence, better, evidence);
    }

    private static BufferedImage enlarged(BufferedImage crop) {
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

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
