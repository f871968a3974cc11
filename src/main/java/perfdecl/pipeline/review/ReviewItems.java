package perfdecl.pipeline.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import perfdecl.correct.CorrectionReplay;
import perfdecl.correct.FieldValues;
import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Provenance;
import perfdecl.model.Target;
import perfdecl.pipeline.review.ReviewFolder.AmountView;
import perfdecl.pipeline.review.ReviewFolder.FindingView;
import perfdecl.pipeline.review.ReviewFolder.Item;

/**
 * A form's queue items: its warning and error findings and its low-confidence values grouped by the field they
 * are checked and corrected as, each with its kind of editor, its values before and after the corrections, who
 * answered it and where on the page it was read.
 */
final class ReviewItems {

    private static final Pattern ITEM = Pattern.compile("budget\\.items\\[\\d+]");
    private static final Pattern INDICATOR = Pattern.compile("indicators\\[\\d+]");
    private static final Pattern OPTION = Pattern.compile("(projectType|fundUse)\\.options\\[\\d+]");
    private static final Pattern ITEM_AMOUNT = Pattern.compile("budget\\.items\\[\\d+]\\.amount");
    private static final Pattern TARGET = Pattern.compile("indicators\\[\\d+]\\.target");
    private static final Set<String> AMOUNTS = Set.of("budget.total", "budget.currentYear", "budget.priorYearBudget",
            "budget.priorYearExecuted");
    private static final Pattern TEXT = Pattern.compile("title|year|unit\\.name|projectName|projectLead|contactPerson"
            + "|contactPhone|period\\.(start|end)|texts\\.\\w+|budget\\.items\\[\\d+]\\.name|indicators\\[\\d+]\\.level3");

    private ReviewItems() {
    }

    static int rank(String severity) {
        return switch (severity) {
            case Finding.ERROR -> 3;
            case Finding.WARNING -> 2;
            default -> 1;
        };
    }


    /** The field a finding's or a position's path is checked and corrected as. */
    static String itemField(String path) {
        if (path == null) {
            return "";
        }
        if (ITEM.matcher(path).matches()) {
            return path + ".amount";
        }
        if (INDICATOR.matcher(path).matches()) {
            return path + ".target";
        }
        if (OPTION.matcher(path).matches()) {
            return path.substring(0, path.indexOf('.'));
        }
        return path;
    }

    static String kind(String field) {
        if (AMOUNTS.contains(field) || ITEM_AMOUNT.matcher(field).matches()) {
            return "amount";
        }
        if (field.equals("projectType") || field.equals("fundUse")) {
            return "choice";
        }
        if (TARGET.matcher(field).matches()) {
            return "target";
        }
        if (field.equals("budget.items")) {
            return "items";
        }
        return TEXT.matcher(field).matches() ? "text" : "accept";
    }


    /** The items of {@code d} ({@code c}: as corrected); {@code pdf}: its source is there to crop from. */
    static List<Item> items(Declaration d, Declaration c, CorrectionReplay replay, boolean pdf) {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        for (Finding f : c.findings()) {
            if (Finding.ERROR.equals(f.severity()) || Finding.WARNING.equals(f.severity())) {
                String key = itemField(f.field());
                findings.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                fields.computeIfAbsent(key, k -> new LinkedHashSet<>(List.of(k))).add(f.field() == null ? "" : f.field());
            }
        }
        for (var e : new TreeMap<>(d.provenance()).entrySet()) {
            Double conf = e.getValue().confidence();
            if (conf != null && conf < ReviewFolder.CONFIDENCE_THRESHOLD) {
                String key = itemField(e.getKey());
                confidence.merge(key, conf, Math::min);
                fields.computeIfAbsent(key, k -> new LinkedHashSet<>(List.of(k))).add(e.getKey());
                findings.computeIfAbsent(key, k -> new ArrayList<>());
            }
        }
        Map<String, Correction> inForce = new HashMap<>();
        for (Correction x : replay.inForce(d.id())) {
            inForce.put(x.field(), x);
        }
        List<Item> out = new ArrayList<>();
        for (var e : findings.entrySet()) {
            String field = e.getKey();
            List<Finding> fs = e.getValue();
            String kind = field.isEmpty() ? "accept" : kind(field);
            Correction answered = null;
            for (String f : fields.get(field)) {
                Correction x = inForce.get(f);
                if (x != null && (answered == null || order(replay, d.id(), x) > order(replay, d.id(), answered))) {
                    answered = x;
                }
            }
            boolean allResolved = !fs.isEmpty() && fs.stream().allMatch(Finding::answered);
            boolean done = answered != null || allResolved;
            String doneBy = answered != null ? answered.reviewer()
                    : allResolved ? fs.get(fs.size() - 1).resolvedBy() : null;
            String severity = fs.stream().map(Finding::severity).max(Comparator.comparingInt(ReviewItems::rank))
                    .orElse("low-confidence");
            Provenance where = where(d, field, Set.of(field));
            out.add(new Item(d.id() + "|" + field, d.id(), d.source() == null ? null : d.source().file(), field,
                    List.copyOf(fields.get(field)), kind, value(c, field, kind), value(d, field, kind),
                    kind.equals("target") ? parsed(c, field) : null, kind.equals("choice") ? options(c, field) : null,
                    kind.equals("items") ? amounts(c) : null,
                    fs.stream().map(f -> new FindingView(f.code(), f.severity(), f.field(), f.message(), f.expected(),
                            f.actual(), f.answered(), f.resolvedBy())).toList(),
                    confidence.get(field), severity, where == null ? null : where.page(),
                    pdf && where != null && where.page() > 0, done, doneBy));
        }
        return out;
    }


