package perfdecl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    @Test
    void aBundlesPlainLineGivesPagesFormsRateAndTheTimeLeftFromTheRate() {
        assertThat(ProgressDisplay.pageLine("bundle.pdf", 37, 100, 16, 0.5))
                .isEqualTo("bundle.pdf: page 37/100, 16 forms, 0.50 pages/s, about 126 s left");
    }

    @Test
    void beforeAnyRateIsKnownTheTimeLeftIsSaidToBeUnknownRatherThanZero() {
        assertThat(ProgressDisplay.pageLine("bundle.pdf", 0, 100, 0, 0))
                .isEqualTo("bundle.pdf: page 0/100, 0 forms, 0.00 pages/s, time left not known yet");
    }
}
