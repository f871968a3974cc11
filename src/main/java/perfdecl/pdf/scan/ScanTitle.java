package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.model.Declaration;
import perfdecl.model.EditDistance;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;

/**
 * Splits a scanned file's rows into forms at each title line, allowing OCR to have misread up to three of the
 * title's sixteen characters ("上海市财政支出项目绩效目标中报表"), or the title to share its line with other text;
 * a misread title is restored and noted. A form whose title OCR could not read at all is found from its first
 * label, 项目名称 ({@link ScanFormAnchor}), and a title is put in front of it, with a finding: losing a whole form
 * to one misread line costs more than the title is worth.
 */
public final class ScanTitle {

    private static final int TOLERANCE = 3;

    private ScanTitle() {
    }

    static List<List<LayoutRow>> split(List<LayoutRow> rows, List<ReaderNote> notes) {
        List<LayoutRow> titled = ScanFormAnchor.restoreMissingTitles(rows, ScanTitle::isTitle, notes);
        List<List<LayoutRow>> forms = new ArrayList<>();
        List<LayoutRow> current = null;
        for (LayoutRow row : titled) {
            LayoutRow title = asTitle(row, notes);
            if (title != null) {
                current = new ArrayList<>();
                forms.add(current);
                row = title;
            }
            if (current != null) {
                current.add(row);
            }
        }
        return forms;
    }

    static boolean isTitle(LayoutRow row) {
        return asTitle(row, null) != null;
    }

    /**
     * The row as a title row (restored if misread), or {@code null} when it is no title; {@code notes} {@code null}
     * only asks.
     */
    public static LayoutRow asTitle(LayoutRow row, List<ReaderNote> notes) {
        if (row.cells().isEmpty() || row.cells().size() > 3) {
            return null;
        }
        String text = row.joinedText().replaceAll("\\s+", "");
        if (text.length() > Declaration.TITLE_MAX_LENGTH) {
            return null;
        }
        boolean single = !row.table() && row.cells().size() == 1;
        if (single && (text.contains(Declaration.TITLE) || text.contains(Declaration.TITLE_ENDING))) {
            return row;
        }
        int[] window = closest(text, Declaration.TITLE);
        boolean ending = text.contains(Declaration.TITLE_ENDING);
        if (window[2] > TOLERANCE && !ending) {
            return null;
        }
        // text before or after a misread title on its line (the year, a page number) stays with it
        String restored = window[2] > TOLERANCE ? text
                : text.substring(0, window[0]) + Declaration.TITLE + text.substring(window[1]);
        if (notes == null) {
            return row;
        }
        Box box = unionBox(row);
        if (!restored.equals(text)) {
            notes.add(new ReaderNote("OCR_REPAIRED", row.page(), box,
                    "read \"" + text + "\" as \"" + restored + "\""));
        }
        CellContent content = new CellContent(restored, List.of(Token.text(restored, 0, box)), box);
        return new LayoutRow(row.page(), row.top(), false, false, false,
                List.of(new LayoutCell(box, content, false, false)));
    }

    private static Box unionBox(LayoutRow row) {
        double x = Double.MAX_VALUE, y = Double.MAX_VALUE, r = -Double.MAX_VALUE, b = -Double.MAX_VALUE;
        for (LayoutCell c : row.cells()) {
            Box box = c.content().textBox() != null ? c.content().textBox() : c.box();
            x = Math.min(x, box.x());
            y = Math.min(y, box.y());
            r = Math.max(r, box.right());
            b = Math.max(b, box.bottom());
        }
        return new Box(x, y, r - x, b - y);
    }

    /**
     * The substring of {@code text} nearest to {@code target} by edit distance: {start, end, distance}; a window
     * shorter or longer than the target by up to the tolerance.
     */
    static int[] closest(String text, String target) {
        int[] best = {0, text.length(), EditDistance.between(text, target).value()};
        int min = Math.max(1, target.length() - TOLERANCE), max = target.length() + TOLERANCE;
        for (int from = 0; from < text.length(); from++) {
            for (int len = min; len <= max && from + len <= text.length(); len++) {
                int d = EditDistance.between(text.substring(from, from + len), target).value();
                if (d < best[2]) {
                    best = new int[] {from, from + len, d};
                }
            }
        }
        return best;
    }

}
