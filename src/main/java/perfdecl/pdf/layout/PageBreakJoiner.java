package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;
import perfdecl.grid.Token;

/**
 * Joins a form table continued across pages into one sequence of rows: the header row repeated at the top of the
 * next page is dropped, and a merged cell cut by the page break is treated as one cell. Its text may sit wholly
 * on either page or be split ("投入和管理目" / "标"); a split shows as text pushed to the bottom of the first
 * part and to the top of the continuation, where a cell of its own is centred.
 */
public final class PageBreakJoiner {

    private static final double EDGE_TOLERANCE = 2.5;

    private PageBreakJoiner() {
    }

    public static List<LayoutRow> join(List<LayoutRow> rows) {
        List<LayoutRow> out = new ArrayList<>();
        boolean headerDropped = false;
        for (LayoutRow row : rows) {
            int lastTable = lastTableRowBeforePageBreak(out, row, headerDropped);
            headerDropped = false;
            if (lastTable < 0) {
                out.add(row);
                continue;
            }
            if (isRepeatedHeader(out, row)) {
                headerDropped = true;
                continue;
            }
            out.add(continueMergedCells(out, lastTable, row));
        }
        return out;
    }

    /** Index in {@code out} of the previous page's last table row when {@code row} opens the next page's table. */
    private static int lastTableRowBeforePageBreak(List<LayoutRow> out, LayoutRow row, boolean afterHeader) {
        if (!row.table() || !(row.tableTop() || afterHeader) || out.isEmpty()) {
            return -1;
        }
        for (int j = out.size() - 1; j >= 0; j--) {
            LayoutRow prev = out.get(j);
            if (prev.page() == row.page()) {
                return -1;
            }
            if (prev.table()) {
                return prev.tableBottom() && prev.page() == row.page() - 1 ? j : -1;
            }
            if (!isPageNumber(prev.joinedText())) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isPageNumber(String text) {
        return text.strip().matches("[-—\\s]*(第\\s*)?\\d+\\s*(页)?([/／共]\\s*\\d+\\s*页?)?[-—\\s]*");
    }

    private static boolean isRepeatedHeader(List<LayoutRow> out, LayoutRow row) {
        List<String> texts = texts(row);
        if (texts.size() < 2) {
            return false;
        }
        for (LayoutRow earlier : out) {
            if (earlier.table() && texts(earlier).equals(texts)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(LayoutRow row) {
        return row.cells().stream().map(LayoutCell::text).filter(t -> !t.isEmpty()).toList();
    }

    private static LayoutRow continueMergedCells(List<LayoutRow> out, int lastIndex, LayoutRow row) {
        LayoutRow last = out.get(lastIndex);
        List<LayoutCell> cells = new ArrayList<>();
        for (LayoutCell next : row.cells()) {
            LayoutCell above = sameColumns(last, next.box());
            if (above == null) {
                cells.add(next);
                continue;
            }
            int originRow = originRow(out, lastIndex, next.box());
            LayoutRow origin = out.get(originRow);
            LayoutCell first = sameColumns(origin, next.box());
            if (first == null) {
                cells.add(next);
                continue;
            }
            if (next.content().isEmpty()) {
                cells.add(LayoutCell.empty(next.box(), true, next.mergedDown()));
                continue;
            }
            boolean splitAtTop = textNear(next, true);
            if (first.content().isEmpty() && splitAtTop) {
                replace(out, originRow, first, next.content());
                cells.add(LayoutCell.empty(next.box(), true, next.mergedDown()));
            } else if (!first.content().isEmpty() && splitAtTop && textNear(first, false)) {
                replace(out, originRow, first, append(first.content(), next.content()));
                cells.add(LayoutCell.empty(next.box(), true, next.mergedDown()));
            } else {
                cells.add(next);
            }
        }
        return new LayoutRow(row.page(), row.top(), row.table(), row.tableTop(), row.tableBottom(), cells);
    }

    private static LayoutCell sameColumns(LayoutRow row, Box box) {
        for (LayoutCell c : row.cells()) {
            if (Math.abs(c.box().x() - box.x()) < EDGE_TOLERANCE && Math.abs(c.box().right() - box.right()) < EDGE_TOLERANCE) {
                return c;
            }
        }
        return null;
    }

    /** The row where the (possibly merged) cell above {@code box} starts. */
    private static int originRow(List<LayoutRow> out, int from, Box box) {
        int r = from;
        while (r > 0) {
            LayoutCell c = sameColumns(out.get(r), box);
            if (c == null || !c.continuation() || sameColumns(out.get(r - 1), box) == null) {
                return r;
            }
            r--;
        }
        return r;
    }

    /** Whether the cell's text sits near its top ({@code top}) or its bottom: less than half the space there. */
    private static boolean textNear(LayoutCell cell, boolean top) {
        Box t = cell.content().textBox();
        if (t == null) {
            return false;
        }
        double above = t.y() - cell.box().y(), below = cell.box().bottom() - t.bottom();
        return top ? above < below * 0.5 - 2 : below < above * 0.5 - 2;
    }

    private static void replace(List<LayoutRow> out, int rowIndex, LayoutCell cell, CellContent content) {
        LayoutRow row = out.get(rowIndex);
        List<LayoutCell> cells = new ArrayList<>(row.cells());
        cells.set(cells.indexOf(cell), new LayoutCell(cell.box(), content, cell.continuation(), true));
        out.set(rowIndex, new LayoutRow(row.page(), row.top(), row.table(), row.tableTop(), row.tableBottom(), cells));
    }

    private static CellContent append(CellContent a, CellContent b) {
        String sep = !a.text().isEmpty() && !b.text().isEmpty()
                && CellTextBuilder.isLatinAlnum(a.text().charAt(a.text().length() - 1))
                && CellTextBuilder.isLatinAlnum(b.text().charAt(0)) ? " " : "";
        int lines = a.tokens().stream().mapToInt(Token::line).max().orElse(-1) + 1;
        List<Token> tokens = new ArrayList<>(a.tokens());
        for (Token t : b.tokens()) {
            tokens.add(new Token(t.kind(), t.text(), t.checked(), t.line() + lines, t.box(), t.confidence()));
        }
        return new CellContent(a.text() + sep + b.text(), tokens, a.textBox());
    }
}
