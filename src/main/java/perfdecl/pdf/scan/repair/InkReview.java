package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell's text after a repair read from its ink: the text with the judged characters as the ink shows them, whether
 * one could not be told, and the measures for the reader's note.
 */
record InkReview(String text, boolean unsure, String evidence) {

    /** Where in {@code text} the characters of {@code judged} stand, in reading order. */
    static List<Integer> positions(String text, String judged) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (judged.indexOf(text.charAt(i)) >= 0) {
                at.add(i);
            }
        }
        return at;
    }
}
