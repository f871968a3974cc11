package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import perfdecl.grid.Box;

/**
 * Keeps OCR words from interleaving: an OCR engine's word boxes on one line may overlap ("同名" reaching into
 * "项目"), and characters spread evenly over overlapping boxes would sort into the wrong order. A word on the
 * same line as the next one is cut back to where the next begins.
 */
final class ScanWordOrder {

    private ScanWordOrder() {
    }

    static List<OcrWord> untangle(List<OcrWord> words) {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((OcrWord w) -> w.box().x()));
        List<OcrWord> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            OcrWord w = sorted.get(i);
            Box b = w.box();
            double right = b.right();
            for (int j = i + 1; j < sorted.size(); j++) {
                Box n = sorted.get(j).box();
                if (n.x() >= right) {
                    break;
                }
                boolean sameLine = Math.abs(n.centerY() - b.centerY()) < 0.5 * Math.min(n.height(), b.height());
                if (sameLine && n.x() > b.x() + 0.5) {
                    right = Math.min(right, n.x());
                }
            }
            out.add(right < b.right() ? new OcrWord(w.text(), new Box(b.x(), b.y(), right - b.x(), b.height()),
                    w.confidence()) : w);
        }
        return out;
    }
}
