package perfdecl.parse;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.grid.Cell;
import perfdecl.model.Finding;
import perfdecl.model.Period;
import perfdecl.model.Texts;
import perfdecl.model.Unit;

/** The single-value fields of one form as they are read: title, year, unit, names, dates and texts. Never shared. */
final class FormFields {

    /** The year before 年, a speck of a copy read as a point between them ("(2019.年)") passed over. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*[.．·]?\\s*年");
    private static final Pattern SEAL = Pattern.compile("[(（]\\s*盖\\s*章\\s*[)）]|盖章");
    /**
     * The seal note closing the unit's line with one of its characters misread or lost (a seal's ink over it:
     * "（盖草）", "（章）"): a bracketed 盖 and one character, or a bracketed 章 after at most one, which no unit's
     * name ends with.
     */
    private static final Pattern SEAL_MISREAD = Pattern.compile(
            "[(（]\\s*(?:盖\\s*\\p{IsHan}|\\p{IsHan}?\\s*章)\\s*[)）]\\s*$");

    private final DateParser dates;
    private final LabelMatcher labels;
    private final List<Finding> findings;
    private final Map<String, Cell> cellOf;

    private final Map<Label, String> values = new EnumMap<>(Label.class);
    private String title;
    private Integer year;
    private String unitName;
    private boolean sealed;
    private boolean unitPrinted;

    FormFields(DateParser dates, LabelMatcher labels, List<Finding> findings, Map<String, Cell> cellOf) {
        this.dates = dates;
        this.labels = labels;
        this.findings = findings;
        this.cellOf = cellOf;
    }

    String get(Label label) {
        return values.get(label);
    }

    /** Adds a line to a text read so far ({@code before}: in front of it). */
    void append(Label label, String more, boolean before) {
        values.merge(label, more, before ? (own, earlier) -> earlier + "\n" + own : (a, b) -> a + "\n" + b);
    }

    String title() {
        return title;
    }

    void title(String title, Cell cell) {
        this.title = title;
        cellOf.put("title", cell);
    }

    Integer year() {
        return year;
    }

