package perfdecl.validate;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * PERIOD_END_BEFORE_START (error) when 结束时间 precedes 开始时间; PERIOD_OUTSIDE_YEAR (info) when the project
 * period does not touch the form's year. Periods with an unreadable date are left to {@link RequiredFieldsRule}.
 */
public final class PeriodRule implements Rule {

    public static final String PERIOD_END_BEFORE_START = "PERIOD_END_BEFORE_START";
    public static final String PERIOD_OUTSIDE_YEAR = "PERIOD_OUTSIDE_YEAR";

    @Override
    public List<Finding> check(Declaration d) {
        if (d.period() == null) {
            return List.of();
        }
        LocalDate start = date(d.period().start());
        LocalDate end = date(d.period().end());
        if (start == null || end == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (end.isBefore(start)) {
            findings.add(new Finding(PERIOD_END_BEFORE_START, Finding.ERROR, "period.end",
                    "结束时间 (period.end) " + end + " is before 开始时间 (period.start) " + start + ".",
                    start.toString(), end.toString()));
        }
        if (d.year() != null) {
            LocalDate first = end.isBefore(start) ? end : start;
            LocalDate last = end.isBefore(start) ? start : end;
            if (last.getYear() < d.year() || first.getYear() > d.year()) {
                findings.add(new Finding(PERIOD_OUTSIDE_YEAR, Finding.INFO, "period",
                        "The project period " + start + " – " + end + " (开始时间 – 结束时间) does not touch the form's year "
                                + d.year() + ".",
                        d.year(), start + "/" + end));
            }
        }
        return findings;
    }

    private static LocalDate date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
