package perfdecl.validate;

import org.junit.jupiter.api.Test;
import perfdecl.model.Finding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.validate.DeclarationFixture.declaration;

class BudgetItemsSumRuleTest {

    private final BudgetItemsSumRule rule = new BudgetItemsSumRule();

    @Test
    void sumMismatchIsReportedWithBothAmounts() {
        // Form 3 (社会保险服务费): the six items add up to one yuan less than the current-year budget.
        var d = declaration().budget(18372648L, 18372648L)
                .items(4136800L, 557200L, 9280170L, 581802L, 87075L, 3729600L).build();

        List<Finding> findings = rule.check(d);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("BUDGET_ITEMS_SUM_MISMATCH");
            assertThat(f.severity()).isEqualTo(Finding.WARNING);
            assertThat(f.field()).isEqualTo("budget.items");
            assertThat(f.expected()).isEqualTo(18372648L);
            assertThat(f.actual()).isEqualTo(18372647L);
            assertThat(f.message()).contains("18372647", "18372648", "short by 1 yuan", "项目当年投入资金构成");
        });
    }

    @Test
    void itemsOverTheBudgetSayBy() {
        var d = declaration().budget(1000L, 1000L).items(700L, 400L).build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualTo(1100L);
            assertThat(f.message()).contains("over by 100 yuan");
        });
    }

    @Test
    void itemsThatAddUpGiveNoFinding() {
        // Form 1 (12333热线): six items, exactly 项目当年预算.
        var d = declaration().budget(71387200L, 71387200L)
                .items(52315200L, 5022000L, 3830000L, 4400000L, 4320000L, 1500000L).build();

        assertThat(rule.check(d)).isEmpty();
    }

    @Test
    void unreadableItemAmountsAreReportedInsteadOfTheSum() {
        var d = declaration().budget(1000L, 1000L).items(300L, null, 200L, null).build();

        List<Finding> findings = rule.check(d);

        assertThat(findings).extracting(Finding::code).containsOnly("BUDGET_ITEM_AMOUNT_MISSING");
        assertThat(findings).extracting(Finding::severity).containsOnly(Finding.INFO);
        assertThat(findings).extracting(Finding::field)
                .containsExactly("budget.items[1].amount", "budget.items[3].amount");
        assertThat(findings.get(0).message()).contains("子项目2");
    }

    @Test
    void nothingToCompareWithoutItemsOrCurrentYear() {
        assertThat(rule.check(declaration().items().build())).isEmpty();
        assertThat(rule.check(declaration().budget(1000L, null).items(1L, 2L).build())).isEmpty();
    }
}
