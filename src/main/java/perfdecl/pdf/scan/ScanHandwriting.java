package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;

/**
 * Leaves out the OCR words that are handwriting rather than print: a note written in coloured pen above the form
 * ("已核", "存档") or a signature under its last line, which OCR reads as a word ("存档", "AC") that the layout then
 * takes for one more row of the table. Forms are printed in black; what a filer adds by hand is not a field.
 * <ul>
 * <li>a word in coloured pen: its ink is in the pen image and all but absent from the print image, where coloured
 * ink was lightened away ({@link ScanPreprocess});</li>
 * <li>a scribble, in any ink: a word OCR was unsure of whose ink lies mostly in shapes no character makes, one
 * stroke running on wider than several characters and taller than a line, at most a third ink inside (a signature's loops),
 * unless it is one of a run of printed figures the stroke crosses ({@link ScanCrossedFigures}).</li>
 * </ul>
 * Each word left out is said (SCAN_HANDWRITING_SKIPPED) with what OCR read, so nothing goes silently. Pen ticks
 * in boxes are read before this (from their own image) and are no words here.
 */
final class ScanHandwriting {

    static final String CODE = "SCAN_HANDWRITING_SKIPPED";
    private static final String SCRIBBLE = "a scribble (a signature)";

    /** Pen pixels a word needs (share of its box) before its print is weighed against them. */
    private static final double PEN_SHARE = 0.01;
    /** Print ink a pen word may hold, as a share of its pen ink (a speck, a blurred edge of print nearby). */
    private static final double PRINT_IN_PEN = 0.15;
    /** A scribble's shape: at least this wide and this tall (points), at most this share ink. */
    private static final double SCRIBBLE_WIDTH_PT = 24, SCRIBBLE_HEIGHT_PT = 13, SCRIBBLE_FILL = 0.3;
    /** Share of a word's ink in scribbles from which the word is one. */
    private static final double SCRIBBLE_INK = 0.75;
    /** OCR confidence from which a word is print whatever ink it lies in. */
    private static final double SURE_WORD = 0.8;

    private ScanHandwriting() {
    }

    /**
     * The words less those written by hand.
     *
     * @param print the page's print with its rulings erased (coloured ink lightened away)
     * @param pen   the coloured pen's ink alone (dark where a pixel is clearly pen blue), or {@code null} on a page
     *              without colour
     */
    static List<OcrWord> strip(List<OcrWord> words, ScanRaster print, ScanRaster pen, int page,
                               List<ReaderNote> notes) {
        InkComponents shapes = InkComponents.dark(print);
        Map<Integer, Boolean> scribble = new HashMap<>();
        List<OcrWord> kept = new ArrayList<>(words.size());
        List<List<OcrWord>> runs = new ArrayList<>();
        List<String> whys = new ArrayList<>();
        Map<OcrWord, String> verdicts = new IdentityHashMap<>();
        List<OcrWord> scribbles = new ArrayList<>();
        for (OcrWord w : words) {
            String why = pen != null && inPen(w, print, pen) ? "written in coloured pen"
                    : w.confidence() < SURE_WORD && scribbled(w, print, shapes, scribble) ? SCRIBBLE
                    : null;
            if (why != null) {
                verdicts.put(w, why);
            }
            if (SCRIBBLE.equals(why)) {
                scribbles.add(w);
            }
        }
        Set<OcrWord> crossed = ScanCrossedFigures.printed(scribbles);
        for (OcrWord w : words) {
            String why = crossed.contains(w) ? null : verdicts.get(w);
            if (why == null) {
                kept.add(w);
                continue;
            }
            // a note read character by character is said once: a run of such words on one line, one reason
            List<OcrWord> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && whys.get(whys.size() - 1).equals(why) && sameLine(last.get(last.size() - 1), w)) {
                last.add(w);
            } else {
                runs.add(new ArrayList<>(List.of(w)));
                whys.add(why);
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            List<OcrWord> out = runs.get(i);
            String why = whys.get(i);
            Box b = out.get(0).box();
            StringBuilder text = new StringBuilder();
            for (OcrWord w : out) {
                b = b.union(w.box());
                text.append(text.length() == 0 ? "" : " ").append(w.text());
            }
            notes.add(new ReaderNote(CODE, page, b, String.format(Locale.ROOT,
                    "page %d: \"%s\" (%d word%s from (%.0f, %.0f)) is %s, not print: left out", page, text,
                    out.size(), out.size() == 1 ? "" : "s", b.x(), b.y(), why)));
        }
        return kept;
    }

