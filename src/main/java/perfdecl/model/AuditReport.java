package perfdecl.model;

import java.util.List;

/**
 * The result of auditing a set of declarations across filings and years.
 *
 * @param forms    one entry per audited declaration, in the order the declarations were given, so that
 *                 {@code forms.get(i)} describes the i-th input declaration
 * @param projects every project found, single filings included, in a deterministic order (by key)
 * @param findings cross-year findings and each form's own findings, grouped by project and year
 */
public record AuditReport(List<FormRef> forms, List<ProjectLink> projects, List<AuditFinding> findings) {

    public AuditReport {
        forms = List.copyOf(forms);
        projects = List.copyOf(projects);
        findings = List.copyOf(findings);
    }
}
