package perfdecl.correct;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Indicator;
import perfdecl.model.Period;
import perfdecl.model.Provenance;
import perfdecl.model.Target;
import perfdecl.model.Texts;
import perfdecl.model.Unit;

/**
 * Declaration and the corrections in force for it → corrected declaration. Each correction replaces one field
 * (an amount as whole yuan, a choice by the label of its one selected option, a target re-parsed from its text,
 * a text); the value's provenance then says {@code corrected} with before, after, reviewer and time. Findings:
 * <ul>
 *   <li>extraction's own findings about a corrected or accepted field stay, marked resolved by its reviewer;</li>
 *   <li>validation runs again on the corrected form: a rule finding that no longer holds (the items add up
 *       now) stays, marked resolved by the reviewer of the latest correction, so that what was filed remains on
 *       record; one that still holds is the new one, live (a sum with new figures); a new one appears;</li>
 *   <li>a rule finding a person accepted as filed (an acceptance on its own field) is marked resolved.</li>
 * </ul>
 * A correction whose {@code sourceSha256} is not the form's source's, or that names an unknown field or a value
 * that does not parse, is not applied and is returned with its reason. Thread-safe.
 */
public final class CorrectionApplier {

    /** The corrected declaration and what was not applied. */
    public record Result(Declaration declaration, List<Correction> applied, List<Rejection> rejected) {
    }

    /** A correction left out, and why. */
    public record Rejection(Correction correction, String reason) {
    }

    private final Function<String, Long> amounts;
    private final Function<String, Target> targets;
    private final Function<Declaration, List<Finding>> validation;

    /**
     * @param amounts    whole yuan from a typed amount, throwing {@link IllegalArgumentException} with the reason
     *                   when it does not parse (extraction's amount parser)
     * @param targets    a target from its text (extraction's target parser)
     * @param validation every rule's findings for a declaration (the validator extraction runs)
     */
    public CorrectionApplier(Function<String, Long> amounts, Function<String, Target> targets,
                             Function<Declaration, List<Finding>> validation) {
        this.amounts = amounts;
        this.targets = targets;
        this.validation = validation;
    }

