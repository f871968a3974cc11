package perfdecl.audit;

import java.util.List;
import perfdecl.model.AuditFinding;

/** Two filings of one project in consecutive years, the earlier first. */
record FilingPair(String project, FiledForm previous, FiledForm current) {

    /** A cross-year finding about this pair; {@code previousField} and {@code currentField} locate it in each form. */
    AuditFinding finding(String code, String severity, String message, Object expected, Object actual,
                         String previousField, String currentField) {
        return new AuditFinding(code, severity, AuditFinding.CROSS_YEAR, project, message, expected, actual,
                java.util.Arrays.asList(previous.year(), current.year()),
                java.util.Arrays.asList(previous.file(), current.file()),
                List.of(previous.ref(), current.ref()),
                List.of(previousField, currentField));
    }

    int previousYear() {
        return previous.year();
    }

    int currentYear() {
        return current.year();
    }
}
