package perfdecl.correct;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Declaration;
import perfdecl.model.Indicator;
import perfdecl.model.Period;
import perfdecl.model.Target;
import perfdecl.model.Texts;
import perfdecl.model.Unit;

import static perfdecl.correct.FieldValues.TEXTS;
import static perfdecl.correct.FieldValues.items;
import static perfdecl.correct.FieldValues.labels;
import static perfdecl.correct.FieldValues.unknown;

/**
 * Declaration, field path and a person's value → the declaration with that one field replaced, the value checked
 * and parsed as extraction would; {@link IllegalArgumentException} with the reason when it does not fit.
 */
final class FieldEdits {

    private final Function<String, Long> amounts;
    private final Function<String, Target> targets;

    FieldEdits(Function<String, Long> amounts, Function<String, Target> targets) {
        this.amounts = amounts;
        this.targets = targets;
    }

    /** {@code d} with {@code field} set to {@code after}, its later generations' fields kept. */
    Declaration set(Declaration d, String field, Object after) {
        return keepTemplateFields(d, with(d, field, after));
    }

    private Declaration with(Declaration d, String field, Object after) {
        FieldPath p = FieldPath.of(field);
        Budget b = d.budget() == null ? new Budget(null, null, null, null, List.of()) : d.budget();
        if (p.index() != null && p.head().equals("budget.items")) {
            List<Budget.Item> items = new ArrayList<>(items(d));
            Budget.Item item = items.get(p.index());
            if ("amount".equals(p.tail())) {
                items.set(p.index(), new Budget.Item(item.name(), amount(after)));
            } else if ("name".equals(p.tail())) {
                items.set(p.index(), new Budget.Item(text(after), item.amount()));
            } else {
                throw unknown(field);
            }
            return withBudget(d, budget(b, b.total(), b.currentYear(), b.priorYearBudget(), b.priorYearExecuted(),
                    items));
        }
        if (p.index() != null && p.head().equals("indicators")) {
            List<Indicator> list = new ArrayList<>(d.indicators());
            Indicator ind = list.get(p.index());
            if ("target".equals(p.tail())) {
                list.set(p.index(), ind.with(ind.level3(), targets.apply(text(after))));
            } else if ("level3".equals(p.tail())) {
                list.set(p.index(), ind.with(text(after), ind.target()));
            } else {
                throw unknown(field);
            }
            return copy(d, null, null, null, null, null, list);
        }
        return switch (field) {
            case "budget.total" -> withBudget(d, budget(b, amount(after), b.currentYear(), b.priorYearBudget(),
                    b.priorYearExecuted(), b.items()));
            case "budget.currentYear" -> withBudget(d, budget(b, b.total(), amount(after), b.priorYearBudget(),
                    b.priorYearExecuted(), b.items()));
            case "budget.priorYearBudget" -> withBudget(d, budget(b, b.total(), b.currentYear(), amount(after),
                    b.priorYearExecuted(), b.items()));
            case "budget.priorYearExecuted" -> withBudget(d, budget(b, b.total(), b.currentYear(),
                    b.priorYearBudget(), amount(after), b.items()));
            case "projectType" -> copy(d, choose(d.projectType(), after, field), null, null, null, null, null);
            case "fundUse" -> copy(d, null, choose(d.fundUse(), after, field), null, null, null, null);
            case "period.start", "period.end" -> {
                String iso = date(after);
                Period old = d.period() == null ? new Period(null, null, null, null) : d.period();
                Period np = field.equals("period.start") ? new Period(iso, old.end(), old.startRaw(), old.endRaw())
                        : new Period(old.start(), iso, old.startRaw(), old.endRaw());
                yield copy(d, null, null, np, null, null, null);
            }
            default -> {
                if (field.startsWith("texts.") && TEXTS.contains(field.substring(6))) {
                    yield copy(d, null, null, null, withText(d.texts(), field.substring(6), text(after)), null, null);
                }
                yield scalar(d, field, after);
            }
        };
    }

