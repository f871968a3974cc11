package perfdecl.correct;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Indicator;
import perfdecl.model.Period;
import perfdecl.model.Provenance;
import perfdecl.model.Source;
import perfdecl.model.Target;
import perfdecl.model.Texts;
import perfdecl.model.Unit;
import perfdecl.parse.ValueParsers;
import perfdecl.validate.Validator;

class CorrectionApplierTest {

    private static final String SHA = "3855221295d117334b00076be76d61a0936238f0c88d7874869e23056c25c578";
    private static final String ID = "3855221295d1-0";
    private static final Validator VALIDATOR = Validator.standard();
    private final CorrectionApplier applier = new CorrectionApplier(ValueParsers::amount, ValueParsers::target,
            VALIDATOR::validate);

    /** Items 600 + 399 against a budget of 1000, the second read with confidence 0.35, fund use unticked. */
    private static Declaration extracted() {
        List<ChoiceGroup.Option> uses = List.of(new ChoiceGroup.Option("政府购买服务", false),
                new ChoiceGroup.Option("资产购置类", false));
        Declaration d = new Declaration(Declaration.SCHEMA_VERSION, ID, new Source("input.pdf", SHA, 0, List.of(1, 2),
                "pdf-ocr"), Declaration.TITLE, 2019, new Unit("上海市某单位", false), "某专项经费", null, null, null,
                new ChoiceGroup(List.of(new ChoiceGroup.Option("经常性专项业务费", true)), List.of("经常性专项业务费"),
                        ChoiceGroup.ONE),
                new ChoiceGroup(uses, List.of(), ChoiceGroup.NONE),
                new Period("2019-01-01", "2019-12-31", "2019-1-1", "2019-12-31"),
                new Texts(null, null, null, null, null, null, null, null),
                new Budget(1000L, 1000L, null, null, List.of(new Budget.Item("一", 600L), new Budget.Item("二", 399L))),
                List.of(new Indicator("产出目标", "数量目标", "培训人次", new Target("过80%", null, null, null, null))),
                List.of(new Finding("VALUE_UNCERTAIN", Finding.WARNING, "budget.items[1]",
                        "read from a scan with confidence 0.35; check it against page 1", null, "399")),
                Map.of("budget.items[1]", new Provenance(1, 129.6, 694.8, 414.5, 36.2, 0.35),
                        "fundUse.options[0]", new Provenance(1, 300, 400, 10, 10, 0.9)));
        return d.withFindings(VALIDATOR.validate(d));
    }

    private static Correction correct(String field, Object before, Object after) {
        return new Correction(ID, field, before, after, "li", "2026-12-06T01:00:00Z", SHA, "input.pdf",
                Correction.CORRECT);
    }

    @Test
    void anAmountThatNowAddsUpResolvesTheSumMismatchAndTheUncertainValue() {
        Declaration d = extracted();
        assertThat(d.findings()).extracting(Finding::code)
                .contains("VALUE_UNCERTAIN", "BUDGET_ITEMS_SUM_MISMATCH", "CHOICE_NONE_SELECTED");

        CorrectionApplier.Result r = applier.apply(d, List.of(correct("budget.items[1].amount", 399L, "400")));

        Declaration c = r.declaration();
        assertThat(r.rejected()).isEmpty();
        assertThat(c.budget().items().get(1).amount()).isEqualTo(400L);
        assertThat(c.provenance().get("budget.items[1].amount")).satisfies(p -> {
            assertThat(p.corrected()).isTrue();
            assertThat(p.before()).isEqualTo(399L);
            assertThat(p.after()).isEqualTo(400L);
            assertThat(p.reviewer()).isEqualTo("li");
            assertThat(p.page()).isEqualTo(1);
            assertThat(p.y()).isEqualTo(694.8);
        });
        assertThat(c.findings()).filteredOn(f -> f.code().equals("BUDGET_ITEMS_SUM_MISMATCH")).singleElement()
                .satisfies(f -> {
                    assertThat(f.resolved()).isTrue();
                    assertThat(f.resolvedBy()).isEqualTo("li");
                    assertThat(f.actual()).isEqualTo(999L);
                });
        assertThat(c.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).singleElement()
                .extracting(Finding::resolvedBy).isEqualTo("li");
        assertThat(c.findings()).filteredOn(f -> f.code().equals("CHOICE_NONE_SELECTED")).singleElement()
                .extracting(Finding::resolved).isNull();
    }

