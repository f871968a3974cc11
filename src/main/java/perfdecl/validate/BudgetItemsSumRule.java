package perfdecl.validate;

import perfdecl.model.Budget;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * BUDGET_ITEMS_SUM_MISMATCH (warning) when the amounts of 项目当年投入资金构成 do not add up to 项目当年预算;
 * {@code expected} is the current-year budget, {@code actual} the sum. When some item amounts are unreadable
 * the sum is not checked: each such item gets a BUDGET_ITEM_AMOUNT_MISSING (info) instead.
 */
public final class BudgetItemsSumRule implements Rule {

    public static final String BUDGET_ITEMS_SUM_MISMATCH = "BUDGET_ITEMS_SUM_MISMATCH";
    public static final String BUDGET_ITEM_AMOUNT_MISSING = "BUDGET_ITEM_AMOUNT_MISSING";

    @Override
    public List<Finding> check(Declaration d) {
        Budget b = d.budget();
        if (b == null || b.items().isEmpty()) {
            return List.of();
        }
        List<Finding> missing = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < b.items().size(); i++) {
            Budget.Item item = b.items().get(i);
            if (item.amount() == null) {
                missing.add(new Finding(BUDGET_ITEM_AMOUNT_MISSING, Finding.INFO, "budget.items[" + i + "].amount",
                        "项目当年投入资金构成 item " + (i + 1) + " \"" + item.name()
                                + "\" has no readable 预算金额（元）; the items were not summed.",
                        null, null));
            } else {
                sum = Math.addExact(sum, item.amount());
            }
        }
        if (!missing.isEmpty()) {
            return missing;
        }
        if (b.currentYear() == null || sum == b.currentYear()) {
            return List.of();
        }
        long difference = sum - b.currentYear();
        return List.of(new Finding(BUDGET_ITEMS_SUM_MISMATCH, Finding.WARNING, "budget.items",
                "The " + b.items().size() + " items of 项目当年投入资金构成 add up to " + sum
                        + " yuan, but 项目当年预算（元） (budget.currentYear) is " + b.currentYear() + " yuan: "
                        + (difference > 0 ? "over by " : "short by ") + Math.abs(difference) + " yuan.",
                b.currentYear(), sum));
    }
}