    private Declaration scalar(Declaration d, String field, Object after) {
        String s = field.equals("year") ? null : text(after);
        return switch (field) {
            case "title" -> new Declaration(d.schemaVersion(), d.id(), d.source(), s, d.year(), d.unit(),
                    d.projectName(), d.projectLead(), d.contactPerson(), d.contactPhone(), d.projectType(),
                    d.fundUse(), d.period(), d.texts(), d.budget(), d.indicators(), d.findings(), d.provenance());
            case "year" -> new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), year(after), d.unit(),
                    d.projectName(), d.projectLead(), d.contactPerson(), d.contactPhone(), d.projectType(),
                    d.fundUse(), d.period(), d.texts(), d.budget(), d.indicators(), d.findings(), d.provenance());
            case "unit.name" -> new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), d.year(),
                    new Unit(s, d.unit() != null && d.unit().sealed()), d.projectName(), d.projectLead(),
                    d.contactPerson(), d.contactPhone(), d.projectType(), d.fundUse(), d.period(), d.texts(),
                    d.budget(), d.indicators(), d.findings(), d.provenance());
            case "projectName" -> new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), d.year(),
                    d.unit(), s, d.projectLead(), d.contactPerson(), d.contactPhone(), d.projectType(), d.fundUse(),
                    d.period(), d.texts(), d.budget(), d.indicators(), d.findings(), d.provenance());
            case "projectLead" -> new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), d.year(),
                    d.unit(), d.projectName(), s, d.contactPerson(), d.contactPhone(), d.projectType(), d.fundUse(),
                    d.period(), d.texts(), d.budget(), d.indicators(), d.findings(), d.provenance());
            case "contactPerson" -> new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), d.year(),
                    d.unit(), d.projectName(), d.projectLead(), s, d.contactPhone(), d.projectType(), d.fundUse(),
                    d.period(), d.texts(), d.budget(), d.indicators(), d.findings(), d.provenance());
            case "contactPhone" -> new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), d.year(),
                    d.unit(), d.projectName(), d.projectLead(), d.contactPerson(), s, d.projectType(), d.fundUse(),
                    d.period(), d.texts(), d.budget(), d.indicators(), d.findings(), d.provenance());
            default -> throw unknown(field);
        };
    }

    /**
     * {@code corrected} (built by the 2019-form constructor, which knows no later generation's fields) with the
     * template, department, 项目性质 and 项目类别 of {@code before}.
     */
    private static Declaration keepTemplateFields(Declaration before, Declaration corrected) {
        return new Declaration(corrected.schemaVersion(), before.template(), corrected.id(), corrected.source(),
                corrected.title(), corrected.year(), corrected.unit(), before.department(), corrected.projectName(),
                corrected.projectLead(), corrected.contactPerson(), corrected.contactPhone(), corrected.projectType(),
                corrected.fundUse(), before.projectNature(), before.projectCategory(), corrected.period(),
                corrected.texts(), corrected.budget(), corrected.indicators(), corrected.findings(),
                corrected.provenance());
    }

    /** {@code b} with the four amounts and items given, its fund split kept and a corrected amount's fen with it. */
    private static Budget budget(Budget b, Long total, Long current, Long priorBudget, Long priorExecuted,
                                 List<Budget.Item> items) {
        Budget.Fen f = b.fen();
        Budget.Fen fen = f == null ? null : new Budget.Fen(fen(f.total(), b.total(), total),
                fen(f.currentYear(), b.currentYear(), current), f.fiscalFunds(), f.currentYearAppropriation(),
                f.otherFunds(), f.carryOver(), fen(f.priorYearBudget(), b.priorYearBudget(), priorBudget),
                fen(f.priorYearExecuted(), b.priorYearExecuted(), priorExecuted));
        return new Budget(total, current, b.fiscalFunds(), b.currentYearAppropriation(), b.otherFunds(), b.carryOver(),
                priorBudget, priorExecuted, items, fen);
    }

    private static Long fen(Long fenBefore, Long yuanBefore, Long yuanAfter) {
        return Objects.equals(yuanBefore, yuanAfter) ? fenBefore
                : yuanAfter == null ? null : yuanAfter * 100;
    }

    private static Declaration withBudget(Declaration d, Budget b) {
        return copy(d, null, null, null, null, b, null);
    }

    /** {@code d} with the given parts replaced (null: kept). */
    private static Declaration copy(Declaration d, ChoiceGroup type, ChoiceGroup use, Period period, Texts texts,
                                    Budget budget, List<Indicator> indicators) {
        return new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), d.year(), d.unit(), d.projectName(),
                d.projectLead(), d.contactPerson(), d.contactPhone(), type != null ? type : d.projectType(),
                use != null ? use : d.fundUse(), period != null ? period : d.period(),
                texts != null ? texts : d.texts(), budget != null ? budget : d.budget(),
                indicators != null ? indicators : d.indicators(), d.findings(), d.provenance());
    }

    /** The group with exactly the option labelled {@code after} ticked (none for null). */
    private static ChoiceGroup choose(ChoiceGroup g, Object after, String field) {
        if (g == null) {
            throw new IllegalArgumentException(field + " is not on this form");
        }
        if (after != null && !(after instanceof String)) {
            throw new IllegalArgumentException(field + " takes the label of one of its options");
        }
        if (after != null && !labels(g).contains(after)) {
            throw new IllegalArgumentException("\"" + after + "\" is not an option of " + field + ": " + labels(g));
        }
        List<ChoiceGroup.Option> options = new ArrayList<>();
        for (ChoiceGroup.Option o : g.options()) {
            options.add(new ChoiceGroup.Option(o.label(), o.label().equals(after)));
        }
        return after == null ? new ChoiceGroup(options, List.of(), ChoiceGroup.NONE)
                : new ChoiceGroup(options, List.of((String) after), ChoiceGroup.ONE);
    }

    private Long amount(Object after) {
        if (after == null) {
            throw new IllegalArgumentException("an amount is required");
        }
        if (after instanceof Long || after instanceof Integer) {
            return ((Number) after).longValue();
        }
        if (after instanceof BigDecimal n) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("not whole yuan: " + n);
            }
        }
        return amounts.apply(after.toString());
    }

    private static Integer year(Object after) {
        try {
            int y = after instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(after).strip());
            if (y < 1900 || y > 2200) {
                throw new IllegalArgumentException("not a year: " + after);
            }
            return y;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a year: " + after);
        }
    }

    private static String date(Object after) {
        if (after == null) {
            return null;
        }
        try {
            return LocalDate.parse(after.toString().strip()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date (yyyy-mm-dd): " + after);
        }
    }

    private static String text(Object after) {
        if (after == null) {
            return null;
        }
        if (!(after instanceof String s)) {
            throw new IllegalArgumentException("text expected, got " + after);
        }
        return s.isBlank() ? null : s.strip();
    }

    private static Texts withText(Texts t, String name, String v) {
        Texts o = t == null ? new Texts(null, null, null, null, null, null, null, null) : t;
        return new Texts(
                name.equals("overview") ? v : o.overview(),
                name.equals("basis") ? v : o.basis(),
                name.equals("necessity") ? v : o.necessity(),
                name.equals("safeguards") ? v : o.safeguards(),
                name.equals("implementationPlan") ? v : o.implementationPlan(),
                name.equals("overallGoal") ? v : o.overallGoal(),
                name.equals("annualGoal") ? v : o.annualGoal(),
                name.equals("remarks") ? v : o.remarks());
    }
}
