package perfdecl.pdf.scan.repair;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanRaster;

/**
 * Judges an amount cell read as one digit string written twice ("860000860000"): the engine read the same printed
 * amount twice (two overlapping detections, a cell read with its neighbour's crop), or the cell really holds two
 * amounts run together, or the amount really is such a string (100100). The cell's ink tells them apart: the width
 * of its one line of digits against its height says how many digits were printed there. One amount's width is
 * read as that amount; a blank wide enough for another amount between two runs of digits, or a width that fits
 * neither, is unsure; a width that fits the whole string is left as read.
 */
final class ScanDoubledAmounts {

    /**
     * Advance of a printed digit over the height of its ink: about 0.85 in the Song and Hei faces forms are
     * printed in, so one amount covers half the string's width and the whole string all of it.
     */
    private static final double DIGIT_ADVANCE = 0.85;
    /** Up to this share of the string's width, the ink holds one amount, not two. */
    private static final double ONE_AMOUNT = 0.7;
    /** From this share of the string's width, the ink holds the whole string. */
    private static final double WHOLE_STRING = 0.85;
    /** A blank this many line heights wide between runs of ink parts two amounts. */
    private static final double APART = 1.5;
    /** Digits the repeated half has at least: shorter repeats (1010, 1212) are common amounts. */
    private static final int MIN_HALF_DIGITS = 3;

    private ScanDoubledAmounts() {
    }

    /** The first half of a number that is one digit string written twice (spaces ignored), or {@code null}. */
    static String half(String text) {
        String s = text.replaceAll("\\s+", "");
        if (s.length() % 2 != 0 || s.isEmpty()) {
            return null;
        }
        String h = s.substring(0, s.length() / 2);
        if (!h.equals(s.substring(s.length() / 2)) || !ScanAmounts.isNumber(h)
                || h.chars().filter(Character::isDigit).count() < MIN_HALF_DIGITS) {
            return null;
        }
        return h;
    }

    /**
     * The judged text for a cell read as a doubled amount: the one amount where the ink holds one, the text as read
     * but unsure where the ink cannot tell; {@code null} when the text is no doubled amount or the ink holds all of
     * it.
     */
    static InkReview review(String text, ScanRaster r, Box cell) {
        String half = half(text);
        if (half == null) {
            return null;
        }
        String read = text.replaceAll("\\s+", "");
        int inset = (int) Math.ceil(2 * r.scale);
        int x0 = Math.max(0, (int) (cell.x() * r.scale) + inset), y0 = Math.max(0, (int) (cell.y() * r.scale) + inset);
        int x1 = Math.min(r.width, (int) (cell.right() * r.scale) - inset);
        int y1 = Math.min(r.height, (int) (cell.bottom() * r.scale) - inset);
        int top = -1, bottom = -1, lines = 0;
        for (int y = y0; y < y1; y++) {
            boolean inked = false;
            for (int x = x0; x < x1 && !inked; x++) {
                inked = r.dark(x, y);
            }
            if (inked && (bottom < 0 || y > bottom + 1)) {
                lines++;
                if (top < 0) {
                    top = y;
                }
            }
            if (inked) {
                bottom = y;
            }
        }
        String unsure = "\"" + read + "\" is the digits \"" + half + "\" twice";
        if (lines != 1) {
            return new InkReview(read, true, unsure + "; the cell's ink is not one line of digits ("
                    + lines + " lines)");
        }
        int height = bottom - top + 1, left = -1, right = -1, gap = 0, run = 0;
        for (int x = x0; x < x1; x++) {
            boolean inked = false;
            for (int y = top; y <= bottom && !inked; y++) {
                inked = r.dark(x, y);
            }
            if (inked) {
                if (left >= 0) {
                    gap = Math.max(gap, run);
                }
                if (left < 0) {
                    left = x;
                }
                right = x;
                run = 0;
            } else {
                run++;
            }
        }
        double width = right - left + 1;
        double whole = read.length() * DIGIT_ADVANCE * height;
        String measures = String.format(java.util.Locale.ROOT, "ink %.0f px wide, %d px tall: %.2f of the width"
                + " of %d digits", width, height, width / whole, read.length());
        if (gap > APART * height) {
            return new InkReview(read, true, unsure + "; two runs of ink " + gap + " px apart (" + measures + ")");
        }
        if (width <= ONE_AMOUNT * whole) {
            return new InkReview(half, false, "\"" + read + "\" is the digits \"" + half + "\" twice, and the ink"
                    + " holds one amount (" + measures + ")");
        }
        if (width >= WHOLE_STRING * whole) {
            return null;
        }
        return new InkReview(read, true, unsure + " (" + measures + ")");
    }
}
