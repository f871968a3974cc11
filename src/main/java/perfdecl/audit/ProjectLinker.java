package perfdecl.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups filings into projects. Units are matched first (equal after normalisation, or at least
 * {@link AuditSettings#unitSimilarity()} similar); within a unit, pairs of filings whose normalised project
 * names are at least {@link AuditSettings#projectSimilarity()} similar are joined, most similar pair first.
 * Names whose distinguishing numbers differ (一期/二期) are never joined, and two groups are not merged when
 * that would put two differently named filings of the same year into one project: a unit files different
 * projects in one year, but files the same project twice only under the same name (a duplicate filing).
 * A later-generation form names a 实施单位 and its 主管部门: it is linked under the 主管部门 when the project was
 * filed before by the 主管部门 and never by the 实施单位 on its own account (the 2019 form named only the filer).
 */
final class ProjectLinker {

    private static final Comparator<FiledForm> BY_YEAR_THEN_ID = Comparator
            .comparing(FiledForm::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FiledForm::ref);

    List<LinkedProject> link(List<FiledForm> filed, AuditSettings settings) {
        List<FiledForm> forms = filed.stream().map(f -> f.departmentKey() != null
                && filedBy(filed, f, f.departmentKey(), settings) && !filedBy(filed, f, f.unitKey(), settings)
                ? f.underDepartment() : f).toList();
        Map<String, List<FiledForm>> byUnit = groupByUnit(forms, settings);
        List<LinkedProject> projects = new ArrayList<>();
        for (List<FiledForm> unitForms : byUnit.values()) {
            projects.addAll(linkWithinUnit(unitForms, settings));
        }
        projects.sort(Comparator.comparing(LinkedProject::key));
        return uniqueKeys(projects);
    }

    private Map<String, List<FiledForm>> groupByUnit(List<FiledForm> forms, AuditSettings settings) {
        List<String> units = forms.stream().map(FiledForm::unitKey).distinct().sorted().toList();
        UnionFind<String> clusters = new UnionFind<>(units);
        for (int i = 0; i < units.size(); i++) {
            for (int j = i + 1; j < units.size(); j++) {
                String a = units.get(i);
                String b = units.get(j);
                if (sameNumbers(a, b) && EditSimilarity.of(a, b) >= settings.unitSimilarity()) {
                    clusters.union(a, b);
                }
            }
        }
        Map<String, List<FiledForm>> byUnit = new TreeMap<>();
        for (FiledForm form : forms) {
            byUnit.computeIfAbsent(clusters.find(form.unitKey()), k -> new ArrayList<>()).add(form);
        }
        return byUnit;
    }

    /** Whether a form filed by {@code unit} on its own account (no other 主管部门) names the project of {@code form}. */
    private static boolean filedBy(List<FiledForm> forms, FiledForm form, String unit, AuditSettings settings) {
        for (FiledForm other : forms) {
            if (other != form && other.departmentKey() == null && other.numbers().equals(form.numbers())
                    && (other.unitKey().equals(unit) || sameNumbers(other.unitKey(), unit)
                    && EditSimilarity.of(other.unitKey(), unit) >= settings.unitSimilarity())
                    && EditSimilarity.of(other.nameKey(), form.nameKey()) >= settings.projectSimilarity()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameNumbers(String a, String b) {
        return NameNormalizer.distinguishingNumbers(a).equals(NameNormalizer.distinguishingNumbers(b));
    }

    private List<LinkedProject> linkWithinUnit(List<FiledForm> forms, AuditSettings settings) {
        List<FiledForm> sorted = forms.stream().sorted(BY_YEAR_THEN_ID.thenComparing(FiledForm::index)).toList();
        record Edge(FiledForm a, FiledForm b, double similarity) {
        }
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                FiledForm a = sorted.get(i);
                FiledForm b = sorted.get(j);
                if (!a.numbers().equals(b.numbers())) {
                    continue;
                }
                double similarity = EditSimilarity.of(a.nameKey(), b.nameKey());
                if (similarity >= settings.projectSimilarity()) {
                    edges.add(new Edge(a, b, similarity));
                }
            }
        }
        // Stable sort keeps the (year, id) order of equally similar pairs.
        edges.sort(Comparator.comparingDouble(Edge::similarity).reversed());

        Map<FiledForm, List<FiledForm>> groupOf = new java.util.IdentityHashMap<>();
        for (FiledForm form : sorted) {
            groupOf.put(form, new ArrayList<>(List.of(form)));
        }
        for (Edge edge : edges) {
            List<FiledForm> ga = groupOf.get(edge.a());
            List<FiledForm> gb = groupOf.get(edge.b());
            if (ga == gb || conflict(ga, gb)) {
                continue;
            }
            ga.addAll(gb);
            for (FiledForm moved : gb) {
                groupOf.put(moved, ga);
            }
        }
        Map<List<FiledForm>, Boolean> seen = new java.util.IdentityHashMap<>();
        List<LinkedProject> projects = new ArrayList<>();
        for (FiledForm form : sorted) {
            List<FiledForm> group = groupOf.get(form);
            if (seen.put(group, Boolean.TRUE) == null) {
                projects.add(project(group));
            }
        }
        return projects;
    }

    /** Two groups conflict when both hold a filing of the same year under different normalised names. */
    private static boolean conflict(List<FiledForm> ga, List<FiledForm> gb) {
        for (FiledForm a : ga) {
            for (FiledForm b : gb) {
                if (a.year() != null && Objects.equals(a.year(), b.year()) && !a.nameKey().equals(b.nameKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LinkedProject project(List<FiledForm> group) {
        List<FiledForm> members = group.stream().sorted(BY_YEAR_THEN_ID).toList();
        double similarity = 1.0;
        double unitSimilarity = 1.0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                similarity = Math.min(similarity, EditSimilarity.of(members.get(i).nameKey(), members.get(j).nameKey()));
                unitSimilarity = Math.min(unitSimilarity,
                        EditSimilarity.of(members.get(i).unitKey(), members.get(j).unitKey()));
            }
        }
        FiledForm first = members.get(0);
        return new LinkedProject(first.unitKey() + "/" + first.nameKey(), members, similarity, unitSimilarity);
    }

    private static List<LinkedProject> uniqueKeys(List<LinkedProject> projects) {
        Map<String, Integer> used = new LinkedHashMap<>();
        List<LinkedProject> unique = new ArrayList<>();
        for (LinkedProject p : projects) {
            int n = used.merge(p.key(), 1, Integer::sum);
            unique.add(n == 1 ? p : new LinkedProject(p.key() + "~" + n, p.members(), p.similarity(), p.unitSimilarity()));
        }
        return unique;
    }

    /** Disjoint sets over a fixed list of elements; the representative is the first element of its set. */
    private static final class UnionFind<T> {
        private final Map<T, T> parent = new HashMap<>();
        private final Map<T, Integer> order = new HashMap<>();

        UnionFind(List<T> elements) {
            for (int i = 0; i < elements.size(); i++) {
                parent.put(elements.get(i), elements.get(i));
                order.put(elements.get(i), i);
            }
        }

        T find(T x) {
            T root = x;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            return root;
        }

        void union(T a, T b) {
            T ra = find(a);
            T rb = find(b);
            if (ra.equals(rb)) {
                return;
            }
            if (order.get(ra) < order.get(rb)) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
