package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import perfdecl.fixtures.HostilePdfs;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.ProgressListener;
import perfdecl.pipeline.process.Isolation;

/**
 * A batch of broken and hostile PDFs with good forms among them, run in this process and in worker processes:
 * each bad file is reported failed with its one-line reason, within the timeout, and the good ones are extracted.
 */
class HostileInputsTest {

    @TempDir
    static Path inputs;

    @BeforeAll
    static void makeInputs() throws Exception {
        HostilePdfs.goodForm(inputs, "a-good.pdf", "pdf-form-1", 1);
        HostilePdfs.empty(inputs);
        HostilePdfs.notAPdf(inputs);
        HostilePdfs.truncated(inputs);
        HostilePdfs.wrongXrefOffsets(inputs);
        HostilePdfs.userPassword(inputs);
        HostilePdfs.ownerPasswordOnly(inputs);
        HostilePdfs.decompressionBomb(inputs, 2);
        HostilePdfs.hugeImage(inputs);
        HostilePdfs.nestedArrays(inputs, 200_000);
        HostilePdfs.pageTreeLoop(inputs);
        HostilePdfs.selfReferentialLength(inputs);
        HostilePdfs.blankPages(inputs, 3000);
        HostilePdfs.notADeclaration(inputs);
        HostilePdfs.goodForm(inputs, "z-good.pdf", "pdf-form-2", 1);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"IN_PROCESS", "WORKERS"})
    void everyBadFileIsReportedWithItsReasonAndTheGoodOnesAreExtracted(Isolation isolation, @TempDir Path out)
            throws Exception {
        var options = new BatchExtraction.Options(out, 2, false, isolation, Duration.ofSeconds(30), "512m", false);
        long t0 = System.nanoTime();
        RunReport run = new BatchExtraction().run(List.of(inputs), options, ProgressListener.NONE);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;

        Map<String, InputReport> byFile = run.inputs().stream()
                .collect(Collectors.toMap(InputReport::file, Function.identity()));
        assertThat(byFile).hasSize(15);
        assertThat(reason(byFile, "empty.pdf")).isEqualTo("empty file");
        assertThat(reason(byFile, "not-a-pdf.pdf")).isEqualTo("neither a PDF nor a text export");
        assertThat(reason(byFile, "truncated.pdf")).startsWith("damaged PDF: ");
        assertThat(reason(byFile, "user-password.pdf")).isEqualTo("encrypted with a user password");
        assertThat(reason(byFile, "decompression-bomb.pdf")).isEqualTo("stream 4 0 decompresses to more than 256 MB");
        assertThat(reason(byFile, "huge-image.pdf"))
                .isEqualTo("image too large (object 5 0 declares 60000×60000 pixels > 100 megapixels)");
        assertThat(reason(byFile, "nested-arrays.pdf")).startsWith("damaged PDF: ").contains("recursion depth");
        assertThat(reason(byFile, "page-tree-loop.pdf")).isEqualTo("damaged PDF: the page tree loops back on itself");
        assertThat(reason(byFile, "self-length.pdf")).startsWith("damaged PDF: ").contains("recursion");
        assertThat(reason(byFile, "blank-3000-pages.pdf")).isEqualTo("too many pages (3000 > 2000)");
        assertThat(reason(byFile, "quarterly-report.pdf")).startsWith("not a declaration form");
        for (String good : List.of("a-good.pdf", "z-good.pdf", "owner-password-only.pdf", "wrong-xref.pdf")) {
            // PDFBox rebuilds a wrong xref table by scanning the objects, so that file reads like the original
            assertThat(byFile.get(good).status()).as(good + ": " + byFile.get(good).reason()).isEqualTo("ok");
            assertThat(byFile.get(good).forms()).as(good).isEqualTo(1);
            assertThat(byFile.get(good).pages()).as(good).isPositive();
        }
        assertThat(run.totals().failed()).isEqualTo(11);
        assertThat(run.totals().forms()).isEqualTo(4);
        assertThat(Files.readAllLines(out.resolve("declarations.jsonl"))).hasSize(4);
        assertThat(Files.readString(out.resolve("run.csv"))).contains("too many pages (3000 > 2000)");
        assertThat(seconds).as("whole batch within the timeout").isLessThan(30);
    }

    private static String reason(Map<String, InputReport> byFile, String file) {
        InputReport r = byFile.get(file);
        assertThat(r.status()).as(file).isEqualTo(InputReport.FAILED);
        assertThat(r.reason()).as(file).doesNotContain("\n");
        return r.reason();
    }
}
