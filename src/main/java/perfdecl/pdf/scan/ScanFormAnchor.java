package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.model.Declaration;
import perfdecl.model.EditDistance;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;

/**
 * Finds the forms whose title OCR did not read (a faded, compressed or stamped title comes out as a line of wrong
 * characters, or not at all) by their first label: each form has one 项目名称 row, a few lines under its title. Where
 * a 项目名称 row has no title above it since the previous form, the title is put back in front of the short lines
 * outside the table that lead the form (year, unit name), replacing the line most like it, and a
 * {@code SCAN_TITLE_UNREAD} note says so with what was read.
 */
final class ScanFormAnchor {

    static final String FIRST_LABEL = "项目名称";
    /** How many lines (title, year, unit name) may stand between a form's title and its first label. */
    private static final int LEAD_ROWS = 4;
    /** A lead line longer than this is table text, not the title block. */
    private static final int LEAD_LENGTH = 60;
    /** How unlike the title (edit distance) a lead line may be and still be taken as the title misread. */
    private static final int MISREAD_TITLE = 9;

    private ScanFormAnchor() {
    }

    /** The rows with a title row in front of every form that lacks one; {@code notes} gets one note per title. */
    static List<LayoutRow> restoreMissingTitles(List<LayoutRow> rows, Predicate<LayoutRow> isTitle,
                                                List<ReaderNote> notes) {
        List<LayoutRow> out = new ArrayList<>(rows);
        int floor = -1;
        boolean titled = false;
        for (int i = 0; i < out.size(); i++) {
            LayoutRow row = out.get(i);
            if (isTitle.test(row)) {
                titled = true;
                floor = i;
                continue;
            }
            if (!isFirstLabelRow(row)) {
                continue;
            }
            if (!titled) {
                i = insertTitle(out, floor, i, notes);
            }
            titled = false;
            floor = i;
        }
        return out;
    }

    /** Puts a title in front of the form whose first label is at {@code anchor}; returns the label's new index. */
    private static int insertTitle(List<LayoutRow> rows, int floor, int anchor, List<ReaderNote> notes) {
        LayoutRow label = rows.get(anchor);
        int start = anchor;
        while (start - 1 > floor && anchor - (start - 1) <= LEAD_ROWS && rows.get(start - 1).page() == label.page()
                && !rows.get(start - 1).table() && rows.get(start - 1).joinedText().strip().length() <= LEAD_LENGTH) {
            start--;
        }
        int likest = -1, likestDistance = Integer.MAX_VALUE;
        for (int k = start; k < anchor; k++) {
            String text = rows.get(k).joinedText().replaceAll("\\s+", "");
            int d = text.isEmpty() ? Integer.MAX_VALUE : ScanTitle.closest(text, Declaration.TITLE)[2];
            if (d < likestDistance) {
                likest = k;
                likestDistance = d;
            }
        }
        LayoutRow first = rows.get(start);
        boolean replace = likestDistance <= MISREAD_TITLE;
        Box box = replace ? boxOf(rows.get(likest)) : new Box(boxOf(first).x(), boxOf(first).y() - 1, 1, 1);
        CellContent content = new CellContent(Declaration.TITLE, List.of(Token.text(Declaration.TITLE, 0, box)), box);
        LayoutRow title = new LayoutRow(label.page(), replace ? rows.get(likest).top() : first.top() - 1, false,
                false, false, List.of(new LayoutCell(box, content, false, false)));
        notes.add(new ReaderNote("SCAN_TITLE_UNREAD", label.page(), box, String.format(Locale.ROOT,
                "page %d: the form's title was not read%s; the form was found by its first label %s",
                label.page(), replace ? " (read \"" + rows.get(likest).joinedText().strip() + "\")" : "",
                FIRST_LABEL)));
        if (replace) {
            rows.set(likest, title);
            return anchor;
        }
        rows.add(start, title);
        return anchor + 1;
    }

    private static Box boxOf(LayoutRow row) {
        LayoutCell c = row.cells().get(0);
        return c.content().textBox() != null ? c.content().textBox() : c.box();
    }

    /** Whether a row starts with the label 项目名称 (one character misread at most), not 子项目名称. */
    static boolean isFirstLabelRow(LayoutRow row) {
        String text = row.joinedText().replaceAll("\\s+", "");
        return text.length() >= FIRST_LABEL.length()
                && EditDistance.between(text.substring(0, FIRST_LABEL.length()), FIRST_LABEL).value() <= 1;
    }
}
