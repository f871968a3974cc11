package perfdecl.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period dates as filed: "2019-1-1", "2019. 1. 1", "2019/01/01", "2019年1月1日", "20190101", and a
 * month alone ("2019年1月"), which starts on the month's first day and ends on its last, and a year alone ("2023年"),
 * which starts on 1 January and ends on 31 December.
 */
final class DateParser {

    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*(?:[-./月]\\s*(?:(\\d{1,2})\\s*[日号]?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号]?)?");

    private static final Pattern RANGE_WORD = Pattern.compile("\\s*(?:至|到|~|～|—+|－－|--)\\s*");
    /** Years alone, "2023年-2027年", "2023-2027": a hyphen parts them as no date written with days can. */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(\\d{4}\\s*年?)\\s*(?:[-－–—~～至到]+)\\s*(\\d{4}\\s*年?)");
    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            "\\d{4}\\s*[-./年]\\s*\\d{1,2}(?:\\s*[-./月]\\s*(?:\\d{1,2}\\s*[日号]?)?)?");

    /**
     * Splits a period written in one cell ("2019年1月1日至2019年12月31日", "2019.1.1-2019.12.31") into its start and
     * end as filed; empty when the text does not hold exactly two dates.
     */
    Optional<String[]> splitRange(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher years = YEAR_RANGE.matcher(text.strip());
        if (years.matches()) {
            return Optional.of(new String[]{years.group(1).strip(), years.group(2).strip()});
        }
        String[] parts = RANGE_WORD.split(text.strip());
        if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
            return Optional.of(new String[]{parts[0].strip(), parts[1].strip()});
        }
        Matcher m = DATE_IN_TEXT.matcher(text);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group().strip());
        }
        return found.size() == 2 ? Optional.of(found.toArray(new String[0])) : Optional.empty();
    }

    Optional<LocalDate> start(String text) {
        return parse(text, false);
    }

    Optional<LocalDate> end(String text) {
        return parse(text, true);
    }

    /**
     * The end date; one written without its year ("2023年1月至12月", "2023年7月1日至6月30日") is in the start's year,
     * or the next one when it would fall before the start.
     */
    Optional<LocalDate> end(String text, LocalDate start) {
        Optional<LocalDate> full = parse(text, true);
        if (full.isPresent() || start == null || text == null) {
            return full;
        }
        Matcher m = MONTH_DAY.matcher(LabelKey.of(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            for (int year = start.getYear(); year <= start.getYear() + 1; year++) {
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(1)));
                LocalDate d = m.group(2) == null ? ym.atEndOfMonth() : ym.atDay(Integer.parseInt(m.group(2)));
                if (!d.isBefore(start)) {
                    return Optional.of(d);
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A date written with 年, 月 and 日 whose 年 a stroke across it made OCR read as a mark, or a digit and a mark
     * ("—20234：12月31日" for 2023年12月31日, the stroke before it a dash): 月 and 日 still say where month and day
     * stand, so the year is the four digits before the mark.
     */
    private static final Pattern YEAR_MARK_MISREAD =
            Pattern.compile("-*(\\d{4})\\d?[^\\d年月日](\\d{1,2})月(\\d{1,2})[日号]");

    /** The date of {@link #YEAR_MARK_MISREAD}'s shape; empty for any other text. */
    Optional<LocalDate> withYearMarkMisread(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = YEAR_MARK_MISREAD.matcher(LabelKey.of(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<LocalDate> parse(String text, boolean end) {
        if (text == null) {
            return Optional.empty();
        }
        String s = LabelKey.of(text);
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (m.group(3) != null) {
                    return Optional.of(ym.atDay(Integer.parseInt(m.group(3))));
                }
                return Optional.of(end ? ym.atEndOfMonth() : ym.atDay(1));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = YEAR.matcher(s);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                return Optional.of(end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
