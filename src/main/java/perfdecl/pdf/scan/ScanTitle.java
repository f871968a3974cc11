package perfdecl.pdf.scan;

import java.util.List;

import perfdecl.grid.Box;
import perfdecl.grid.FormTitles;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.model.EditDistance;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;

/**
 * Recognises the title line of a known generation on a scanned page, allowing OCR to have misread a few of the
 * title's characters (three of sixteen: "上海市财政支出项目绩效目标中报表"), or the title to share its line with other
 * text; a misread title is restored and noted. The file is cut into forms at these lines by
 * {@link perfdecl.pdf.layout.BundleForms}, which also finds a form whose title OCR could not read at all from its
 * head labels.
 */
public final class ScanTitle {

    private ScanTitle() {
    }

    /**
     * The row as a title row (restored if misread), or {@code null} when it is no title; {@code notes} {@code null}
     * only asks.
     */
    public static LayoutRow asTitle(LayoutRow row, List<ReaderNote> notes, FormTitles titles) {
        row = withoutSpecks(row);
        if (row.cells().isEmpty() || row.cells().size() > 3) {
            return null;
        }
        String text = row.joinedText().replaceAll("\\s+", "");
        if (text.length() > FormTitles.MAX_LENGTH) {
            return null;
        }
        boolean known = titles.isTitle(text);
        if (known && !row.table() && row.cells().size() == 1) {
            return row;
        }
        if (!known && titles.titles().stream().anyMatch(text::contains)) {
            return null; // a heading or a sentence that names the form
        }
        String title = null;
        int[] window = null;
        for (String t : known ? List.<String>of() : titles.titles()) {
            int[] w = closest(text, t, tolerance(t));
            if (w[2] <= tolerance(t) && (window == null || w[2] < window[2])) {
                title = t;
                window = w;
            }
        }
        if (title == null && !known || window != null && FormTitles.inSentence(text.substring(0, window[0]))) {
            return null;
        }
        // text before or after a misread title on its line (the year, a page number) stays with it
        String restored = title == null ? text : text.substring(0, window[0]) + title + text.substring(window[1]);
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

    /**
     * Whether a line that is no title may be a form's title misread past restoring: the nearest title's words stand
     * in it with up to a third of their characters misread, and it is no sentence and not the whole department's
     * table. Only a page that carries the form's labels under it makes such a line a form's start.
     */
    public static boolean isDoubtful(LayoutRow row, FormTitles titles) {
        String text = withoutSpecks(row).joinedText().replaceAll("\\s+", "");
        if (text.isEmpty() || text.length() > FormTitles.MAX_LENGTH || titles.isTitle(text)
                || FormTitles.isWholeBody(text) || FormTitles.isContinued(text)) {
            return false;
        }
        for (String t : titles.titles()) {
            int doubt = t.length() / 3;
            int[] w = closest(text, t, doubt);
            if (w[2] <= doubt && !FormTitles.inSentence(text.substring(0, w[0]))) {
                return true;
            }
        }
        return false;
    }

    /** A cell of one or two letters or marks, no Chinese character and no digit: a speck or a stroke OCR read. */
    private static final java.util.regex.Pattern SPECK = java.util.regex.Pattern.compile("[^\\p{IsHan}\\d]{1,2}");

    /**
     * The row without its blank cells and, beside a cell of ten or more characters, without cells that hold a speck
     * only: on a turned or cut scan the title's line may carry a blank cell per column the rulings below it make, and
     * a letter read from a punched hole or the page's edge ("财政项目支出绩效目标申报表 | P").
     */
    private static LayoutRow withoutSpecks(LayoutRow row) {
        boolean longCell = row.cells().stream().anyMatch(c -> c.text().replaceAll("\\s+", "").length() >= 10);
        List<LayoutCell> kept = row.cells().stream().filter(c -> !c.text().isBlank()
                && !(longCell && SPECK.matcher(c.text().replaceAll("\\s+", "")).matches())).toList();
        return kept.size() == row.cells().size() || kept.isEmpty() ? row
                : new LayoutRow(row.page(), row.top(), row.table(), row.tableTop(), row.tableBottom(), kept);
    }

    /** Three misread characters for a title of sixteen, fewer for shorter ones (a 项目支出绩效自评表 is no 目标表). */
    private static int tolerance(String title) {
        return Math.max(1, title.length() * 3 / 16);
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
     * shorter or longer than the target by up to {@code tolerance}.
     */
    static int[] closest(String text, String target, int tolerance) {
        int[] best = {0, text.length(), EditDistance.between(text, target).value()};
        int min = Math.max(1, target.length() - tolerance), max = target.length() + tolerance;
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

    /**
     * The title an OCR'd line was meant to be: the nearest within a few misread characters (three for a title of
     * sixteen, fewer for shorter ones), or null.
     */
    static String nearest(FormTitles titles, String text) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String title : titles.titles()) {
            int tolerance = tolerance(title);
            if (Math.abs(text.length() - title.length()) > tolerance) {
                continue;
            }
            int d = EditDistance.between(text, title).value();
            if (d <= tolerance && d < bestDistance) {
                best = title;
                bestDistance = d;
            }
        }
        return best;
    }
}
