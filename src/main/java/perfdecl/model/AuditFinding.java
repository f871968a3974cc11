package perfdecl.model;

import java.util.List;

/**
 * Something the audit noticed, across years or within one form, with the evidence on both sides.
 * {@code years}, {@code files}, {@code declarations} and {@code fields} run in parallel, one entry per
 * declaration concerned, earlier year first.
 *
 * @param code     stable upper-case code such as {@code PRIOR_YEAR_BUDGET_MISMATCH}
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param scope    {@code cross-year} (two consecutive years), {@code link} (about how filings were linked)
 *                 or {@code form} (a declaration's own finding, carried over)
 * @param project  key of the {@link ProjectLink} concerned
 * @param expected the reference value (for cross-year findings: the earlier year's), or {@code null}
 * @param actual   the value found (for cross-year findings: the later year's), or {@code null}
 * @param fields   JSON path of the field concerned in each declaration; empty string for the form as a whole
 */
public record AuditFinding(
        String code,
        String severity,
        String scope,
        String project,
        String message,
        Object expected,
        Object actual,
        List<Integer> years,
        List<String> files,
        List<String> declarations,
        List<String> fields) {

    public static final String CROSS_YEAR = "cross-year";
    public static final String LINK = "link";
    public static final String FORM = "form";

    public AuditFinding {
        years = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(years));
        files = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(files));
        declarations = List.copyOf(declarations);
        fields = List.copyOf(fields);
    }
}
