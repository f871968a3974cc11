package perfdecl.pdf.scan.repair;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.OcrReading;
import perfdecl.pdf.scan.ScanTextPlausibility;

/**
 * Re-reading one badly read cell: the page image cropped to the cell (inside its rulings) and enlarged twice and
 * three times, since tesseract reads Chinese best at about 300 dpi and a page rendered at 150 dpi has lost detail
 * that one resampling keeps better than another; the engine's own confidence per character picks the enlargement
 * whose reading is surest. Then the choice between the first reading and the re-read: for an amount the one that
 * is a number; otherwise the re-read when it is clearly surer and no noisier, its characters then voted on with the
 * page's reading and the other enlargement ({@link ScanVote}); and where the re-read is kept out by one unsure
 * character but every enlargement is sure of most, the enlargements vote on the page's reading. Enlargements that
 * read differently leave the value unsure.
 */
public final class ScanReread {

    private static final double MIN_ACCEPT = 0.5;
    /** Below {@link perfdecl.grid.Token#UNCERTAIN}. */
    private static final double DISAGREED = 0.55;
    private static final int INSET = 4;
    /**
     * How much surer (mean confidence per character) another enlargement's reading must be to replace the first's:
     * above the jitter the same text shows between enlargements (up to about 0.07), so that only a real
     * difference in how legible the glyphs came out decides.
     */
    private static final double CLEARLY_SURER = 0.1;
    /** A re-read whose characters are this sure on average, though one of them is not. */
    private static final double MOSTLY_SURE = 0.8;

    private ScanReread() {
    }

    /** What the re-reading gave, and whether it replaces the first reading. */
    record Outcome(String text, double confidence, boolean replaced, String evidence) {
    }

    /**
     * The cell's inside on the page image at each of the engine's {@code enlargements}, the first preferred unless
     * another reads clearly surer; empty when too small to read.
     */
    static List<BufferedImage> crops(BufferedImage page, Box cell, double scale, double[] enlargements) {
        List<BufferedImage> out = new ArrayList<>();
        for (double factor : enlargements) {
            BufferedImage crop = crop(page, cell, scale, factor);
            if (crop == null) {
                return List.of();
            }
            out.add(crop);
        }
        return out;
    }

    /** The cell's inside on the page image, enlarged {@code factor} times; {@code null} when too small to read. */
    static BufferedImage crop(BufferedImage page, Box cell, double scale, double factor) {
        int x0 = Math.max(0, (int) Math.floor(cell.x() * scale) + INSET);
        int y0 = Math.max(0, (int) Math.floor(cell.y() * scale) + INSET);
        int x1 = Math.min(page.getWidth(), (int) Math.ceil(cell.right() * scale) - INSET);
        int y1 = Math.min(page.getHeight(), (int) Math.ceil(cell.bottom() * scale) - INSET);
        if (x1 - x0 < 8 || y1 - y0 < 8) {
            return null;
        }
        BufferedImage crop = page.getSubimage(x0, y0, x1 - x0, y1 - y0);
        BufferedImage out = new BufferedImage((int) Math.round(crop.getWidth() * factor),
                (int) Math.round(crop.getHeight() * factor), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(crop, 0, 0, out.getWidth(), out.getHeight(), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Which reading to keep of the first and the re-reads of its enlargements ({@code null} where one read
     * nothing); {@code null} when no re-read gave anything.
     */
    static Outcome choose(String first, double firstConfidence, List<OcrReading> variants, String engine) {
        List<OcrReading> read = variants.stream().filter(Objects::nonNull)
                .filter(r -> !r.text().isBlank()).toList();
        if (read.isEmpty()) {
            return null;
        }
        // an amount: only readings that make a number compete, when any does
        List<OcrReading> numbers = read.stream().filter(r -> readsAsNumber(r.text())).toList();
        OcrReading surest = numbers.isEmpty() ? read.get(0) : numbers.get(0);
        for (OcrReading r : numbers.isEmpty() ? read : numbers) {
            if (r.meanConfidence() > surest.meanConfidence() + CLEARLY_SURER) {
                surest = r;
            }
        }
        Outcome o = chooseOne(first, firstConfidence, surest, engine);
        String chosen = normalised(surest.text());
        List<String> others = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (OcrReading r : read) {
            if (r != surest) {
                others.add(normalised(r.text()));
                if (!normalised(r.text()).replaceAll("\\s+", "").equals(chosen.replaceAll("\\s+", ""))) {
                    shown.add(String.format(Locale.ROOT, "\"%s\" (%.2f)", oneLine(normalised(r.text())),
                            r.confidence()));
                }
            }
        }
        if (!o.replaced() && read.size() >= 2 && !ScanAmounts.isDigitLike(first)
                && read.stream().allMatch(r -> r.meanConfidence() >= MOSTLY_SURE)) {
            // kept for one unsure character, but every enlargement is sure of most: they vote on the page's reading
            List<String> variantTexts = read.stream().map(r -> normalised(r.text())).toList();
            String voted = ScanVote.vote(first, variantTexts);
            if (!voted.equals(first)) {
                String evidence = o.evidence() + (shown.isEmpty() ? "" : "; another enlargement read "
                        + String.join(", ", shown)) + "; the enlargements outvoted characters of the first reading: \""
                        + oneLine(voted) + "\"";
                return new Outcome(voted, Math.min(surest.confidence(), DISAGREED), true, evidence);
            }
        }
        if (shown.isEmpty()) {
            return o;
        }
        String evidence = o.evidence() + "; another enlargement read " + String.join(", ", shown);
        String text = o.text();
        if (o.replaced() && !ScanAmounts.isNumber(text)) {
            // the page's reading and the other enlargement vote on each character of the re-read kept
            others.add(0, first);
            String voted = ScanVote.vote(text, others);
            if (!voted.equals(text)) {
                evidence += "; voted character by character \"" + oneLine(voted) + "\"";
                text = voted;
            }
        }
        return new Outcome(text, o.replaced() ? Math.min(o.confidence(), DISAGREED) : o.confidence(),
                o.replaced(), evidence);
    }

    private static String normalised(String reading) {
        String text = ScanCjkText.join(reading.strip());
        String atLeast = ScanAmounts.repairAtLeast(text);
        return atLeast != null ? atLeast : text;
    }

    private static boolean readsAsNumber(String text) {
        String t = ScanCjkText.join(text.strip());
        String repaired = ScanAmounts.isDigitLike(t) ? ScanAmounts.repair(t) : null;
        return ScanAmounts.isNumber(repaired != null ? repaired : t.replaceAll("\\s+", ""));
    }

    /** Which of the first reading and one re-read to keep; {@code null} when the engine gave nothing. */
    private static Outcome chooseOne(String first, double firstConfidence, OcrReading reading, String engine) {
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
        String evidence = String.format(Locale.ROOT, "first reading \"%s\" (%.2f), %s re-read \"%s\" (%.2f);"
                        + " kept the %s", oneLine(first), firstConfidence, engine, oneLine(second), reading.confidence(),
                better ? "re-read" : "first reading");
        return new Outcome(second, better ? reading.confidence() : firstConfidence, better,
                evidence);
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
