package perfdecl.pdf.scan;

import java.awt.geom.AffineTransform;
import java.util.List;
import java.util.Locale;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;

/**
 * Numbers that run to the scanned image's edge. A sheet shifted on the glass or a scan cropped tight cuts what stands
 * past the edge, and an amount right-aligned in the table's last column loses its last digits there: "1480000" is read
 * "148000", a number all the same. Such a word is said doubtful where it was read (VALUE_UNCERTAIN, placed on its
 * field by its box), its value kept as read.
 */
final class ScanEdgeWords {

    /** How far past a word's end its ink may have gone on unseen, in pixels: a digit's side bearing. */
    private static final int REACH = 3;

    private ScanEdgeWords() {
    }

    /**
     * A note for each word of three or more digits (most of its characters) whose left or right end lies at the
     * scan's edge (or a strip cleared along it) where its middle does not.
     */
    static void note(List<OcrWord> words, int width, int height, AffineTransform toScan, int[] strips, double scale,
                     int page, List<ReaderNote> notes) {
        for (OcrWord w : words) {
            if (!numeric(w.text())) {
                continue;
            }
            Box b = w.box();
            double y = b.centerY() * scale, x0 = b.x() * scale, x1 = b.right() * scale;
            if (ScanRulings.atScanEdge(b.centerX() * scale, y, width, height, toScan, strips)) {
                continue;
            }
            String side = ScanRulings.atScanEdge(x1 + REACH, y, width, height, toScan, strips) ? "right"
                    : ScanRulings.atScanEdge(x0 - REACH, y, width, height, toScan, strips) ? "left" : null;
            if (side != null) {
                notes.add(new ReaderNote("VALUE_UNCERTAIN", page, b, String.format(Locale.ROOT,
                        "page %d: \"%s\" runs to the scanned image's %s edge (the sheet shifted or cropped): digits"
                                + " past the edge are lost; check it against the paper", page, w.text().strip(),
                        side)));
            }
        }
    }

    /** Three or more digits, and digits most of the word: an amount, a phone number, a date. */
    static boolean numeric(String text) {
        String s = text.replaceAll("\\s+", "");
        long digits = s.chars().filter(Character::isDigit).count();
        return digits >= 3 && digits >= 0.6 * s.length();
    }
}
