package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.FormTitles;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.model.EditDistance;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;

/**
 * Splits a scanned file's rows into forms at each title line of a known generation, allowing OCR to have misread
 * a few of the title's characters (three of sixteen: "上海市财政支出项目绩效目标中报表"); a misread title is restored and
 * noted.
 */
public final class ScanTitle {

    private ScanTitle() {
    }

    static List<List<LayoutRow>> split(List<LayoutRow> rows, List<ReaderNote> notes) {
        return split(rows, notes, FormTitles.SH_2019);
    }

    static List<List<LayoutRow>> split(List<LayoutRow> rows, List<ReaderNote> notes, FormTitles titles) {
        List<List<LayoutRow>> forms = new ArrayList<>();
        List<LayoutRow> current = null;
        for (LayoutRow row : rows) {
            LayoutRow title = asTitle(row, notes, titles);
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

    /** The row as a title row (restored if misread), or {@code null} when it is no title. */
    public static LayoutRow asTitle(LayoutRow row, List<ReaderNote> notes, FormTitles titles) {
        if (row.table() || row.cells().size() != 1) {
            return null;
        }
        String text = row.joinedText().replaceAll("\\s+", "");
        if (titles.isTitle(text)) {
            return row;
        }
        if (titles.titles().stream().anyMatch(text::contains)) {
            return null; // a heading or a sentence that names the form
        }
        String title = nearest(titles, text);
        if (title == null) {
            return null;
        }
        LayoutCell cell = row.cells().get(0);
        notes.add(new ReaderNote("OCR_REPAIRED", row.page(), cell.box(),
                "read \"" + text + "\" as \"" + title + "\""));
        CellContent content = new CellContent(title,
                List.of(Token.text(title, 0, cell.content().textBox())), cell.content().textBox());
        return new LayoutRow(row.page(), row.top(), false, false, false,
                List.of(new LayoutCell(cell.box(), content, false, false)));
    }

    /**
     * The title an OCR'd line was meant to be: the nearest within a few misread characters (three for a title of
     * sixteen, fewer for shorter ones, so that a 项目支出绩效自评表 is no 项目支出绩效目标表), or null.
     */
    static String nearest(FormTitles titles, String text) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String title : titles.titles()) {
            int tolerance = Math.max(1, title.length() * 3 / 16);
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
