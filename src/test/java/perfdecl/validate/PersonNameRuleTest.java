package perfdecl.validate;

import org.junit.jupiter.api.Test;
import perfdecl.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.validate.DeclarationFixture.declaration;

class PersonNameRuleTest {

    private final PersonNameRule rule = new PersonNameRule();

    @Test
    void aContactPersonReadOnIntoDigitsIsReportedWithWhatWasRead() {
        var d = declaration().people("王建国", "陈晓东253").build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PERSON_NAME_HAS_DIGITS");
            assertThat(f.severity()).isEqualTo(Finding.WARNING);
            assertThat(f.field()).isEqualTo("contactPerson");
            assertThat(f.actual()).isEqualTo("陈晓东253");
        });
    }

    @Test
    void aProjectLeadWithAFullWidthDigitIsReported() {
        var d = declaration().people("李敏２", "李敏").build();

        assertThat(rule.check(d)).extracting(Finding::field).containsExactly("projectLead");
    }

    @Test
    void namesWithoutDigitsAndMissingNamesPass() {
        assertThat(rule.check(declaration().people("欧阳·娜娜", "Li Min").build())).isEmpty();
        assertThat(rule.check(declaration().people(null, null).build())).isEmpty();
    }
}
