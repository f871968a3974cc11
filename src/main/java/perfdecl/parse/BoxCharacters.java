package perfdecl.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import perfdecl.grid.Box;
import perfdecl.grid.Token;

/**
 * On a scan, a checkbox that the pixel search missed (its frame broken on a 1-bit copy, a pen cross drawn through it)
 * is often read by OCR as a character run into the labels: "经常性专项业务费区其他经常性项目" (a crossed box read as 区),
 * "政府购买服务×". Such a character standing between option labels, where taking it out leaves every option the text
 * names, is that box, ticked. Its state comes from a reading, not from the box's ink, so it is a mark of
 * {@link #CONFIDENCE} that the group reports as uncertain. A bare frame read as 口 tells nothing: a 1-bit copy
 * loses a thin pen tick inside a box as often as OCR reads an empty one so, and the box stays not found.
 */
final class BoxCharacters {

    /** What OCR makes of a box with a pen cross or tick in it, or of the pen mark alone. */
    private static final String TICKED = "区☑☒×✕✗√✓✔凶";
    /** Evidence prefix of the marks made here: they are said to be read from text. */
    private static final String EVIDENCE = "OCR text ";
    /** At the threshold, not below it: the tick is taken, and reported for a person to check. */
    static final double CONFIDENCE = Token.UNCERTAIN;

    private BoxCharacters() {
    }

    /** Whether a mark was made here from a character rather than found in the pixels. */
    static boolean isReadFromText(Token mark) {
        return mark.isMark() && mark.text().startsWith(EVIDENCE);
    }

    /**
     * The line with each ticked-box character that stands between option labels, or alone, as a ticked mark.
     */
    static List<Token> asMarks(List<Token> line, List<String> options) {
        List<Token> out = new ArrayList<>();
        for (Token t : line) {
            if (t.isMark()) {
                out.add(t);
            } else {
                split(t, options, line, out);
            }
        }
        return out;
    }

    private static void split(Token t, List<String> options, List<Token> line, List<Token> out) {
        String text = t.text();
        String alone = text.strip();
        if (alone.codePointCount(0, alone.length()) == 1 && TICKED.indexOf(alone.codePointAt(0)) >= 0
                && !nearPixelMark(t.box(), line)) {
            out.add(Token.mark(true, EVIDENCE + alone, t.line(), t.box(),
                    CONFIDENCE));
            return;
        }
        int n = text.codePointCount(0, text.length());
        double cw = t.box() == null ? 0 : t.box().width() / Math.max(1, n);
        Set<Integer> named = new HashSet<>(MarkAttribution.optionsIn(text, options));
        for (int i = 0, k = 0; i < text.length(); k++) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (TICKED.indexOf(cp) >= 0 && !named.isEmpty()) {
                String left = text.substring(0, i), right = text.substring(end);
                Set<Integer> parts = new HashSet<>(MarkAttribution.optionsIn(left, options));
                parts.addAll(MarkAttribution.optionsIn(right, options));
                Box at = t.box() == null ? null : new Box(t.box().x() + k * cw, t.box().y(), cw, t.box().height());
                if (parts.equals(named) && !nearPixelMark(at, line)) {
                    if (!left.isBlank()) {
                        out.add(part(t, left, t.box() == null ? null
                                : new Box(t.box().x(), t.box().y(), k * cw, t.box().height())));
                    }
                    out.add(Token.mark(true, EVIDENCE + new String(Character.toChars(cp)), t.line(), at,
                            CONFIDENCE));
                    if (!right.isBlank()) {
                        split(part(t, right, t.box() == null ? null : new Box(t.box().x() + (k + 1) * cw,
                                t.box().y(), t.box().width() - (k + 1) * cw, t.box().height())), options, line, out);
                    }
                    return;
                }
            }
            i = end;
        }
        out.add(t);
    }

    /** A box the pixel search found where the character stands: the character is that box's reading, not another. */
    private static boolean nearPixelMark(Box at, List<Token> line) {
        if (at == null) {
            return false;
        }
        for (Token m : line) {
            if (m.isMark() && m.box() != null && Math.abs(m.box().centerX() - at.centerX()) < 1.5 * Math.max(
                    at.width(), m.box().width())) {
                return true;
            }
        }
        return false;
    }

    private static Token part(Token from, String text, Box box) {
        return new Token(Token.Kind.TEXT, text, null, from.line(), box, from.confidence());
    }
}