    /** Applies {@code inForce} (one per field, as {@link CorrectionReplay#inForce} gives them) to {@code d}. */
    public Result apply(Declaration d, List<Correction> inForce) {
        String sha = d.source() == null ? null : d.source().sha256();
        Declaration current = d;
        Map<String, Provenance> provenance = new LinkedHashMap<>(d.provenance());
        List<Correction> applied = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Correction c : inForce) {
            if (!Objects.equals(c.id(), d.id())) {
                rejected.add(new Rejection(c, "is about form " + c.id() + ", not " + d.id()));
                continue;
            }
            if (c.sourceSha256() != null && sha != null && !c.sourceSha256().equals(sha)) {
                rejected.add(new Rejection(c, "its source " + (c.file() == null ? "" : c.file() + " ")
                        + "now has another SHA-256 (" + sha + ", was " + c.sourceSha256() + ")"));
                continue;
            }
            if (Correction.REVIEWED.equals(c.kindOrDefault()) || c.field() == null) {
                continue;
            }
            try {
                if (Correction.CORRECT.equals(c.kindOrDefault())) {
                    Object before = valueOf(current, c.field());
                    current = keepTemplateFields(current, with(current, c.field(), c.after()));
                    Object after = valueOf(current, c.field());
                    provenance.put(c.field(), where(d, c.field(), c.after())
                            .correctedBy(before, after, c.reviewer(), c.at()));
                }
                // an acceptance may name any finding's field, "page 1" included: it answers, it changes nothing
                applied.add(c);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                rejected.add(new Rejection(c, e.getMessage()));
            }
        }
        if (applied.isEmpty()) {
            return new Result(d, applied, rejected);
        }
        List<Finding> findings = findings(d, current, applied);
        Declaration corrected = new Declaration(current.schemaVersion(), current.template(), current.id(),
                current.source(), current.title(), current.year(), current.unit(), current.department(),
                current.projectName(), current.projectLead(), current.contactPerson(), current.contactPhone(),
                current.projectType(), current.fundUse(), current.projectNature(), current.projectCategory(),
                current.period(), current.texts(), current.budget(), current.indicators(), findings, provenance);
        return new Result(corrected, applied, rejected);
    }

    private List<Finding> findings(Declaration original, Declaration corrected, List<Correction> applied) {
        List<Finding> ruleBefore = validation.apply(original);
        List<Finding> ruleAfter = new ArrayList<>(validation.apply(corrected));
        List<Finding> own = new ArrayList<>(original.findings());
        for (Finding f : ruleBefore) {
            own.remove(f);
        }
        String lastReviewer = null;
        String lastAt = null;
        for (Correction c : applied) {
            if (Correction.CORRECT.equals(c.kindOrDefault()) && (lastAt == null
                    || (c.at() != null && c.at().compareTo(lastAt) >= 0))) {
                lastAt = c.at() == null ? "" : c.at();
                lastReviewer = c.reviewer();
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : own) {
            out.add(answer(f, applied, false));
        }
        for (Finding f : ruleBefore) {
            int same = ruleAfter.indexOf(f);
            if (same >= 0) {
                out.add(answer(ruleAfter.remove(same), applied, true));
            } else if (lastReviewer != null || lastAt != null) {
                out.add(f.resolvedBy(lastReviewer));
            } else {
                out.add(f);
            }
        }
        for (Finding f : ruleAfter) {
            out.add(answer(f, applied, true));
        }
        return out;
    }

    /**
     * {@code f} resolved by whoever accepted its very field or (unless {@code exact}: a rule's finding, which
     * validation answers itself) corrected a field it concerns; otherwise as is.
     */
    private static Finding answer(Finding f, List<Correction> applied, boolean exact) {
        for (int i = applied.size() - 1; i >= 0; i--) {
            Correction c = applied.get(i);
            boolean accept = Correction.ACCEPT.equals(c.kindOrDefault());
            // an acceptance answers the findings on its own field; a correction also those on the parts it replaced
            boolean hit = accept || exact ? accept && Objects.equals(f.field(), c.field())
                    : FieldPath.concerns(f.field(), c.field());
            if (hit) {
                return f.resolvedBy(c.reviewer());
            }
        }
        return f;
    }

    /** Where the corrected value stood: its own position, its list element's, its chosen option's, or nowhere. */
    private static Provenance where(Declaration d, String field, Object after) {
        Provenance p = d.provenance().get(field);
        if (p == null) {
            p = d.provenance().get(FieldPath.of(field).element());
        }
        if (p == null && (field.equals("projectType") || field.equals("fundUse"))) {
            ChoiceGroup g = field.equals("projectType") ? d.projectType() : d.fundUse();
            int k = g == null ? -1 : labels(g).indexOf(after);
            p = d.provenance().get(field + ".options[" + Math.max(k, 0) + "]");
        }
        if (p == null) {
            return new Provenance(0, 0, 0, 0, 0, null);
        }
        return new Provenance(p.page(), p.x(), p.y(), p.width(), p.height(), p.confidence());
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

    private static final List<String> TEXTS = List.of("overview", "basis", "necessity", "safeguards",
            "implementationPlan", "overallGoal", "annualGoal", "remarks");

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
                f.otherFunds(), fen(f.priorYearBudget(), b.priorYearBudget(), priorBudget),
                fen(f.priorYearExecuted(), b.priorYearExecuted(), priorExecuted));
        return new Budget(total, current, b.fiscalFunds(), b.currentYearAppropriation(), b.otherFunds(), priorBudget,
                priorExecuted, items, fen);
    }

    private static Long fen(Long fenBefore, Long yuanBefore, Long yuanAfter) {
        return java.util.Objects.equals(yuanBefore, yuanAfter) ? fenBefore
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

    private static List<String> labels(ChoiceGroup g) {
        return g.options().stream().map(ChoiceGroup.Option::label).toList();
    }

    private static Object selected(ChoiceGroup g) {
        if (g == null) {
            return null;
        }
        return g.selected().size() == 1 ? g.selected().get(0) : g.selected().isEmpty() ? null : g.selected();
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

    private static List<Budget.Item> items(Declaration d) {
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

    private static IllegalArgumentException unknown(String field) {
        return new IllegalArgumentException("no correctable field " + field);
    }
}
