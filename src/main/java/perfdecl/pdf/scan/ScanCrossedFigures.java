package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Printed figures a pen stroke crosses (a signature run through a date or a telephone number): each digit the
 * stroke touches joins the stroke's ink, so by its ink alone it lies in a scribble ({@link ScanHandwriting}). A row
 * of such words on one line that OCR read as figures of one size at a print's pitch is print all the same: a
 * signature's loops are not read as a run of digits of one height. The words keep OCR's low confidence, so the
 * value they make is still reported as uncertain.
 */
final class ScanCrossedFigures {

    /** What a printed date, number or telephone number is written with. */
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９/／\\-－.．:：年月日]+");
    /** Words of a run before it is taken for print, and digits among them. */
    private static final int MIN_WORDS = 4, MIN_DIGITS = 3;
    /** How far a word's height may stray from the run's middle height (a digit's box; a slash's). */
    private static final double HEIGHT_LOW = 0.6, HEIGHT_HIGH = 1.5;
    /** Widest blank between two words of a run, in the run's heights: a print's pitch, not a signature's sweep. */
    private static final double MAX_GAP = 1.0;

    private ScanCrossedFigures() {
    }

    /** The words among {@code scribbled} that are printed figures crossed by a stroke. */
    static Set<OcrWord> printed(List<OcrWord> scribbled) {
        Set<OcrWord> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<OcrWord> byX = new ArrayList<>(scribbled);
        byX.sort(Comparator.comparingDouble(w -> w.box().x()));
        List<List<OcrWord>> runs = new ArrayList<>();
        for (OcrWord w : byX) {
            if (!FIGURE.matcher(w.text().strip()).matches()) {
                continue;
            }
            List<OcrWord> joined = null;
            for (List<OcrWord> run : runs) {
                if (follows(run.get(run.size() - 1), w)) {
                    joined = run;
                    break;
                }
            }
            if (joined == null) {
                runs.add(new ArrayList<>(List.of(w)));
            } else {
                joined.add(w);
            }
        }
        for (List<OcrWord> run : runs) {
            if (isPrint(run)) {
                out.addAll(run);
            }
        }
        return out;
    }

    /** Whether {@code next} stands on the line of {@code last}, after it within a print's pitch. */
    private static boolean follows(OcrWord last, OcrWord next) {
        double h = Math.max(last.box().height(), next.box().height());
        double gap = next.box().x() - last.box().right();
        return Math.abs(last.box().centerY() - next.box().centerY()) < 0.5 * h && gap < MAX_GAP * h;
    }

    private static boolean isPrint(List<OcrWord> run) {
        if (run.size() < MIN_WORDS) {
            return false;
        }
        long digits = run.stream().flatMap(w -> w.text().chars().boxed()).filter(Character::isDigit).count();
        if (digits < MIN_DIGITS) {
            return false;
        }
        double[] heights = run.stream().mapToDouble(w -> w.box().height()).sorted().toArray();
        double middle = heights[heights.length / 2];
        return heights[0] >= HEIGHT_LOW * middle && heights[heights.length - 1] <= HEIGHT_HIGH * middle;
    }
}
