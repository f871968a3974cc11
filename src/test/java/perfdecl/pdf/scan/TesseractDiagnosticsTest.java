package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import perfdecl.grid.GridReader;

/** tesseract's own messages are discarded, unless diagnostics are asked for: then they reach this stderr. */
class TesseractDiagnosticsTest {

    @AfterEach
    void off() {
        System.clearProperty(GridReader.DIAGNOSTICS);
    }

    @Test
    void tesseractsStderrIsDiscardedByDefaultAndInheritedWithDiagnostics() {
        assertThat(TesseractOcr.stderr()).isEqualTo(ProcessBuilder.Redirect.DISCARD);
        System.setProperty(GridReader.DIAGNOSTICS, "true");
        assertThat(TesseractOcr.stderr()).isEqualTo(ProcessBuilder.Redirect.INHERIT);
    }
}
