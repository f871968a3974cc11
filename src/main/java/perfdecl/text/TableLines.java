package perfdecl.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An export's lines as table rows: which character separates its cells (tab, or {@code |} / {@code ｜} where an
 * exporter drew the table's vertical rules as characters) is read from the file itself, and a row whose cell text
 * keeps its line breaks as real newlines ("保证项目实施的⏎制度、措施|…") is put back together as one row, its broken
 * cell holding the lines joined by "\n".
 *
 * <p>A row is taken as continued only where the lines read together hold exactly as many separators as the file's
 * usual row, and only in a file whose lines nearly all have that width and make whole rows, so a file whose rows differ in width keeps its
 * lines as they are. A line without any separator starts a continued row only in a file that shows it breaks rows
 * (a line short of separators that later lines complete), and only when it is short and no sentence of its own (no
 * "：", no title), as a broken label is; the lines of a form's head ("申报单位名称：…", "（2024年度）") and a section's
 * own line ("分解目标") in a file that never breaks rows stay apart.
 */
final class TableLines {

    /** Separators an export may use, in the order preferred when a file holds as many of one as of another. */
    private static final String CANDIDATES = "\t|｜";
    /** A broken label's first line is a few characters; longer lines without separators are text of their own. */
    private static final int FRAGMENT_MAX = 12;
    /** How many lines one row may be spread over. */
    private static final int MAX_LINES = 30;
    /**
     * The share of lines with separators that must make whole rows of the usual width, alone or read together, for
     * rows to be taken as continued.
     */
    private static final double REGULAR = 0.9;
    /**
     * The share of lines with separators that must have the usual width on their own: an exporter that breaks rows
     * pads every whole row to the table's width, so few lines fall short; a file of label–value pairs and wider rows
     * (one, two and three separators) would make rows of any width from neighbouring lines.
     */
    private static final double USUAL = 0.85;

    private final char separator;
    /** Separators in a whole row, or 0 when the file's rows are not regular enough to tell a continued one. */
    private final int width;

    private TableLines(char separator, int width) {
        this.separator = separator;
        this.width = width;
    }

    /** The separator and usual row width of {@code lines}. */
    static TableLines of(List<String> lines) {
        char best = '\t';
        long bestLines = 0;
        for (char c : CANDIDATES.toCharArray()) {
            long n = lines.stream().filter(l -> l.indexOf(c) >= 0).count();
            if (n > bestLines) {
                best = c;
                bestLines = n;
            }
        }
        Map<Integer, Integer> widths = new LinkedHashMap<>();
        for (String line : lines) {
            int n = count(line, best);
            if (n > 0) {
                widths.merge(n, 1, Integer::sum);
            }
        }
        var usual = widths.entrySet().stream().max(Map.Entry.comparingByValue());
        int all = widths.values().stream().mapToInt(Integer::intValue).sum();
        if (usual.isEmpty() || usual.get().getValue() < USUAL * all) {
            return new TableLines(best, 0);
        }
        TableLines table = new TableLines(best, usual.get().getKey());
        return table.wholeRowShare(lines) >= REGULAR ? table : new TableLines(best, 0);
    }

    char separator() {
        return separator;
    }

    /** The cells of one row, empty ones kept, in separator order. */
    List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= row.length(); i++) {
            if (i == row.length() || row.charAt(i) == separator) {
                out.add(row.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    /**
     * The rows of {@code lines} (blank lines already dropped), continued rows joined; {@code standalone} tells lines
     * that are never part of a row (a form's title).
     */
    List<String> rows(List<String> lines, java.util.function.Predicate<String> standalone) {
        boolean breaksRows = false;
        for (int i = 0; i < lines.size() && !breaksRows; i++) {
            breaksRows = !standalone.test(lines.get(i)) && continuedEnd(lines, i, false, false, standalone) > i;
        }
        List<String> out = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (standalone.test(line)) {
                inTable = false;
                out.add(line);
                continue;
            }
            int end = continuedEnd(lines, i, inTable, breaksRows, standalone);
            if (end > i) {
                out.add(String.join("\n", lines.subList(i, end + 1)));
                i = end;
            } else {
                out.add(line);
            }
            inTable |= count(out.get(out.size() - 1), separator) > 0;
        }
        return out;
    }

    /** The share of lines with separators that are whole rows or parts of a row that later lines complete. */
    private double wholeRowShare(List<String> lines) {
        int withSeparators = 0;
        int whole = 0;
        for (int i = 0; i < lines.size(); i++) {
            int n = count(lines.get(i), separator);
            int end = continuedEnd(lines, i, false, false, line -> false);
            int inRow = 0;
            for (int j = i; j <= end; j++) {
                inRow += count(lines.get(j), separator) > 0 ? 1 : 0;
            }
            if (n == width || end > i) {
                whole += inRow;
            }
            withSeparators += inRow;
            i = end;
        }
        return withSeparators == 0 ? 0 : (double) whole / withSeparators;
    }

    /** The last line of the row that {@code lines[start]} begins and later lines continue, or {@code start}. */
    private int continuedEnd(List<String> lines, int start, boolean inTable, boolean fragments,
                             java.util.function.Predicate<String> standalone) {
        String first = lines.get(start);
        int held = count(first, separator);
        if (width == 0 || held >= width) {
            return start;
        }
        if (held == 0 && !(fragments && inTable && isFragment(first))) {
            return start;
        }
        for (int j = start + 1; j < lines.size() && j - start < MAX_LINES; j++) {
            String line = lines.get(j);
            if (standalone.test(line)) {
                return start;
            }
            held += count(line, separator);
            if (held == width) {
                return j;
            }
            if (held > width) {
                return start;
            }
        }
        return start;
    }

    private static boolean isFragment(String line) {
        String text = line.strip();
        return !text.isEmpty() && text.codePointCount(0, text.length()) <= FRAGMENT_MAX
                && text.indexOf('：') < 0 && text.indexOf(':') < 0;
    }

    static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
