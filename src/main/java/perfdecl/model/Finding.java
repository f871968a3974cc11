package perfdecl.model;

/**
 * Something validation or extraction noticed, with its evidence.
 *
 * @param code     stable upper-case code such as {@code BUDGET_ITEMS_SUM_MISMATCH}
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param field    JSON path of the field concerned
 * @param expected what the form should hold there (any JSON value), or {@code null}
 * @param actual   what it holds, or {@code null}
 */
public record Finding(String code, String severity, String field, String message, Object expected, Object actual) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";
}
