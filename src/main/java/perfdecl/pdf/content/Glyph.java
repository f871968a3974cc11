package perfdecl.pdf.content;

import perfdecl.grid.Box;

/**
 * One positioned piece of page content: a character, or a checkbox mark (glyph, vector square or form field).
 *
 * @param text     the character(s) as filed; for a mark the evidence it was read from
 * @param box      where it stands (points, top-left origin)
 * @param baseline y of the baseline
 * @param fontSize size in points, used for gap and line tolerances
 * @param mark     {@code null} for text, else whether the mark is checked
 */
public record Glyph(String text, Box box, double baseline, double fontSize, Boolean mark) {

    public boolean isMark() {
        return mark != null;
    }

    public boolean isSpace() {
        if (mark != null) {
            return false;
        }
        // called for every glyph of every page: a plain loop, no stream per call
        for (int i = 0; i < text.length(); i++) {
            if (!isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpaceChar(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF;
    }
}
