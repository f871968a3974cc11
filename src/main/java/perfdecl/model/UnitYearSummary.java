package perfdecl.model;

/**
 * One unit's filings of one year as the audit counts them: the figures of report.html's overview and of the
 * audit workbook's {@code summary} sheet.
 *
 * @param unit        the unit as its projects name it (each project's earliest filing)
 * @param year        the filing year, {@code null} when unknown
 * @param projects    distinct linked projects filed that year
 * @param errors      findings of severity error that year (a cross-year finding counts in its later year)
 * @param total       sum of the filings' 项目总预算 (blank ones count nothing), yuan
 * @param currentYear sum of the filings' 项目当年预算, yuan
 */
public record UnitYearSummary(String unit, Integer year, int forms, int projects, int errors, int warnings, int infos,
                              long total, long currentYear) {
}
