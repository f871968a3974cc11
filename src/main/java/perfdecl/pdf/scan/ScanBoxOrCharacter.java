package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;

/**
 * Tells a square found in the pixels that is a character from a checkbox. The enclosed part of 理, 题 or 面
 * drawn crisply is a small framed square with strokes inside, which the pixel search cannot always tell from a
 * ticked box; but OCR read a character right there, inside a run of text. A square is that character when the
 * character OCR read nearest its place is not what OCR makes of a box and has such characters close on both sides,
 * and either the square's ink is unsure or OCR read that word with little doubt. A box after a label stays a box
 * even where the label's OCR box reaches over it: the next option's label stands a gap away. (A character starting
 * a line, with nothing on its left, is not told apart.)
 */
final class ScanBoxOrCharacter {

    /** Mark confidence from which a square's ink looks like a box's, not like a character's strokes. */
    static final double SURE = 0.6;
    /**
     * OCR word confidence from which a square whose ink looks like a tick is a character all the same: the engine
     * read a word through it without doubt.
     */
    private static final double SURE_READING = 0.8;
    /**
     * Farthest a neighbouring character's middle may be for the run to count as unbroken, in character widths: the
     * square's, or the narrower share of the two words where it is wider (a word boxed loosely, or cut back where
     * the next begins, shares its width out unevenly).
     */
    private static final double NEIGHBOUR = 1.8;

    private ScanBoxOrCharacter() {
    }

    /** One character of an OCR word, its word's width shared evenly. */
    private record Char(int codePoint, double cx, double cy, double width, double height, double confidence) {
    }

    /**
     * @param boxReadings what OCR makes of a checkbox (box-like characters and specks), which never count as a
     *                    character here
     */
    static boolean isCharacter(Box square, double confidence, List<OcrWord> words, String boxReadings) {
        List<Char> chars = chars(words, square);
        Char c = null;
        for (Char n : chars) {
            if (c == null || Math.abs(n.cx() - square.centerX()) < Math.abs(c.cx() - square.centerX())) {
                c = n;
            }
        }
        if (c != null && Math.abs(c.cx() - square.centerX()) <= 0.6 * Math.max(square.width(), c.width())
                && isText(c, boxReadings) && (confidence < SURE || c.confidence() >= SURE_READING)) {
            boolean left = false, right = false;
            for (Char n : chars) {
                double d = n.cx() - c.cx();
                if (n == c || !isText(n, boxReadings) || Math.abs(n.cy() - c.cy()) > 0.5 * Math.min(n.height(), c.height())
                        || Math.abs(d) > NEIGHBOUR * Math.max(square.width(), Math.min(c.width(), n.width()))
                        || Math.abs(d) < 0.3 * c.width()) {
                    continue;
                }
                left |= d < 0;
                right |= d > 0;
            }
            return left && right;
        }
        return false;
    }

    private static boolean isText(Char c, String boxReadings) {
        return Character.isLetter(c.codePoint()) && boxReadings.indexOf(c.codePoint()) < 0;
    }

    /** The characters of the words on the square's line. */
    private static List<Char> chars(List<OcrWord> words, Box square) {
        List<Char> out = new ArrayList<>();
        for (OcrWord w : words) {
            Box b = w.box();
            if (square.centerY() < b.y() || square.centerY() > b.bottom()) {
                continue;
            }
            int n = w.text().codePointCount(0, w.text().length());
            double cw = b.width() / n;
            int i = 0;
            for (int off = 0; off < w.text().length(); i++) {
                int cp = w.text().codePointAt(off);
                off += Character.charCount(cp);
                out.add(new Char(cp, b.x() + (i + 0.5) * cw, b.centerY(), cw, b.height(), w.confidence()));
            }
        }
        return out;
    }
}
