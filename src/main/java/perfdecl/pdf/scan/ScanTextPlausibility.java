package perfdecl.pdf.scan;

/**
 * How plausible a word of a PDF text layer is, for want of the OCR engine's own confidence (a text layer does not
 * keep it): Chinese, digits, letters and form punctuation read as text; strokes, bars and quote fragments are what
 * OCR makes of table lines, stamps and specks.
 */
public final class ScanTextPlausibility {

    /**
     * What a text layer word is worth when nothing speaks against it: an OCR layer of unknown origin (on the
     * scanned fixtures, tesseract's own layer gets a third of the amounts right), so below
     * {@link perfdecl.grid.Token#UNCERTAIN}.
     */
    public static final double TEXT_LAYER = 0.5;

    private static final String NOISE = "|_~`^*¦‖丨丿乙\\/'\"“”‘’<>〈〉{}[]=+#@$&_—-";

    private ScanTextPlausibility() {
    }

    public static double of(String word) {
        int noise = 0, n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            n++;
            if (NOISE.indexOf(c) >= 0 || Character.getType(c) == Character.OTHER_SYMBOL) {
                noise++;
            }
        }
        if (n == 0) {
            return 0;
        }
        if (noise == n) {
            return 0.2;
        }
        return TEXT_LAYER * (1 - 0.5 * noise / (double) n);
    }

    /** Whether the word is nothing but bars, as OCR reads a ruling (a dash or a dot may be real). */
    static boolean isStrokeNoise(String word) {
        String s = word.strip();
        if (s.isEmpty()) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("|_~`丨‖¦".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
