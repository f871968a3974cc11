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
     * along it) where its middle does not, and whose ink runs into the edge there ({@code ink}: the page as the words
     * stand on it, rulings erased). A recogniser that places each character on its own ink gives a number as
     * characters side by side: they are joined first.
     */
    static void note(List<OcrWord> words, ScanRaster ink, AffineTransform toScan, int[] strips, double scale,
                     int page, List<ReaderNote> notes) {
        int width = ink.width, height = ink.height;
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
            if (side != null && inkAtEdge(ink, side, x0, y0, x1, y1, toScan, strips)) {
                notes.add(new ReaderNote("VALUE_UNCERTAIN", page, b, String.format(Locale.ROOT,
                        "page %d: \"%s\" runs to the scanned image's %s edge (the sheet shifted or cropped): digits"
                                + " past the edge may be lost; check it against the paper", page, w.text().strip(),
                        side)));
            }
        }
    }

    /**
     * Whether the number's ink reaches the edge on {@code side}: a dark pixel at the word's height (or, at the top or
     * bottom, along its width) where the scan ends. A recogniser's box holds a margin round the ink, so a whole
     * number printed near the edge may have its box there with paper between its last digit and the edge; a digit
     * cut by the edge is ink up to the edge's last pixels.
     */
    private static boolean inkAtEdge(ScanRaster ink, String side, double x0, double y0, double x1, double y1,
                                     AffineTransform toScan, int[] strips) {
        boolean across = side.equals("left") || side.equals("right");
        int step = side.equals("right") || side.equals("bottom") ? 1 : -1;
        // across the number: its height without the box's top and bottom pixels, or its width likewise
        int from = (int) Math.ceil(across ? y0 : x0) + 1, to = (int) Math.floor(across ? y1 : x1) - 1;
        // from the number's middle outwards: the edge may run through its box
        int start = (int) Math.round(across ? (x0 + x1) / 2 : (y0 + y1) / 2);
        int limit = across ? ink.width : ink.height;
        for (int along = from; along <= to; along++) {
            int reached = 0;
            for (int at = start; at >= 0 && at < limit && reached < EDGE_DEPTH; at += step) {
                int x = across ? at : along, y = across ? along : at;
                if (!ScanRulings.atScanEdge(x, y, ink.width, ink.height, toScan, strips)) {
                    continue;
                }
                reached++;
                if (ink.dark(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many pixels into the scan's edge (or a cleared strip's) the number's ink is looked for. */
    private static final int EDGE_DEPTH = 8;

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
