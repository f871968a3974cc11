package perfdecl.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import perfdecl.model.AuditFinding;
import perfdecl.model.Budget;
import perfdecl.model.Finding;

/**
 * Reports a 项目当年预算, and each budget item present in both years (matched by normalised name, amounts of
 * one name summed), that changed by at least {@link AuditSettings#budgetChangePercent()} percent. A change
 * from zero to any other amount always counts.
 */
final class BudgetChangeCheck implements CrossYearCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<AuditFinding> check(FilingPair pair, AuditSettings settings) {
        Budget before = pair.previous().declaration().budget();
        Budget now = pair.current().declaration().budget();
        List<AuditFinding> findings = new ArrayList<>();
        if (before == null || now == null) {
            return findings;
        }
        if (before.currentYear() != null && now.currentYear() != null
                && changed(before.currentYear(), now.currentYear(), settings)) {
            findings.add(pair.finding("BUDGET_CHANGE", Finding.INFO,
                    "项目当年预算 " + describe(pair, before.currentYear(), now.currentYear()),
                    before.currentYear(), now.currentYear(), "budget.currentYear", "budget.currentYear"));
        }
        Map<String, Item> oldItems = items(before);
        Map<String, Item> newItems = items(now);
        for (var entry : oldItems.entrySet()) {
            Item old = entry.getValue();
            Item current = newItems.get(entry.getKey());
            if (current != null && changed(old.amount, current.amount, settings)) {
                findings.add(pair.finding("BUDGET_CHANGE", Finding.INFO,
                        "预算明细 " + current.name + " " + describe(pair, old.amount, current.amount),
                        old.amount, current.amount, old.field(), current.field()));
            }
        }
        return findings;
    }

    private record Item(String name, int position, long amount) {
        String field() {
            return "budget.items[" + position + "]";
        }
    }

    private static Map<String, Item> items(Budget budget) {
        Map<String, Item> byName = new LinkedHashMap<>();
        List<Budget.Item> items = budget.items();
        for (int i = 0; i < items.size(); i++) {
            Budget.Item item = items.get(i);
            if (item.amount() == null || item.name() == null) {
                continue;
            }
            int position = i;
            byName.merge(NameNormalizer.item(item.name()), new Item(item.name(), position, item.amount()),
                    (a, b) -> new Item(a.name, a.position, a.amount + b.amount));
        }
        return byName;
    }

    private static boolean changed(long before, long now, AuditSettings settings) {
        if (before == 0) {
            return now != 0;
        }
        BigDecimal change = BigDecimal.valueOf(Math.abs(now - before)).multiply(HUNDRED);
        return change.compareTo(settings.budgetChangePercent().multiply(BigDecimal.valueOf(Math.abs(before)))) >= 0;
    }

    private static String describe(FilingPair pair, long before, long now) {
        String percent = before == 0 ? "" : "（" + (now >= before ? "+" : "")
                + BigDecimal.valueOf(now - before).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP).toPlainString() + "%）";
        return pair.previousYear() + "年 " + Money.yuan(before) + " → " + pair.currentYear() + "年 " + Money.yuan(now) + percent;
    }
}
