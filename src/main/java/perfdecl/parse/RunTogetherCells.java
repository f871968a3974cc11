package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.grid.Token;

/**
 * Splits a cell in which published forms run several short labels and their values together without any separator
 * ("开始时间2019/1/1结束时间2019/12/31", "项目负责人王建国联系人李敏联系电话021-63211234",
 * "项目总预算（元）850000项目当年预算（元）850000") into one cell per label, as if the form had printed its cells.
 * Only a cell that starts with a short-value or amount label is split, and only at another such label: a free text
 * that mentions "电话" or a project name that contains a label word is never cut.
 */
final class RunTogetherCells {

    private final LabelMatcher labels;

    RunTogetherCells(LabelMatcher labels) {
        this.labels = labels;
    }

    /** The row with run-together labels and values in cells of their own; the row itself when none is. */
    Row separated(Row row) {
        List<Cell> cells = null;
        Cell previous = null;
        for (int i = 0; i < row.cells().size(); i++) {
            Cell cell = row.cells().get(i);
            List<Cell> parts = afterLabel(previous, cell);
            if (parts.size() == 1) {
                parts = split(cell);
            }
            if (!cell.isBlank()) {
                previous = cell;
            }
            if (parts.size() > 1 && cells == null) {
                cells = new ArrayList<>(row.cells().subList(0, i));
            }
            if (cells != null) {
                cells.addAll(parts);
            }
        }
        return cells == null ? row : new Row(cells, row.page());
    }

    /**
     * The value cell of a short label that runs on into the next label and its value, a space apart, where a
     * spreadsheet left out the border between them ("主管部门 | 临江市水务局 实施单位临江市水文站"): the value, then the
     * label and its value. The cell itself when it is no such cell.
     */
    private List<Cell> afterLabel(Cell previous, Cell cell) {
        if (previous == null || cell.isBlank() || cell.hasMarks() || cell.text().indexOf('\n') >= 0
                || labels.whole(previous.text()).filter(m -> splits(m.label())).isEmpty()
                || labels.prefix(cell.text()).isPresent()) {
            return List.of(cell);
        }
        String text = cell.text().strip();
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i - 1)) || Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            String rest = text.substring(i);
            Optional<LabelMatch> m = labels.prefix(rest).filter(x -> splits(x.label()));
            if (m.isPresent() && !m.get().rest().isEmpty() && m.get().label().plausibleInlineValue(m.get().rest())) {
                List<Cell> out = new ArrayList<>();
                out.add(piece(cell, text.substring(0, i).strip(), 0));
                out.addAll(split(piece(cell, rest, 1)));
                return out;
            }
        }
        return List.of(cell);
    }

    private static Cell piece(Cell cell, String text, int offset) {
        return new Cell(cell.column() + offset, 1, text, List.of(Token.text(text, 0, cell.box())), cell.page(),
                cell.box(), cell.confidence());
    }

    /** The cell's pieces, or the cell itself when it holds at most one label. */
    List<Cell> split(Cell cell) {
        if (cell.hasMarks() || cell.text().indexOf('\n') >= 0) {
            return List.of(cell);
        }
        Optional<LabelMatch> first = labels.prefix(cell.text());
        if (first.isEmpty() || !splits(first.get().label()) || first.get().rest().isEmpty()) {
            return List.of(cell);
        }
        String text = cell.text().strip();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int i = keyEnd(text, 0, LabelKey.of(first.get().labelText()).length());
        while (i < text.length()) {
            Optional<LabelMatch> m = Character.isWhitespace(text.charAt(i)) ? Optional.empty()
                    : labels.prefix(text.substring(i)).filter(x -> splits(x.label()));
            if (m.isPresent()) {
                starts.add(i);
                i = keyEnd(text, i, LabelKey.of(m.get().labelText()).length());
            } else {
                i++;
            }
        }
        if (starts.size() < 2) {
            return List.of(cell);
        }
        List<String> pieces = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            String piece = text.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : text.length())
                    .strip();
            // every label must have got a plausible value, else a "label" was part of the text before it; only a
            // label directly followed by the next one was left blank ("项目负责人联系人顾明联系电话57901288")
            boolean last = k + 1 == starts.size();
            Optional<LabelMatch> m = labels.prefix(piece);
            if (m.isEmpty() || !m.get().rest().isEmpty() && !m.get().label().plausibleInlineValue(m.get().rest())
                    || m.get().rest().isEmpty() && (last || !splits(m.get().label()))) {
                return List.of(cell);
            }
            pieces.add(piece);
        }
        List<Cell> out = new ArrayList<>(pieces.size());
        for (String p : pieces) {
            out.add(new Cell(cell.column(), 1, p, List.of(Token.text(p, 0, cell.box())), cell.page(), cell.box(),
                    cell.confidence()));
        }
        return out;
    }

    /** The index in {@code text} after {@code keyLength} non-space characters from {@code from}. */
    private static int keyEnd(String text, int from, int keyLength) {
        int seen = 0;
        int i = from;
        while (i < text.length() && seen < keyLength) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                seen++;
            }
            i++;
        }
        return i;
    }

    private static boolean splits(Label label) {
        return label.takesShortValue() || label.isAmount();
    }
}
