package perfdecl.model;

import java.text.Normalizer;

/**
 * A text with its full-width forms folded to half-width: the one full-width folding of the project, by which the
 * parser compares labels and reads targets ("（元）" is "(元)", "９８．５％" is "98.5%") and the audit compares
 * names across years.
 *
 * @param text the folded text
 */
public record HalfWidth(String text) {

    public HalfWidth {
        if (text == null) {
            throw new IllegalArgumentException("no text to fold");
        }
    }

    /** Full-width ASCII forms (！ to ～) to their ASCII characters; any other character as it is. */
    public static char of(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }

    /** {@code s} with every full-width ASCII form folded; other characters, ideographic space too, as they are. */
    public static HalfWidth of(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(of(s.charAt(i)));
        }
        return new HalfWidth(b.toString());
    }

    /**
     * {@code s} folded as {@link #of(String)} does and, beyond that, every compatibility form to its plain one
     * (NFKC: ideographic space, Kangxi radicals some PDF fonts print for ideographs, circled numbers). Names compared
     * across years want this; the parser does not, where "m²" and "‰" must stay what they are.
     */
    public static HalfWidth compatible(String s) {
        return new HalfWidth(Normalizer.normalize(s, Normalizer.Form.NFKC));
    }
}