    private static int order(CorrectionReplay replay, String id, Correction c) {
        return replay.history(id, c.field()).indexOf(c);
    }


    static Object value(Declaration d, String field, String kind) {
        if (kind.equals("accept")) {
            return null;
        }
        try {
            return FieldValues.valueOf(d, field);
        } catch (RuntimeException e) {
            return null;
        }
    }


    private static Map<String, Object> parsed(Declaration c, String field) {
        int i = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
        if (i >= c.indicators().size() || c.indicators().get(i).target() == null) {
            return null;
        }
        return targetView(c.indicators().get(i).target());
    }

    private static Map<String, Object> targetView(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operator", t.operator());
        m.put("value", t.value() == null ? null : t.value().toPlainString());
        m.put("unit", t.unit());
        m.put("qualitative", t.qualitative());
        return m;
    }

    private static List<String> options(Declaration c, String field) {
        ChoiceGroup g = field.equals("projectType") ? c.projectType() : c.fundUse();
        return g == null ? List.of() : g.options().stream().map(ChoiceGroup.Option::label).toList();
    }

    private static List<AmountView> amounts(Declaration c) {
        List<AmountView> out = new ArrayList<>();
        List<Budget.Item> items = c.budget() == null ? List.of() : c.budget().items();
        for (int i = 0; i < items.size(); i++) {
            out.add(new AmountView("budget.items[" + i + "].amount", (i + 1) + ". " + items.get(i).name(),
                    items.get(i).amount()));
        }
        out.add(new AmountView("budget.currentYear", "项目当年预算 budget.currentYear",
                c.budget() == null ? null : c.budget().currentYear()));
        return out;
    }

    /** The rectangle to show for an item: its own, its element's, its options' or items' together, or a finding's. */
    static Provenance where(Declaration d, String field, Set<String> fields) {
        Map<String, Provenance> p = d.provenance();
        if (p.containsKey(field)) {
            return p.get(field);
        }
        int dot = field.lastIndexOf('.');
        if (dot > 0 && field.endsWith("]") == false && p.containsKey(field.substring(0, dot))) {
            return p.get(field.substring(0, dot));
        }
        String prefix = field.equals("budget.items") ? "budget.items[" : field + ".options[";
        Provenance union = null;
        for (var e : new TreeMap<>(p).entrySet()) {
            if (e.getKey().startsWith(prefix) && (union == null || union.page() == e.getValue().page())) {
                Provenance v = e.getValue();
                union = union == null ? v : new Provenance(v.page(), Math.min(union.x(), v.x()),
                        Math.min(union.y(), v.y()),
                        Math.max(union.x() + union.width(), v.x() + v.width()) - Math.min(union.x(), v.x()),
                        Math.max(union.y() + union.height(), v.y() + v.height()) - Math.min(union.y(), v.y()),
                        null);
            }
        }
        if (union != null) {
            return union;
        }
        for (String f : fields) {
            if (p.containsKey(f)) {
                return p.get(f);
            }
        }
        return null;
    }

}