    @Test
    void anAmountThatStillDoesNotAddUpLeavesALiveMismatchWithTheNewSum() {
        CorrectionApplier.Result r = applier.apply(extracted(), List.of(correct("budget.items[1].amount", 399L, 398L)));

        assertThat(r.declaration().findings()).filteredOn(f -> f.code().equals("BUDGET_ITEMS_SUM_MISMATCH"))
                .extracting(Finding::actual, Finding::resolved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(999L, true),
                        org.assertj.core.groups.Tuple.tuple(998L, null));
    }

    @Test
    void aPickedOptionSettlesTheChoiceGroup() {
        CorrectionApplier.Result r = applier.apply(extracted(), List.of(correct("fundUse", null, "资产购置类")));

        ChoiceGroup g = r.declaration().fundUse();
        assertThat(g.selected()).containsExactly("资产购置类");
        assertThat(g.status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(g.options()).extracting(ChoiceGroup.Option::checked).containsExactly(false, true);
        assertThat(r.declaration().findings()).filteredOn(f -> f.code().equals("CHOICE_NONE_SELECTED"))
                .singleElement().extracting(Finding::resolved).isEqualTo(true);
    }

    @Test
    void aTargetIsParsedAsExtractionParsesIt() {
        CorrectionApplier.Result r = applier.apply(extracted(), List.of(correct("indicators[0].target", "过80%", "≥80%")));

        Target t = r.declaration().indicators().get(0).target();
        assertThat(t.operator()).isEqualTo("≥");
        assertThat(t.value()).isEqualByComparingTo(new BigDecimal("80"));
        assertThat(t.unit()).isEqualTo("%");
    }

    @Test
    void aCorrectionMadeOnAnotherVersionOfTheSourceIsNotApplied() {
        Correction stale = new Correction(ID, "budget.items[1].amount", 399L, 400L, "li", "2026-12-06T01:00:00Z",
                "ff".repeat(32), "input.pdf", Correction.CORRECT);

        CorrectionApplier.Result r = applier.apply(extracted(), List.of(stale));

        assertThat(r.declaration()).isEqualTo(extracted());
        assertThat(r.rejected()).singleElement().extracting(CorrectionApplier.Rejection::reason).asString()
                .contains("input.pdf now has another SHA-256");
    }

    @Test
    void anAmountThatDoesNotParseOrAnOptionNotOfTheGroupIsRejectedWithItsReason() {
        CorrectionApplier.Result r = applier.apply(extracted(), List.of(correct("budget.items[1].amount", 399L, "4OO"),
                correct("fundUse", null, "结转项目"), correct("budget.items[7].amount", null, 1L)));

        assertThat(r.declaration()).isEqualTo(extracted());
        assertThat(r.rejected()).extracting(CorrectionApplier.Rejection::reason).satisfiesExactly(
                s -> assertThat(s).contains("not a number"),
                s -> assertThat(s).contains("not an option of fundUse"),
                s -> assertThat(s).isNotBlank());
    }

    @Test
    void anAcceptedSumMismatchIsResolvedAndTheValuesStay() {
        Correction accept = new Correction(ID, "budget.items", 999L, 999L, "wang", "2026-12-06T01:00:00Z", SHA,
                "input.pdf", Correction.ACCEPT);

        Declaration c = applier.apply(extracted(), List.of(accept)).declaration();

        assertThat(c.budget()).isEqualTo(extracted().budget());
        assertThat(c.findings()).filteredOn(f -> f.code().equals("BUDGET_ITEMS_SUM_MISMATCH")).singleElement()
                .extracting(Finding::resolvedBy).isEqualTo("wang");
        assertThat(c.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN")).singleElement()
                .extracting(Finding::resolved).isNull();
    }
}
