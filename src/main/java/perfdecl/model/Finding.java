package perfdecl.model;

/**
 * Something validation or extraction noticed, with its evidence.
 *
 * @param code       stable upper-case code such as {@code BUDGET_ITEMS_SUM_MISMATCH}
 * @param severity   {@code error}, {@code warning} or {@code info}
 * @param field      JSON path of the field concerned
 * @param expected   what the form should hold there (any JSON value), or {@code null}
 * @param actual     what it holds, or {@code null}
 * @param resolved   {@code true} when a person's review answered it (the value corrected or confirmed), else
 *                   {@code null}; the finding stays as evidence of what was filed
 * @param resolvedBy the reviewer who answered it, {@code null} when not resolved
 */
public record Finding(String code, String severity, String field, String message, Object expected, Object actual,
                      Boolean resolved, String resolvedBy) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";

    /** A finding no one has answered yet. */
    public Finding(String code, String severity, String field, String message, Object expected, Object actual) {
        this(code, severity, field, message, expected, actual, null, null);
    }

    /** This finding, answered by {@code reviewer}. */
    public Finding resolvedBy(String reviewer) {
        return new Finding(code, severity, field, message, expected, actual, Boolean.TRUE, reviewer);
    }

    /** Whether a review answered it. */
    public boolean answered() {
        return Boolean.TRUE.equals(resolved);
    }
}
