package perfdecl.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.FormRef;
import perfdecl.model.ProjectLink;

/**
 * Audits declarations across filings and years: links the filings of one project (see {@link ProjectLinker}),
 * compares every pair of filings in consecutive years N−1 → N, reports a project filed twice in one year as
 * {@code DUPLICATE_FILING}, and carries over each declaration's own findings tagged with its year and file.
 * Pure and deterministic: the same declarations give the same report.
 *
 * <p>Findings are grouped by project (in key order) and, within a project, by year: for each year the duplicate
 * filing, then the forms' own findings, then the comparisons with the year before.
 */
public final class Auditor {

    private final List<CrossYearCheck> checks = List.of(
            new BudgetContinuityCheck(), new ExecutionTargetCheck(), new TargetChangeCheck(), new BudgetChangeCheck());
    private final ProjectLinker linker = new ProjectLinker();

    public AuditReport audit(List<Declaration> declarations, AuditSettings settings) {
        List<FiledForm> forms = filedForms(declarations);
        List<LinkedProject> projects = linker.link(forms, settings);

        Map<FiledForm, String> projectOf = new java.util.IdentityHashMap<>();
        List<ProjectLink> links = new ArrayList<>();
        List<AuditFinding> findings = new ArrayList<>();
        for (LinkedProject project : projects) {
            project.members().forEach(m -> projectOf.put(m, project.key()));
            links.add(link(project));
            findings.addAll(findings(project, settings));
        }
        List<FormRef> refs = forms.stream()
                .map(f -> new FormRef(f.ref(), f.year(), f.declaration().unit() == null ? null : f.declaration().unit().name(),
                        f.declaration().projectName(), f.file(), projectOf.get(f)))
                .toList();
        return new AuditReport(refs, links, findings);
    }

    /** Audit ids: the declaration's id, or form-n when it has none; repeats get ~2, ~3… */
    static List<FiledForm> filedForms(List<Declaration> declarations) {
        List<FiledForm> forms = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < declarations.size(); i++) {
            Declaration d = Objects.requireNonNull(declarations.get(i), "declaration " + (i + 1));
            String id = d.id() != null && !d.id().isBlank() ? d.id() : "form-" + (i + 1);
            int n = seen.merge(id, 1, Integer::sum);
            forms.add(FiledForm.of(n == 1 ? id : id + "~" + n, i, d));
        }
        return forms;
    }

    private static ProjectLink link(LinkedProject project) {
        List<FiledForm> members = project.members();
        FiledForm first = members.get(0);
        return new ProjectLink(project.key(),
                first.declaration().unit() == null ? null : first.declaration().unit().name(),
                first.declaration().projectName(),
                members.stream().map(FiledForm::year).toList(),
                members.stream().map(FiledForm::file).toList(),
                members.stream().map(FiledForm::ref).toList(),
                members.stream().map(m -> m.declaration().projectName()).toList(),
                project.similarity(), project.unitSimilarity());
    }

    private List<AuditFinding> findings(LinkedProject project, AuditSettings settings) {
        Map<Integer, List<FiledForm>> byYear = new TreeMap<>();
        List<FiledForm> undated = new ArrayList<>();
        for (FiledForm member : project.members()) {
            if (member.year() == null) {
                undated.add(member);
            } else {
                byYear.computeIfAbsent(member.year(), y -> new ArrayList<>()).add(member);
            }
        }
        List<AuditFinding> findings = new ArrayList<>();
        for (var year : byYear.entrySet()) {
            List<FiledForm> filings = year.getValue();
            if (filings.size() > 1) {
                findings.add(duplicate(project.key(), year.getKey(), filings));
            }
            filings.forEach(f -> findings.addAll(ownFindings(project.key(), f)));
            List<FiledForm> previous = byYear.getOrDefault(year.getKey() - 1, List.of());
            for (FiledForm before : previous) {
                for (FiledForm now : filings) {
                    FilingPair pair = new FilingPair(project.key(), before, now);
                    checks.forEach(check -> findings.addAll(check.check(pair, settings)));
                }
            }
        }
        for (FiledForm member : undated) {
            findings.add(new AuditFinding("YEAR_UNKNOWN", Finding.WARNING, AuditFinding.LINK, project.key(),
                    "申报年度无法识别，未参与跨年度比对", null, null,
                    Collections.singletonList(null), Collections.singletonList(member.file()),
                    List.of(member.ref()), List.of("year")));
            findings.addAll(ownFindings(project.key(), member));
        }
        return findings;
    }

    private static AuditFinding duplicate(String project, int year, List<FiledForm> filings) {
        List<String> files = filings.stream().map(FiledForm::file).toList();
        return new AuditFinding("DUPLICATE_FILING", Finding.WARNING, AuditFinding.LINK, project,
                year + "年同一项目申报了 " + filings.size() + " 份：" + String.join("、", files.stream().map(String::valueOf).toList()),
                1, filings.size(),
                Collections.nCopies(filings.size(), year), files,
                filings.stream().map(FiledForm::ref).toList(),
                Collections.nCopies(filings.size(), ""));
    }

    private static List<AuditFinding> ownFindings(String project, FiledForm form) {
        List<AuditFinding> carried = new ArrayList<>();
        for (Finding f : form.declaration().findings()) {
            if (f.answered()) {
                continue; // a person answered it in review: the form's own JSON keeps it, marked resolved
            }
            carried.add(new AuditFinding(f.code(), f.severity(), AuditFinding.FORM, project, f.message(),
                    f.expected(), f.actual(), Arrays.asList(form.year()), Arrays.asList(form.file()),
                    List.of(form.ref()), List.of(f.field() == null ? "" : f.field())));
        }
        return carried;
    }
}
