package perfdecl.validate;

import org.junit.jupiter.api.Test;
import perfdecl.model.Finding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.validate.DeclarationFixture.declaration;

class ChoiceSelectionRuleTest {

    private final ChoiceSelectionRule rule = new ChoiceSelectionRule();

    @Test
    void groupWithNoTickIsReported() {
        var d = declaration().fundUseTicked().build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CHOICE_NONE_SELECTED");
            assertThat(f.severity()).isEqualTo(Finding.WARNING);
            assertThat(f.field()).isEqualTo("fundUse");
            assertThat(f.actual()).isEqualTo(List.of());
            assertThat(f.message()).contains("资金用途", "6 options");
        });
    }

    @Test
    void groupWithTwoTicksIsReportedWithTheirLabels() {
        var d = declaration().projectTypeTicked("结转项目", "其他经常性项目").build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CHOICE_MULTIPLE");
            assertThat(f.field()).isEqualTo("projectType");
            assertThat(f.actual()).isEqualTo(List.of("结转项目", "其他经常性项目"));
            assertThat(f.message()).contains("项目类型", "结转项目; 其他经常性项目");
        });
    }

    @Test
    void bothGroupsAreCheckedInFormOrder() {
        var d = declaration().projectTypeTicked().fundUseTicked("政策补贴类", "资产购置类").build();

        assertThat(rule.check(d)).extracting(Finding::field, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("projectType", "CHOICE_NONE_SELECTED"),
                        org.assertj.core.groups.Tuple.tuple("fundUse", "CHOICE_MULTIPLE"));
    }

    @Test
    void oneTickPerGroupGivesNoFinding() {
        assertThat(rule.check(declaration().build())).isEmpty();
    }
}
