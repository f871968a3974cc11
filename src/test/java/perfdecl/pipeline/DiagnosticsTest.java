package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import perfdecl.grid.GridReader;
import perfdecl.pdf.OcrEngine;
import perfdecl.pipeline.process.CoordinatorProcess;
import perfdecl.pipeline.process.ExtractionWorker;
import perfdecl.pipeline.process.MisbehavingWorker;
import perfdecl.pipeline.process.WorkerProcess;

/** --verbose reaches every JVM of a batch: PDFBox's loggers in this one, and the property the children inherit. */
class DiagnosticsTest {

    @AfterEach
    void off() {
        Diagnostics.configure(false);
        MisbehavingWorker.stop();
    }

    @Test
    void offSilencesEveryLoggerAndTheChildrenAreToldNothing() {
        Diagnostics.configure(false);

        assertThat(Logger.getLogger("").getLevel()).isEqualTo(Level.OFF);
        assertThat(System.getProperty(GridReader.DIAGNOSTICS)).isNull();
        assertThat(WorkerProcess.command("1g", 1, true)).noneMatch(a -> a.contains(GridReader.DIAGNOSTICS));
    }

    @Test
    void onLetsPdfBoxLogAndEveryChildJvmIsStartedWithIt() {
        Diagnostics.configure(true);

        assertThat(Logger.getLogger("org.apache.pdfbox").isLoggable(Level.WARNING)).isTrue();
        assertThat(Logger.getLogger("").getHandlers()).isNotEmpty();
        List<String> worker = WorkerProcess.command("1g", 1, true);
        List<String> coordinator = CoordinatorProcess.command("perfdecl.cli.Main", List.of("extract"), 1L << 30);
        assertThat(worker).contains("-D" + GridReader.DIAGNOSTICS + "=true");
        assertThat(coordinator).contains("-D" + GridReader.DIAGNOSTICS + "=true");
    }

    @Test
    void theWorkerMainClassIsTheProductsUnlessATestNamesAnother() {
        List<String> product = WorkerProcess.command("1g", 2, true);
        MisbehavingWorker.start();
        List<String> misbehaving = WorkerProcess.command("1g", 2, true);

        assertThat(product.subList(product.size() - 3, product.size()))
                .containsExactly(ExtractionWorker.class.getName(), "2", OcrEngine.DEFAULT);
        assertThat(misbehaving.subList(misbehaving.size() - 3, misbehaving.size()))
                .containsExactly(MisbehavingWorker.class.getName(), "2", OcrEngine.DEFAULT);
        assertThat(misbehaving).contains("-D" + ExtractionWorker.MAIN_CLASS + "=" + MisbehavingWorker.class.getName());
    }
}
