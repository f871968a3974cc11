package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.model.Declaration;
import perfdecl.model.EditDistance;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;

/**
 * Splits a scanned file's rows into forms at each title line, allowing OCR to have misread up to three of the
 * title's sixteen characters ("上海市财政支出项目绩效目标中报表"); a misread title is restored and noted.
 */
public final class ScanTitle {

    private static final int TOLERANCE = 3;

    private ScanTitle() {
    }

    static List<List<LayoutRow>> split(List<LayoutRow> rows, List<ReaderNote> notes) {
        List<List<LayoutRow>> forms = new ArrayList<>();
        List<LayoutRow> current = null;
        for (LayoutRow row : rows) {
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

    /** The row as a title row (restored if misread), or {@code null} when it is no title. */
    public static LayoutRow asTitle(LayoutRow row, List<ReaderNote> notes) {
        if (row.table() || row.cells().size() != 1) {
            return null;
        }
        String text = row.joinedText().replaceAll("\\s+", "");
        if (text.contains(Declaration.TITLE)) {
            return row;
        }
        if (Math.abs(text.length() - Declaration.TITLE.length()) > TOLERANCE
                || EditDistance.between(text, Declaration.TITLE).value() > TOLERANCE) {
            return null;
        }
        LayoutCell cell = row.cells().get(0);
        notes.add(new ReaderNote("OCR_REPAIRED", row.page(), cell.box(),
                "read \"" + text + "\" as \"" + Declaration.TITLE + "\""));
        CellContent content = new CellContent(Declaration.TITLE,
                List.of(Token.text(Declaration.TITLE, 0, cell.content().textBox())), cell.content().textBox());
        return new LayoutRow(row.page(), row.top(), false, false, false,
                List.of(new LayoutCell(cell.box(), content, false, false)));
    }

}
