package perfdecl.pdf;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.FormTitles;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;

/**
 * Tells a born-digital page's rows where forms start and end (a bundle is cut by {@link
 * perfdecl.pdf.layout.BundleForms} with these): a title line of a known generation starts one; a budget disclosure
 * prints its forms after pages of other tables (收支总表, 财政拨款支出表 …) and prose, and a page that opens with the
 * heading of another table ends the form before it; a line that is only a page number belongs to none.
 */
final class FormSplitter {

    private FormSplitter() {
    }

    /**
     * A title line above the table, or a spreadsheet's title: the top row of the table, one cell merged across the
     * sheet, drawn inside the print range's rulings.
     */
    static boolean isTitle(LayoutRow row, FormTitles titles) {
        boolean titleCell = !row.table() || row.tableTop() && row.cells().size() == 1;
        return titleCell && titles.isTitle(row.joinedText());
    }

    /** The row as a form's title row (one cell), or {@code null} when it is none: for a file read page by page. */
    static LayoutRow asTitle(LayoutRow row, FormTitles titles) {
        return isTitle(row, titles) ? oneCell(row) : null;
    }

    /** A page's rows without the page number printed in its header or footer (or between a form's rows). */
    static List<LayoutRow> withoutPageNumbers(List<LayoutRow> page) {
        List<LayoutRow> out = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            if (!isPageNumber(page.get(i), i == 0 || i == page.size() - 1)) {
                out.add(page.get(i));
            }
        }
        return out;
    }

    /**
     * A title printed with letter spacing ("财政项目支 出绩效 目标申报表") is laid out as several cells: one cell, so
     * that the form's first cell is its whole title.
     */
    private static LayoutRow oneCell(LayoutRow row) {
        if (row.cells().size() < 2) {
            return row;
        }
        List<perfdecl.grid.Token> tokens = new ArrayList<>();
        perfdecl.grid.Box box = null;
        perfdecl.grid.Box textBox = null;
        for (LayoutCell c : row.cells()) {
            tokens.addAll(c.content().tokens());
            box = box == null ? c.box() : c.box() == null ? box : box.union(c.box());
            perfdecl.grid.Box t = c.content().textBox();
            textBox = textBox == null ? t : t == null ? textBox : textBox.union(t);
        }
        String text = row.joinedText().replaceAll("\\s+", "");
        return new LayoutRow(row.page(), row.top(), false, row.tableTop(), row.tableBottom(),
                List.of(new LayoutCell(box, new CellContent(text, tokens, textBox), false, false)));
    }

    /**
     * A disclosure's page number ("— 21 —", "第21页") between a form's rows; a bare number only in the page's first
     * or last row, where a header or footer stands, since a form's own row may hold one alone.
     */
    private static boolean isPageNumber(LayoutRow row, boolean headerOrFooter) {
        if (row.table() || row.cells().size() != 1 || !FormTitles.isPageNumber(row.joinedText())) {
            return false;
        }
        return headerOrFooter || !row.joinedText().strip().matches("\\d+");
    }

    static boolean opensOtherTable(LayoutRow row, FormTitles titles) {
        // a heading laid out as one block with the paragraphs under it ("第五部分 名词解释" over its entries)
        String text = row.joinedText().strip();
        int lineEnd = text.indexOf('\n');
        return !row.table() && row.cells().size() == 1
                && titles.isOtherHeading(lineEnd < 0 ? text : text.substring(0, lineEnd));
    }
}
