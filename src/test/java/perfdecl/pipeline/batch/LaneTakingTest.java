package perfdecl.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.HostilePdfs;
import perfdecl.grid.GridReader;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.parse.TemplateCatalog;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.PdfGridReader;
import perfdecl.pdf.PdfLimits;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.process.Isolation;
import perfdecl.write.CsvDialect;

/** How a batch's lanes take their inputs. */
class LaneTakingTest {

    @TempDir
    Path in;

    @TempDir
    Path out;

    @Test
    void aLaneBusyWithOneFileHoldsNoOtherFileBack() throws Exception {
        // the first file is read only once both others have been: a lane that took another while it waited on the
        // first (as lanes once took their next input ahead) left it waiting for itself until its time ran out
        HostilePdfs.goodForm(in, "1-waits-for-the-others.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(in, "2-next.pdf", "pdf-form-2", 1);
        HostilePdfs.goodForm(in, "3-last.pdf", "pdf-form-3", 1);
        var options = new BatchExtraction.Options(out, 2, false, Isolation.IN_PROCESS, Duration.ofSeconds(30),
                "512m", false, CsvDialect.EXCEL, null, OcrEngine.NONE);

        RunReport run = new BatchExtraction(new FileExtractor(List.of(new WaitingReader())))
                .run(List.of(in), options, ProgressListener.NONE);

        assertThat(run.inputs()).extracting(InputReport::file)
                .containsExactly("1-waits-for-the-others.pdf", "2-next.pdf", "3-last.pdf");
        assertThat(run.inputs()).extracting(i -> i.status() + " " + i.reason())
                .containsExactly("ok null", "ok null", "ok null");
    }

    /** The PDF reader, whose reading of a file named {@code waits-for-the-others} waits until two others are read. */
    private static final class WaitingReader implements GridReader {
        private final PdfGridReader pdf = new PdfGridReader(PdfLimits.STANDARD, OcrEngine.named(OcrEngine.NONE),
                TemplateCatalog.titles());
        private final CountDownLatch othersRead = new CountDownLatch(2);

        @Override
        public boolean accepts(Path file, byte[] head) {
            return pdf.accepts(file, head);
        }

        @Override
        public SourceDocument read(Path file) throws UnreadableInputException {
            if (file.getFileName().toString().contains("waits-for-the-others")) {
                try {
                    if (!othersRead.await(60, TimeUnit.SECONDS)) {
                        throw new UnreadableInputException("the others were not read");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UnreadableInputException("interrupted");
                }
                return pdf.read(file);
            }
            SourceDocument doc = pdf.read(file);
            othersRead.countDown();
            return doc;
        }
    }
}
