package perfdecl.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import perfdecl.fixtures.Bundles;
import perfdecl.fixtures.OutputFolders;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.PdfGridReader;
import perfdecl.pipeline.process.Isolation;
import perfdecl.write.CsvDialect;

/**
 * A scanned bundle extracted with {@code --jobs 2} — its pages spread over both jobs in page ranges, in this
 * process and in a worker — writes byte for byte the json files and tables that {@code --jobs 1} writes, and the
 * same run report but for the times.
 */
class BundleJobsTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearRangeSize() {
        System.clearProperty(PdfGridReader.RANGE_PAGES);
    }

    @Test
    void aScannedBundleGivesTheSameOutputsWithOneJobAndWithTwo() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Bundles.scannedWithABadPage(in.resolve("bundle.pdf"));
        // ranges of three pages: cuts inside a form, at a blank page and beside the page that breaks a cap
        System.setProperty(PdfGridReader.RANGE_PAGES, "3");
        Path one = dir.resolve("one"), two = dir.resolve("two"), worker = dir.resolve("worker");
        RunReport first = run(in, one, 1, Isolation.IN_PROCESS, new AtomicInteger());
        AtomicInteger pagesShown = new AtomicInteger();
        run(in, two, 2, Isolation.IN_PROCESS, pagesShown);
        run(in, worker, 2, Isolation.WORKERS, new AtomicInteger());

        InputReport report = first.inputs().get(0);
        assertThat(report.status()).as(report.reason()).isEqualTo(InputReport.PARTIAL);
        assertThat(report.forms()).isEqualTo(4);
        assertThat(report.pages()).isEqualTo(11);
        assertThat(pagesShown.get()).as("progress reached the last page").isEqualTo(11);
        OutputFolders.assertSameOutputs(two, one);
        OutputFolders.assertSameOutputs(worker, one);
    }

    @Test
    void aFilesPagesGetTheJobsItsLaneLeavesFreeAsFarAsTheHeapAllows() {
        long mb = 1L << 20;
        assertThat(BatchExtraction.pageJobs(2, 1, 1024 * mb)).isEqualTo(2);
        assertThat(BatchExtraction.pageJobs(2, 2, 1024 * mb)).as("as many files as jobs").isEqualTo(1);
        assertThat(BatchExtraction.pageJobs(2, 1, 256 * mb)).as("a 256 MB worker heap").isEqualTo(1);
        assertThat(BatchExtraction.pageJobs(8, 1, 512 * mb)).isEqualTo(2);
    }

    private static RunReport run(Path in, Path out, int jobs, Isolation isolation, AtomicInteger pagesShown)
            throws Exception {
        var options = new BatchExtraction.Options(out, jobs, false, isolation, Duration.ofSeconds(120), "512m",
                false, CsvDialect.EXCEL, null, OcrEngine.NONE);
        return new BatchExtraction().run(List.of(in), options, new ProgressListener() {
            @Override
            public void pages(String file, int pagesDone, int pages, int forms) {
                pagesShown.accumulateAndGet(pagesDone, Math::max);
            }
        });
    }
}
