package perfdecl.pipeline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.HostilePdfs;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pdf.OcrEngine;
import perfdecl.pipeline.PageClock;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.ProgressListener;
import perfdecl.write.CsvDialect;

/**
 * In a worker process a file's time limit counts the CPU time of its reading thread there, as the worker tells it:
 * a file slowed down as on a loaded machine completes in the worker, one that burns CPU past the limit is stopped
 * and reported with the CPU limit, and one that hangs asleep is stopped by the wall-clock ceiling alone.
 */
class WorkerCpuTimeLimitTest {

    @TempDir
    Path in;

    @TempDir
    Path out;

    @BeforeEach
    void hangingWorkers() {
        HangingPageWorker.start();
        // a ceiling no loaded machine reaches: only the CPU limit can stop a file
        System.setProperty(PageClock.WALL_FACTOR_PROPERTY, "1000");
    }

    @AfterEach
    void productWorkers() {
        HangingPageWorker.stop();
        MisbehavingWorker.stop();
        System.clearProperty(PageClock.WALL_FACTOR_PROPERTY);
    }

    @Test
    void aFileSlowedDownCompletesInTheWorkerAndOneThatBurnsCpuIsStoppedWithTheCpuLimit() throws Exception {
        // 20 ms of CPU and 2.5 s asleep a page: each page over the 2 s limit on the wall clock, the file over its
        // 6 s, far under in CPU; 2 s leaves a cold worker's first page (loading and compiling the reader) its time
        HostilePdfs.goodForm(in, "1-bursts-20-2500.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(in, "2-spin-at-2.pdf", "pdf-form-1", 2);
        var options = new BatchExtraction.Options(out, 1, false, Isolation.WORKERS, Duration.ofSeconds(2), "256m",
                false, CsvDialect.EXCEL, null, OcrEngine.NONE);

        RunReport run = new BatchExtraction().run(List.of(in), options, ProgressListener.NONE);

        String reasons = run.inputs().stream().map(i -> i.file() + ": " + i.status() + " " + i.reason())
                .collect(Collectors.joining("; "));
        InputReport slowed = run.inputs().get(0);
        assertThat(slowed.status()).as(reasons).isEqualTo(InputReport.OK);
        assertThat(slowed.forms()).isEqualTo(1);
        assertThat(slowed.ms()).isGreaterThan(6000);
        InputReport spins = run.inputs().get(1);
        assertThat(spins.file()).isEqualTo("2-spin-at-2.pdf");
        assertThat(spins.status()).as(reasons).isIn(InputReport.PARTIAL, InputReport.FAILED);
        assertThat(spins.reason()).startsWith("timeout after 2 s of CPU time on page 2 of 3");
    }

    @Test
    void aFileThatOnlyWaitsInTheWorkerIsStoppedByTheWallClockCeilingNotTheCpuLimit() throws Exception {
        // it waits before its reading begins, so that no cold start of the reader counts on the wall clock
        HangingPageWorker.stop();
        MisbehavingWorker.start();
        System.setProperty(PageClock.WALL_FACTOR_PROPERTY, "2");
        HostilePdfs.goodForm(in, "stall-worker.pdf", "pdf-form-1", 1);
        var options = new BatchExtraction.Options(out, 1, false, Isolation.WORKERS, Duration.ofSeconds(2), "256m",
                false, CsvDialect.EXCEL, null, OcrEngine.NONE);

        InputReport stalls = new BatchExtraction().run(List.of(in), options, ProgressListener.NONE).inputs().get(0);

        assertThat(stalls.file()).isEqualTo("stall-worker.pdf");
        assertThat(stalls.status()).isEqualTo(InputReport.FAILED);
        assertThat(stalls.reason()).isEqualTo("timeout after 4 s wall clock");
        assertThat(stalls.ms()).as("waited past the CPU limit for the ceiling").isGreaterThanOrEqualTo(4000);
    }
}
