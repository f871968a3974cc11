package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import perfdecl.grid.UnreadableInputException;

/** The caps on a real three-page form: each refuses once set below what the form needs, and only then. */
class PdfLimitsTest {

    private static final long MB = 1 << 20;

    @Test
    void pagesOverTheCapAreRefusedWithBothCounts() {
        assertThatThrownBy(() -> new PdfGridReader(new PdfLimits(2, 100_000_000, 256 * MB))
                .read(Fixtures.input("pdf-form-1")))
                .isInstanceOf(UnreadableInputException.class).hasMessage("too many pages (3 > 2)");
    }

    @Test
    void aStreamDecodingPastTheCapIsRefusedBeforePdfBoxDecodesIt() {
        assertThatThrownBy(() -> new PdfGridReader(new PdfLimits(2000, 100_000_000, 1024))
                .read(Fixtures.input("pdf-form-1")))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageMatching("stream \\d+ \\d+ decompresses to more than 1024 bytes");
    }

    @Test
    void theStandardCapsLeaveAFilingAlone() throws Exception {
        assertThat(new PdfGridReader(PdfLimits.STANDARD).read(Fixtures.input("pdf-form-1")).forms()).hasSize(1);
    }
}