    /** Whether two words stand on one line: their middles less than a line's height apart, up or down. */
    private static boolean sameLine(OcrWord a, OcrWord b) {
        return Math.abs(a.box().centerY() - b.box().centerY()) < Math.max(a.box().height(), b.box().height())
                && Math.abs(a.box().centerX() - b.box().centerX()) < 4 * Math.max(a.box().height(), b.box().height());
    }

    /** Whether the word's ink is coloured pen with next to no print in it. */
    static boolean inPen(OcrWord w, ScanRaster print, ScanRaster pen) {
        int[] r = pixels(w.box(), print);
        long penInk = 0, printInk = 0, black = 0;
        for (int y = r[1]; y < r[3]; y++) {
            for (int x = r[0]; x < r[2]; x++) {
                if (print.level(x, y) < BLACK) {
                    black++;
                }
                if (pen.dark(x, y)) {
                    penInk++;
                } else if (print.dark(x, y) && !nearPen(pen, x, y)) {
                    printInk++;
                }
            }
        }
        long area = (long) (r[2] - r[0]) * (r[3] - r[1]);
        return area > 0 && penInk >= PEN_SHARE * area && printInk <= PRINT_IN_PEN * penInk
                && black <= PRINT_IN_PEN * penInk;
    }

    /** Whether pen ink lies within {@link #PEN_EDGE} pixels: the blurred edge of a pen stroke, too grey to be blue. */
    private static boolean nearPen(ScanRaster pen, int x, int y) {
        for (int dy = -PEN_EDGE; dy <= PEN_EDGE; dy++) {
            for (int dx = -PEN_EDGE; dx <= PEN_EDGE; dx++) {
                if (pen.dark(x + dx, y + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int PEN_EDGE = 2;
    /**
     * Print's own black, which pen lightened away never reaches even at a stroke's grey edge: a printed character
     * a pen stroke crosses keeps it (a signature across a telephone number's digits).
     */
    private static final int BLACK = 100;

    /** Whether most of the word's ink lies in scribbles ({@code known}: each shape's verdict by label). */
    static boolean scribbled(OcrWord w, ScanRaster print, InkComponents shapes, Map<Integer, Boolean> known) {
        int[] r = pixels(w.box(), print);
        int[] labels = shapes.labels();
        long ink = 0, scribbled = 0;
        for (int y = r[1]; y < r[3]; y++) {
            for (int x = r[0]; x < r[2]; x++) {
                if (!print.dark(x, y)) {
                    continue;
                }
                ink++;
                int i = y * print.width + x;
                if (labels[i] == 0) {
                    InkComponents.Shape s = shapes.grow(i);
                    known.put(s.label(), isScribble(s, print.scale));
                }
                if (known.getOrDefault(labels[i], false)) {
                    scribbled++;
                }
            }
        }
        return ink > 0 && scribbled >= SCRIBBLE_INK * ink;
    }

    /**
     * One stroke wider than several characters and taller than a line of print, paper for the most part inside (a
     * signature's loops): no printed character, nor a run of them joined up, is both.
     */
    static boolean isScribble(InkComponents.Shape s, double scale) {
        return s.width() >= SCRIBBLE_WIDTH_PT * scale && s.height() >= SCRIBBLE_HEIGHT_PT * scale
                && s.size() <= SCRIBBLE_FILL * s.width() * s.height();
    }

    /** The word's box in pixels (x0, y0, x1, y1), clipped to the image. */
    private static int[] pixels(Box b, ScanRaster r) {
        int x0 = Math.max(0, (int) Math.floor(b.x() * r.scale)), y0 = Math.max(0, (int) Math.floor(b.y() * r.scale));
        int x1 = Math.min(r.width, (int) Math.ceil(b.right() * r.scale));
        int y1 = Math.min(r.height, (int) Math.ceil(b.bottom() * r.scale));
        return new int[] {x0, y0, Math.max(x0, x1), Math.max(y0, y1)};
    }
}
