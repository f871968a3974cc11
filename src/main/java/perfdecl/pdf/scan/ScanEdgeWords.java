package perfdecl.pdf.scan;

import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;

/**
 * Numbers that run to the scanned image's edge. A sheet shifted on the glass or a scan cropped tight cuts what stands
 * past the edge, and an amount right-aligned in the table's last column loses its last digits there: "1480000" is read
 * "148000", a number all the same; a page cut at its foot cuts a row's digits across. Such a number is said doubtful
 * where it was read (VALUE_UNCERTAIN, placed on its field by its box), its value kept as read.
 */
final class ScanEdgeWords {

    /** How far past a number's end its ink may have gone on unseen, in pixels: a digit's side bearing. */
    private static final int REACH = 3;

    private ScanEdgeWords() {
    }

    /**
     * A note for each number of three or more digits whose end or side lies at the scan's edge (or a strip cleared
     * along it) where its middle does not. A recogniser that places each character on its own ink gives a number as
     * characters side by side: they are joined first.
     */
    static void note(List<OcrWord> words, int width, int height, AffineTransform toScan, int[] strips, double scale,
                     int page, List<ReaderNote> notes) {
        for (OcrWord w : numbers(words)) {
            Box b = w.box();
            double x = b.centerX() * scale, y = b.centerY() * scale;
            if (ScanRulings.atScanEdge(x, y, width, height, toScan, strips)) {
                continue;
            }
            double x0 = b.x() * scale, x1 = b.right() * scale, y0 = b.y() * scale, y1 = b.bottom() * scale;
            String side = ScanRulings.atScanEdge(x1 + REACH, y, width, height, toScan, strips) ? "right"
                    : ScanRulings.atScanEdge(x0 - REACH, y, width, height, toScan, strips) ? "left"
                    : ScanRulings.atScanEdge(x, y1 + REACH, width, height, toScan, strips) ? "bottom"
                    : ScanRulings.atScanEdge(x, y0 - REACH, width, height, toScan, strips) ? "top" : null;
            if (side != null) {
                notes.add(new ReaderNote("VALUE_UNCERTAIN", page, b, String.format(Locale.ROOT,
                        "page %d: \"%s\" runs to the scanned image's %s edge (the sheet shifted or cropped): digits"
                                + " past the edge may be lost; check it against the paper", page, w.text().strip(),
                        side)));
            }
        }
    }

    /** The numbers among the words: runs of digit words on one line, each no further from the next than its height. */
    static List<OcrWord> numbers(List<OcrWord> words) {
        List<OcrWord> pieces = new ArrayList<>(words.stream().filter(w -> NUMERIC_PIECE.matcher(
                w.text().strip()).matches()).toList());
        pieces.sort(Comparator.comparingDouble((OcrWord w) -> w.box().x()));
        List<List<OcrWord>> runs = new ArrayList<>();
        for (OcrWord w : pieces) {
            List<OcrWord> joined = null;
            for (List<OcrWord> run : runs) {
                Box last = run.get(run.size() - 1).box();
                double gap = w.box().x() - last.right();
                if (Math.abs(w.box().centerY() - last.centerY()) < last.height() / 2
                        && gap < Math.max(last.height(), w.box().height()) && gap > -last.width() / 2) {
                    joined = run;
                    break;
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                runs.add(joined);
            }
            joined.add(w);
        }
        List<OcrWord> out = new ArrayList<>();
        for (List<OcrWord> run : runs) {
            StringBuilder text = new StringBuilder();
            Box box = null;
            double confidence = 1;
            for (OcrWord w : run) {
                text.append(w.text().strip());
                box = box == null ? w.box() : box.union(w.box());
                confidence = Math.min(confidence, w.confidence());
            }
            if (text.chars().filter(Character::isDigit).count() >= 3) {
                out.add(new OcrWord(text.toString(), box, confidence));
            }
        }
        return out;
    }

    /** A word of digits and the separators an amount holds. */
    private static final java.util.regex.Pattern NUMERIC_PIECE = java.util.regex.Pattern.compile("[\\d,.，。]+");
}
