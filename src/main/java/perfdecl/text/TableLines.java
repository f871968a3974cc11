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
 * usual row ({@link #width}), so a file whose rows differ in width keeps its lines as they are. A line without any
 * separator starts a continued row only when it is short and no sentence of its own (no "：", no title), as a broken
 * label is; the lines of a form's head ("申报单位名称：…", "（2024年度）") stay apart.
 */
final class TableLines {

    /** Separators an export may use, in the order preferred when a file holds as many of one as of another. */
    private static final String CANDIDATES = "\t|｜";
    /** A broken label's first line is a few characters; longer lines without separators are text of their own. */
    private static final int FRAGMENT_MAX = 12;
    /** How many lines one row may be spread over. */
    private static final int MAX_LINES = 30;

    private final char separator;
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
        int width = widths.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        return new TableLines(best, width);
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
        List<String> out = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (standalone.test(line)) {
                inTable = false;
                out.add(line);
                continue;
            }
            int end = continuedEnd(lines, i, inTable, standalone);
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

    /** The last line of the row that {@code lines[start]} begins and later lines continue, or {@code start}. */
    private int continuedEnd(List<String> lines, int start, boolean inTable,
                             java.util.function.Predicate<String> standalone) {
        String first = lines.get(start);
        int held = count(first, separator);
        if (width == 0 || held >= width) {
            return start;
        }
        if (held == 0 && !(inTable && isFragment(first))) {
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
