package perfdecl.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period dates as filed: "2019-1-1", "2019. 1. 1", "2019/01/01", "2019年1月1日", "20190101", and a
 * month alone ("2019年1月"), which starts on the month's first day and ends on its last.
 */
final class DateParser {

    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*(?:[-./月]\\s*(?:(\\d{1,2})\\s*[日号]?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");

    Optional<LocalDate> start(String text) {
        return parse(text, false);
    }

    Optional<LocalDate> end(String text) {
        return parse(text, true);
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
