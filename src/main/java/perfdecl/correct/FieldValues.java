package perfdecl.correct;

import java.util.List;

import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Declaration;
import perfdecl.model.Indicator;
import perfdecl.model.Texts;

/** A declaration's correctable fields, read by path as JSON would show them. */
public final class FieldValues {

    /** The names under {@code texts.} a correction may address. */
    static final List<String> TEXTS = List.of("overview", "basis", "necessity", "safeguards",
            "implementationPlan", "overallGoal", "annualGoal", "remarks");

    private FieldValues() {
    }

    /** The field's current value as JSON would show it: a number, a text, a choice's selected label. */
    public static Object valueOf(Declaration d, String field) {
        FieldPath p = FieldPath.of(field);
        if (p.index() != null) {
            switch (p.head()) {
                case "budget.items" -> {
                    Budget.Item item = items(d).get(p.index());
                    if ("amount".equals(p.tail())) {
                        return item.amount();
                    }
                    if ("name".equals(p.tail())) {
                        return item.name();
                    }
                }
                case "indicators" -> {
                    Indicator ind = d.indicators().get(p.index());
                    if ("target".equals(p.tail())) {
                        return ind.target() == null ? null : ind.target().raw();
                    }
                    if ("level3".equals(p.tail())) {
                        return ind.level3();
                    }
                }
                default -> {
                }
            }
            throw unknown(field);
        }
        return switch (field) {
            case "title" -> d.title();
            case "year" -> d.year() == null ? null : d.year().longValue();
            case "unit.name" -> d.unit() == null ? null : d.unit().name();
            case "projectName" -> d.projectName();
            case "projectLead" -> d.projectLead();
            case "contactPerson" -> d.contactPerson();
            case "contactPhone" -> d.contactPhone();
            case "projectType" -> selected(d.projectType());
            case "fundUse" -> selected(d.fundUse());
            case "period.start" -> d.period() == null ? null : d.period().start();
            case "period.end" -> d.period() == null ? null : d.period().end();
            case "budget.total" -> d.budget() == null ? null : d.budget().total();
            case "budget.currentYear" -> d.budget() == null ? null : d.budget().currentYear();
            case "budget.priorYearBudget" -> d.budget() == null ? null : d.budget().priorYearBudget();
            case "budget.priorYearExecuted" -> d.budget() == null ? null : d.budget().priorYearExecuted();
            case "budget.items" -> sum(items(d));
            default -> {
                if (field.startsWith("texts.") && TEXTS.contains(field.substring(6))) {
                    yield text(d.texts(), field.substring(6));
                }
                throw unknown(field);
            }
        };
    }

    static List<String> labels(ChoiceGroup g) {
        return g.options().stream().map(ChoiceGroup.Option::label).toList();
    }

    private static Object selected(ChoiceGroup g) {
        if (g == null) {
            return null;
        }
        return g.selected().size() == 1 ? g.selected().get(0) : g.selected().isEmpty() ? null : g.selected();
    }

    static List<Budget.Item> items(Declaration d) {
        return d.budget() == null ? List.of() : d.budget().items();
    }

    private static Long sum(List<Budget.Item> items) {
        long s = 0;
        for (Budget.Item i : items) {
            if (i.amount() == null) {
                return null;
            }
            s += i.amount();
        }
        return s;
    }

    private static String text(Texts t, String name) {
        if (t == null) {
            return null;
        }
        return switch (name) {
            case "overview" -> t.overview();
            case "basis" -> t.basis();
            case "necessity" -> t.necessity();
            case "safeguards" -> t.safeguards();
            case "implementationPlan" -> t.implementationPlan();
            case "overallGoal" -> t.overallGoal();
            case "annualGoal" -> t.annualGoal();
            default -> t.remarks();
        };
    }

    static IllegalArgumentException unknown(String field) {
        return new IllegalArgumentException("no correctable field " + field);
    }
}
