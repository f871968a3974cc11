package perfdecl.validate;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.util.ArrayList;
import java.util.List;

/** Runs a fixed list of rules over a declaration; findings come out in rule order, then in each rule's order. */
public final class Validator {

    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of this package, in a fixed order, requiring the 2019 form's fields of every form. */
    public static Validator standard() {
        return standard(java.util.Map.of());
    }

    /**
     * Every rule of this package, in a fixed order: required fields (per form generation, {@code requiredByTemplate}
     * from the templates), period, people's names, choices, budget, execution.
     */
    public static Validator standard(java.util.Map<String, List<String>> requiredByTemplate) {
        return new Validator(List.of(
                new RequiredFieldsRule(requiredByTemplate),
                new PeriodRule(),
                new PersonNameRule(),
                new ChoiceSelectionRule(),
                new BudgetConsistencyRule(),
                new BudgetItemsSumRule(),
                new PriorYearExecutionRule()));
    }

    /** The findings of all rules for {@code d}; the declaration itself is not changed. */
    public List<Finding> validate(Declaration d) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(d));
        }
        return List.copyOf(findings);
    }
}
