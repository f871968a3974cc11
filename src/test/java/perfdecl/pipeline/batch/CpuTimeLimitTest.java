package perfdecl.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Fixtures;
import perfdecl.fixtures.HostilePdfs;
import perfdecl.fixtures.SlowPdfReader;
import perfdecl.grid.GridReader;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pdf.OcrEngine;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.PageClock;
import perfdecl.pipeline.process.Isolation;
import perfdecl.write.CsvDialect;

/**
 * The time limit of a file read in this process counts the CPU time of its reading thread: a reader that burns CPU
 * past it is stopped, one that only waits is stopped by the wall-clock ceiling only, and one slowed down as on a
 * loaded machine (short bursts of CPU, long waits) completes. The limits are sub-second, the fixture a 3-page form.
 */
class CpuTimeLimitTest {

    @TempDir
    Path in;

    @TempDir
    Path out;

    @BeforeAll
    static void warm() {
        // the classes loaded and compiled, so that a page's CPU time is the page's, not the JVM's warming up
        new FileExtractor(List.of(new SlowPdfReader(0, 0))).extract(Fixtures.input("pdf-form-1"));
    }

    @AfterEach
    void defaultCeiling() {
        System.clearProperty(PageClock.WALL_FACTOR_PROPERTY);
    }

    @Test
    void aReaderThatBurnsCpuPastTheLimitIsStoppedAndReportedWithTheFileAndTheCpuLimit() throws Exception {
        // a ceiling no loaded machine reaches: only the CPU limit can stop it
        System.setProperty(PageClock.WALL_FACTOR_PROPERTY, "1000");
        HostilePdfs.goodForm(in, "spins.pdf", "pdf-form-1", 1);

        InputReport report = run(SlowPdfReader.spinning(2), Duration.ofMillis(400));

        assertThat(report.file()).isEqualTo("spins.pdf");
        // stopped, the reader hands over the form it was reading, incomplete, or none when it ends too late
        assertThat(report.status()).isIn(InputReport.PARTIAL, InputReport.FAILED);
        assertThat(report.reason()).startsWith("timeout after 0.4 s of CPU time on page 2 of 3");
    }

    @Test
    void aReaderThatOnlyWaitsIsStoppedByTheWallClockCeilingNotTheCpuLimit() throws Exception {
        System.setProperty(PageClock.WALL_FACTOR_PROPERTY, "4");
        HostilePdfs.goodForm(in, "sleeps.pdf", "pdf-form-1", 1);

        InputReport report = run(new SlowPdfReader(0, 2), Duration.ofMillis(400));

        assertThat(report.file()).isEqualTo("sleeps.pdf");
        assertThat(report.status()).isIn(InputReport.PARTIAL, InputReport.FAILED);
        assertThat(report.reason()).startsWith("timeout after 1.6 s wall clock on page 2 of 3");
        assertThat(report.ms()).as("waited past the CPU limit for the ceiling").isGreaterThanOrEqualTo(1600);
    }

    @Test
    void aFileSlowedByALoadedMachineCompletes() throws Exception {
        HostilePdfs.goodForm(in, "loaded.pdf", "pdf-form-1", 1);

        // every page 20 ms of CPU and 700 ms of waiting: each page over the 0.5 s limit on the wall clock, the file
        // over its 1.5 s in all, and far under both in CPU time
        InputReport report = run(SlowPdfReader.inBursts(20, 700), Duration.ofMillis(500));

        assertThat(report.status()).as(report.reason()).isEqualTo(InputReport.OK);
        assertThat(report.forms()).isEqualTo(1);
        assertThat(report.ms()).isGreaterThan(1500);
    }

    private InputReport run(GridReader reader, Duration timeout) throws Exception {
        var options = new BatchExtraction.Options(out, 1, false, Isolation.IN_PROCESS, timeout, "512m", false,
                CsvDialect.EXCEL, null, OcrEngine.NONE);
        RunReport run = new BatchExtraction(new FileExtractor(List.of(reader)))
                .run(List.of(in), options, ProgressListener.NONE);
        return run.inputs().get(0);
    }
}
