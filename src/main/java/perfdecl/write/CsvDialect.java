package perfdecl.write;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a table's cells become CSV text: the one cell policy that {@link CsvTableWriter} applies to every table.
 * Numbers, booleans and dates the tool writes as such ({@code Long}, {@code Integer}, {@code BigDecimal},
 * {@code Double}, {@code Boolean}, {@code LocalDate}) are written plainly in both dialects and stay numbers in a
 * spreadsheet, a negative one included; only text cells ({@code String}) are ever changed, and only by
 * {@link #EXCEL}.
 */
public enum CsvDialect {

    /**
     * For spreadsheets: a UTF-8 byte-order mark, and a leading apostrophe before every text cell that a
     * spreadsheet would not keep as that text — one it would evaluate (it begins with {@code = + - @}, a tab or a
     * carriage return) or read as a number, percentage, date, time or truth value (a phone number, a hash of
     * digits, {@code 007}, {@code 98.00}, {@code 1/2}, {@code 2019年1月}, {@code TRUE}).
     */
    EXCEL,

    /** For databases and data frames: RFC 4180 UTF-8 without a byte-order mark, every cell exactly as it is. */
    PLAIN;

    /** What a text cell gets in front of it when a spreadsheet must take it as text. */
    public static final char TEXT_MARK = '\'';

    /**
     * Only digits, signs, separators, currency and percent signs, an exponent and the date characters 年月日:
     * what Excel, WPS or Calc may turn into a number or a date when it holds at least one digit.
     */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[\\s0-9+\\-.,%/:()$¥￥€£eE年月日时分秒]*");

    /** The name used on the command line: {@code excel}, {@code plain}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dialect named {@code id} ({@code excel} or {@code plain}, any case). */
    public static CsvDialect of(String id) {
        for (CsvDialect d : values()) {
            if (d.id().equalsIgnoreCase(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown CSV dialect '" + id + "' (excel or plain)");
    }

    /** Whether a file in this dialect starts with a UTF-8 byte-order mark. */
    public boolean byteOrderMark() {
        return this == EXCEL;
    }

    /** The CSV text of a cell value ({@code null} is empty); quoting is left to the CSV writer. */
    public String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof String text) {
            return this == EXCEL && needsTextMark(text) ? TEXT_MARK + text : text;
        }
        return value.toString();
    }

    /** Whether a spreadsheet opening {@code text} from a CSV would evaluate it or read it as something else. */
    public static boolean needsTextMark(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == TEXT_MARK) {
            // an apostrophe the filer wrote would otherwise be taken for the mark and hidden
            return true;
        }
        String trimmed = text.strip();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return true;
        }
        return trimmed.chars().anyMatch(c -> c >= '0' && c <= '9') && NUMBER_LIKE.matcher(trimmed).matches();
    }
}
