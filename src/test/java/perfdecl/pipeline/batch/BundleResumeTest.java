package perfdecl.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import perfdecl.fixtures.Bundles;
import perfdecl.fixtures.OutputFolders;
import perfdecl.grid.FormGrid;
import perfdecl.grid.ForwardingReadListener;
import perfdecl.grid.GridReader;
import perfdecl.grid.ReadListener;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.PdfGridReader;
import perfdecl.pdf.PdfLimits;
import perfdecl.parse.TemplateCatalog;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.process.Isolation;
import perfdecl.write.CsvDialect;

/**
 * A scanned bundle whose extraction ran out of time after its second form is read on by {@code --resume} from the
 * page after that form: the two forms are not read again, and the outputs are those of a run never interrupted.
 */
@org.junit.jupiter.api.extension.ExtendWith(perfdecl.fixtures.WallCeilingAtTheLimit.class)
class BundleResumeTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearRangeSize() {
        System.clearProperty(PdfGridReader.RANGE_PAGES);
    }

    @Test
    void aScanCutShortIsReadOnFromItsLastFormAndEndsAsAnUninterruptedRun() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        int secondEnds = Bundles.scannedWithABadPage(in.resolve("bundle.pdf"));
        Path clean = dir.resolve("clean"), out = dir.resolve("out");
        RunReport whole = new BatchExtraction().run(List.of(in), options(clean, 1, 120, false), ProgressListener.NONE);
        assertThat(whole.inputs().get(0).forms()).isEqualTo(4);

        // the reading stalls once the second form is handed over, until the per-page time limit cuts it short
        Watching stalled = new Watching(2);
        RunReport cut = new BatchExtraction(stalled.extractor()).run(List.of(in), options(out, 1, 30, false),
                ProgressListener.NONE);
        InputReport report = cut.inputs().get(0);
        assertThat(report.status()).as(report.reason()).isEqualTo(InputReport.PARTIAL);
        // the third form, whose reading was stopped after its first page, is kept incomplete; no checkpoint
        // follows it, so a resumed run reads it again from that page
        assertThat(report.reason()).startsWith("timeout after 30 s wall clock").contains("3 forms kept");
        assertThat(report.formStatus().get(2).status()).isEqualTo(perfdecl.model.FormStatus.INCOMPLETE);
        assertThat(out.resolve(".perfdecl/partial").resolve(report.sha256())).exists();

        // read on with two jobs, in ranges of three pages
        System.setProperty(PdfGridReader.RANGE_PAGES, "3");
        Watching resumed = new Watching(0);
        RunReport after = new BatchExtraction(resumed.extractor()).run(List.of(in), options(out, 2, 120, true),
                ProgressListener.NONE);

        assertThat(after.inputs().get(0).status()).isEqualTo(whole.inputs().get(0).status());
        assertThat(resumed.forms).as("only the forms after the second are read").containsExactly(2, 3);
        assertThat(resumed.pagesDone).isNotEmpty().allSatisfy(p -> assertThat(p).isGreaterThan(secondEnds));
        assertThat(out.resolve(".perfdecl/partial").resolve(report.sha256())).doesNotExist();
        OutputFolders.assertSameOutputs(out, clean);
    }

    private static BatchExtraction.Options options(Path out, int jobs, int timeout, boolean resume) {
        return new BatchExtraction.Options(out, jobs, false, Isolation.IN_PROCESS, Duration.ofSeconds(timeout),
                "512m", resume, CsvDialect.EXCEL, null, OcrEngine.NONE);
    }

    /**
     * The standard PDF reader, with what it hands over recorded: the forms' numbers and the pages done; stalls
     * after {@code stallAfter} forms (0: never) until its thread is interrupted.
     */
    private static final class Watching implements GridReader {
        private final PdfGridReader pdf = new PdfGridReader(PdfLimits.STANDARD, OcrEngine.named(OcrEngine.NONE),
                TemplateCatalog.titles());
        private final int stallAfter;
        final List<Integer> forms = new ArrayList<>();
        final List<Integer> pagesDone = new ArrayList<>();

        Watching(int stallAfter) {
            this.stallAfter = stallAfter;
        }

        FileExtractor extractor() {
            return new FileExtractor(List.of(this));
        }

        @Override
        public boolean accepts(Path file, byte[] head) {
            return pdf.accepts(file, head);
        }

        @Override
        public SourceDocument read(Path file) throws UnreadableInputException {
            return pdf.read(file);
        }

        @Override
        public SourceDocument read(Path file, ReadListener listener, int jobs) throws UnreadableInputException {
            return read(file, listener, jobs, 1, 0);
        }

        @Override
        public SourceDocument read(Path file, ReadListener listener, int jobs, int fromPage, int firstForm)
                throws UnreadableInputException {
            return pdf.read(file, new ForwardingReadListener() {
                @Override
                public ReadListener to() {
                    return listener;
                }

                @Override
                public void pageDone(int page) {
                    pagesDone.add(page);
                    listener.pageDone(page);
                }

                @Override
                public void form(FormGrid form) {
                    forms.add(form.formIndex());
                    listener.form(form);
                    if (forms.size() == stallAfter) {
                        try {
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            }, jobs, fromPage, firstForm);
        }
    }
}
