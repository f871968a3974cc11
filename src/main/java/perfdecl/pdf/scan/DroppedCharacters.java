package perfdecl.pdf.scan;

import java.util.Locale;

/**
 * Whether a recognised line has lost characters: CTC recognisers drop a character silently when the blank wins at its
 * step (PP-OCRv4 drops "缮", an opening "《" or a closing "，" so, every character left read at 0.99), and a
 * deletion has no probability to check. What it leaves is ink no character explains: between two neighbouring
 * characters' steps more ink than their typical widths (a Chinese character about an em, a digit or Latin letter
 * about half of one, the em being the line's ink height) and the blank between them account for, or ink beyond the
 * first or last character's step by more than that character's half width. Either by more than about ¾ em is a
 * character's worth: a deletion, not spacing or the step's placing (a step is a sixth of an em, and a character is
 * read a step or two off its centre).
 */
final class DroppedCharacters {

    /** Unexplained ink, in ems, that stands for a lost character rather than spacing or a step's placing. */
    static final double MISSING = 0.75;
    /** A line's characters stand this far apart, in ems of their typical widths: printed Chinese is set a little wider than its ink is high. */
    private static final double PITCH = 1.1;
    /** A blank this many ems wide is a gap between words (a space), not a lost character. */
    private static final double WORD_GAP = 0.3;
    /** What a checkbox is read as, when it is read at all. */
    private static final String BOXES = "口□☐☑☒";

    private DroppedCharacters() {
    }

    /**
     * The most unexplained ink on the line and where it is.
     *
     * @param ems   unexplained ink in ems (0 when every stretch of ink is accounted for)
     * @param where "before", "after" or "between N and N+1" (character indices)
     */
    record Finding(double ems, String where) {
        boolean lost() {
            return ems > MISSING;
        }

        String evidence() {
            return String.format(Locale.ROOT, "%.1f em of ink %s no character was read for", ems, where);
        }
    }

    /**
     * A line's ink as its crop holds it: the ink's columns, left to right, from {@code offset} pixels into the crop,
     * {@code em} pixels high.
     */
    record Ink(boolean[] columns, double offset, double em) {
        /** {@link DroppedCharacters#check} of a reading of the crop, its steps in the crop's pixels. */
        Finding check(String text, double[] centres) {
            double[] shifted = new double[centres.length];
            for (int i = 0; i < centres.length; i++) {
                shifted[i] = centres[i] - offset;
            }
            return DroppedCharacters.check(text, shifted, columns, em);
        }
    }

    /**
     * Checks a line read as {@code text}, its characters' steps at {@code centres} (pixels from the ink's left end,
     * one per character of {@code text}), against the line's ink columns ({@code inked}, left to right, the ink's
     * height being {@code em} pixels). An empty reading of a line with ink is all unexplained.
     */
    static Finding check(String text, double[] centres, boolean[] inked, double em) {
        int first = 0, last = inked.length;
        while (first < last && !inked[first]) {
            first++;
        }
        while (last > first && !inked[last - 1]) {
            last--;
        }
        if (first >= last || em <= 0) {
            return new Finding(0, "nowhere");
        }
        int[] cps = text.codePoints().toArray();
        int n = Math.min(cps.length, centres.length);
        int[] keep = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Character.isWhitespace(cps[i])) {
                keep[m++] = i;
            }
        }
        if (m == 0) {
            return new Finding((last - first) / em, "on a line read as nothing");
        }
        if (text.codePoints().anyMatch(cp -> BOXES.indexOf(cp) >= 0)) {
            // a row of choices: a box the recogniser reads as nothing is as wide as a character, and no text
            return new Finding(0, "nowhere (a row of checkboxes)");
        }
        Finding worst = new Finding(0, "nowhere");
        int a = keep[0], z = keep[m - 1];
        double before = (centres[a] - first - 0.5 * width(cps[a]) * em - blank(inked, first,
                (int) Math.floor(centres[a]), em)) / em;
        worst = worse(worst, before, "before the first character");
        double after = (last - centres[z] - 0.5 * width(cps[z]) * em - blank(inked,
                (int) Math.ceil(centres[z]), last, em)) / em;
        worst = worse(worst, after, "after the last character");
        for (int k = 0; k + 1 < m; k++) {
            int i = keep[k], j = keep[k + 1];
            double explained = PITCH * 0.5 * (width(cps[i]) + width(cps[j])) * em;
            double between = (centres[j] - centres[i] - explained
                    - blank(inked, (int) Math.ceil(centres[i]), (int) Math.floor(centres[j]), em)) / em;
            worst = worse(worst, between, "between characters " + (k + 1) + " and " + (k + 2));
        }
        return worst;
    }

    /** A character's typical width in ems: as the recogniser's characters are placed, but a percent sign is wide. */
    static double width(int cp) {
        return cp == '%' ? 0.9 : RapidOcr.width(cp);
    }

    private static Finding worse(Finding worst, double ems, String where) {
        return ems > worst.ems() ? new Finding(ems, where) : worst;
    }

    /** The columns in [from, to) that lie in blanks at least a word gap wide. */
    private static double blank(boolean[] inked, int from, int to, double em) {
        from = Math.max(0, from);
        to = Math.min(inked.length, to);
        double total = 0;
        int run = 0;
        for (int x = from; x <= to; x++) {
            if (x < to && !inked[x]) {
                run++;
            } else {
                if (run >= WORD_GAP * em) {
                    total += run;
                }
                run = 0;
            }
        }
        return total;
    }
}