    /** Takes the year from "(2019年)" in {@code text}; false when it holds none. */
    boolean yearFrom(String text, Cell cell) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
            year = Integer.parseInt(m.group(1));
            cellOf.put("year", cell);
            return true;
        }
        return false;
    }

    /** One or two Latin letters, then a telephone number: digits first, or an area code in brackets. */
    private static final Pattern STRAY_BEFORE_PHONE =
            Pattern.compile("([A-Za-z]{1,2})\\s*([(（]?\\d[\\d\\s\\-－—()（）转/]{5,})");

    void put(Label label, LabelPair p) {
        String text = p.text();
        if (text == null) {
            return;
        }
        if (label == Label.PROJECT_NAME || label == Label.PROJECT_LEAD || label == Label.CONTACT_PERSON
                || label == Label.CONTACT_PHONE || label == Label.START || label == Label.END
                || label == Label.DEPARTMENT || label == Label.PROJECT_NATURE
                || label == Label.PROJECT_CATEGORY) {
            text = WrappedText.unwrap(text);
        }
        if (label == Label.CONTACT_PHONE) {
            text = withoutStrayLetters(text);
        }
        String old = values.putIfAbsent(label, text);
        if (old != null && !old.equals(text)) {
            findings.add(new Finding("FIELD_DUPLICATE", Finding.WARNING, label.fieldPath(),
                    "the form carries " + labels.canonical(label) + " twice; the first is kept", old, text));
        }
        Cell cell = p.valueCell();
        if (cell != null) {
            cellOf.putIfAbsent(label.fieldPath(), cell);
        }
    }

    /**
     * A telephone number with a Latin letter or two stuck before its digits ("N021-63301175"): a pen stroke across
     * the cell read as a letter, since a number is written without one. Left out and reported, the number kept.
     */
    private String withoutStrayLetters(String text) {
        Matcher m = STRAY_BEFORE_PHONE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, Label.CONTACT_PHONE.fieldPath(),
                "\"" + m.group(1) + "\" before the telephone number was left out as no part of it (a stroke read as a"
                        + " letter?); check it against the page", null, text));
        return m.group(2);
    }

    /**
     * The contact person's value split before a telephone number it was read on into ({@link PersonWithPhone}):
     * the number is the phone's when the form gave none, and each field changed is reported with what was read.
     */
    void phoneOffContactPerson() {
        String read = values.get(Label.CONTACT_PERSON);
        Optional<PersonWithPhone.Split> split = PersonWithPhone.of(read, labels.canonical(Label.CONTACT_PHONE));
        if (split.isEmpty()) {
            return;
        }
        PersonWithPhone.Split s = split.get();
        String left = s.between().isEmpty() ? "" : ", \"" + s.between() + "\" between them taken for what was read of "
                + labels.canonical(Label.CONTACT_PHONE);
        values.put(Label.CONTACT_PERSON, s.person());
        findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, Label.CONTACT_PERSON.fieldPath(),
                "the contact person's value ends in a telephone number, left out of the name" + left
                        + "; check it against the page", null, read));
        String phone = values.get(Label.CONTACT_PHONE);
        if (phone == null || phone.isBlank()) {
            values.put(Label.CONTACT_PHONE, s.phone());
            Cell cell = cellOf.get(Label.CONTACT_PERSON.fieldPath());
            if (cell != null) {
                cellOf.putIfAbsent(Label.CONTACT_PHONE.fieldPath(), cell);
            }
            findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, Label.CONTACT_PHONE.fieldPath(),
                    "no telephone number was read beside its label; taken from the end of the contact person's value"
                            + " (a garbled " + labels.canonical(Label.CONTACT_PHONE) + "?); check it against the page",
                    null, read));
        }
    }

    void range(LabelPair p) {
        String text = p.text();
        if (text == null) {
            return;
        }
        Optional<String[]> parts = dates.splitRange(text);
        if (parts.isEmpty()) {
            findings.add(new Finding("DATE_UNREADABLE", Finding.ERROR, "period",
                    "项目起止时间 does not hold a start and an end date", null, text));
            return;
        }
        values.putIfAbsent(Label.START, parts.get()[0]);
        values.putIfAbsent(Label.END, parts.get()[1]);
        if (p.valueCell() != null) {
            cellOf.putIfAbsent("period.start", p.valueCell());
            cellOf.putIfAbsent("period.end", p.valueCell());
        }
    }

    void unit(String text, Cell cell) {
        unitPrinted = true;
        if (text == null) {
            return;
        }
        Matcher m = SEAL.matcher(text);
        if (m.find()) {
            sealed = true;
            text = m.replaceAll("");
        } else if ((m = SEAL_MISREAD.matcher(text)).find()) {
            sealed = true;
            findings.add(new Finding("LABEL_FUZZY_MATCH", Finding.INFO, "unit.sealed",
                    "read \"" + m.group().strip() + "\" after the unit's name as the seal note （盖章）", "（盖章）",
                    m.group().strip()));
            text = text.substring(0, m.start());
        }
        text = text.replaceAll("^[\\s:：]+|[\\s:：]+$", "");
        unitName = text.isEmpty() ? null : text;
        if (cell != null) {
            cellOf.put("unit.name", cell);
        }
    }

    /** Whether the form prints its unit's label (申报单位名称, 实施单位) but leaves the name blank. */
    boolean unitLeftBlank() {
        return unitPrinted && unitName == null;
    }

    /** The unit, always an object as the contract has it: a form without 实施单位 has a null name, not sealed. */
    Unit unit() {
        return new Unit(unitName, sealed);
    }

    /** The period; with no year printed, the year is taken from its start and a finding says so. */
    Period period() {
        Period period = readPeriod();
        if (year == null && period.start() != null) {
            // no "(2022年)" line: the form is for the year its period starts in
            year = LocalDate.parse(period.start()).getYear();
            findings.add(new Finding("YEAR_FROM_PERIOD", Finding.INFO, "year",
                    "the form prints no year; taken from the period's start", year, period.startRaw()));
            Cell startCell = cellOf.get("period.start");
            if (startCell != null) {
                cellOf.putIfAbsent("year", startCell);
            }
        }
        return period;
    }

    private Period readPeriod() {
        String startRaw = values.get(Label.START);
        String endRaw = values.get(Label.END);
        if (startRaw == null && endRaw == null) {
            return new Period(null, null, null, null);
        }
        Optional<LocalDate> start = misreadYearMark(dates.start(startRaw), startRaw, "period.start");
        Optional<LocalDate> end = misreadYearMark(dates.end(endRaw, start.orElse(null)), endRaw, "period.end");
        if (startRaw != null && start.isEmpty()) {
            findings.add(new Finding("DATE_UNREADABLE", Finding.ERROR, "period.start",
                    "开始时间 is not a date", null, startRaw));
        }
        if (endRaw != null && end.isEmpty()) {
            findings.add(new Finding("DATE_UNREADABLE", Finding.ERROR, "period.end",
                    "结束时间 is not a date", null, endRaw));
        }
        return new Period(start.map(LocalDate::toString).orElse(null), end.map(LocalDate::toString).orElse(null),
                startRaw, endRaw);
    }

    /**
     * The date as read, or else the one a misread 年 left readable ({@link DateParser#withYearMarkMisread}), reported
     * with what was read.
     */
    private Optional<LocalDate> misreadYearMark(Optional<LocalDate> read, String raw, String field) {
        if (read.isPresent() || raw == null) {
            return read;
        }
        Optional<LocalDate> date = dates.withYearMarkMisread(raw);
        date.ifPresent(d -> findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, field,
                "read as " + d + ": the mark after its year taken for a misread 年; check it against the page", null,
                raw)));
        return date;
    }

    Texts texts() {
        return new Texts(values.get(Label.OVERVIEW), values.get(Label.BASIS), values.get(Label.NECESSITY),
                values.get(Label.SAFEGUARDS), values.get(Label.PLAN), values.get(Label.OVERALL_GOAL),
                values.get(Label.ANNUAL_GOAL), values.get(Label.REMARKS));
    }
}
