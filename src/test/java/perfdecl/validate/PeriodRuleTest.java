package perfdecl.validate;

import org.junit.jupiter.api.Test;
import perfdecl.model.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.validate.DeclarationFixture.declaration;

class PeriodRuleTest {

    private final PeriodRule rule = new PeriodRule();

    @Test
    void endBeforeStartIsAnErrorWithBothDates() {
        var d = declaration().period("2019-12-31", "2019-01-01", "2019-12-31", "2019-1-1").build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PERIOD_END_BEFORE_START");
            assertThat(f.severity()).isEqualTo(Finding.ERROR);
            assertThat(f.field()).isEqualTo("period.end");
            assertThat(f.expected()).isEqualTo("2019-12-31");
            assertThat(f.actual()).isEqualTo("2019-01-01");
        });
    }

    @Test
    void periodOutsideTheFormYearIsNoted() {
        var d = declaration().year(2019).period("2018-01-01", "2018-12-31", "2018-1-1", "2018-12-31").build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("PERIOD_OUTSIDE_YEAR");
            assertThat(f.severity()).isEqualTo(Finding.INFO);
            assertThat(f.expected()).isEqualTo(2019);
            assertThat(f.actual()).isEqualTo("2018-01-01/2018-12-31");
        });
    }

    @Test
    void periodTouchingTheYearIsAccepted() {
        var spanning = declaration().year(2019).period("2018-07-01", "2020-06-30", "2018-7-1", "2020-6-30");
        var within = declaration().year(2019).period("2019-01-01", "2019-12-31", "2019年1月", "2019年12月");

        assertThat(rule.check(spanning.build())).isEmpty();
        assertThat(rule.check(within.build())).isEmpty();
    }

    @Test
    void unreadableDatesAreLeftToTheRequiredFieldsRule() {
        var d = declaration().period(null, "2019-12-31", "2019年", "2019-12-31").build();

        assertThat(rule.check(d)).isEmpty();
    }
}
