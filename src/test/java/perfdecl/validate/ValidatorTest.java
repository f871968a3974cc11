package perfdecl.validate;

import org.junit.jupiter.api.Test;
import perfdecl.model.Finding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.validate.DeclarationFixture.declaration;

class ValidatorTest {

    @Test
    void findingsOfAllRulesComeInRuleOrder() {
        var d = declaration().projectName(null).fundUseTicked().budget(1000L, 1000L).items(600L, 300L)
                .priorYear(100L, 50L).indicator("资金投入管理", "预算执行率", "≥98%", "≥", "98", "%").build();

        List<Finding> findings = Validator.standard().validate(d);

        assertThat(findings).extracting(Finding::code).containsExactly(
                "FIELD_MISSING", "CHOICE_NONE_SELECTED", "BUDGET_ITEMS_SUM_MISMATCH",
                "PRIOR_YEAR_EXECUTION_BELOW_TARGET");
        assertThat(d.findings()).isEmpty();
    }

    @Test
    void consistentDeclarationGivesNoFinding() {
        assertThat(Validator.standard().validate(declaration().indicator("资金投入管理", "预算执行率", "≥98%", "≥", "98", "%").build())).isEmpty();
    }

    @Test
    void validatorRunsOnlyTheRulesItIsGiven() {
        var d = declaration().projectName(null).fundUseTicked().build();

        assertThat(new Validator(List.of(new ChoiceSelectionRule())).validate(d))
                .extracting(Finding::code).containsExactly("CHOICE_NONE_SELECTED");
    }
}
