package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Fixtures;
import perfdecl.model.InputReport;
import perfdecl.pipeline.batch.BatchExtraction;

class FileExtractorTest {

    private static final FileExtractor EXTRACTOR = new FileExtractor(BatchExtraction.standardReaders());

    @TempDir
    Path dir;

    @Test
    void aFileIsIdentifiedByTheSha256OfItsBytes() throws Exception {
        Path pdf = Fixtures.path("filings/pdf-form-1/input.pdf");
        InputResult result = EXTRACTOR.extract(pdf);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)));
        assertThat(result.report().sha256()).isEqualTo(expected);
        assertThat(result.declarations()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.source().sha256()).isEqualTo(expected));
    }

    @Test
    void aDigestTheBatchWorkedOutIsTakenAsGivenRatherThanWorkedOutAgain() {
        // a value no file hashes to shows that the extractor did not read the file a second time to hash it
        String given = "f".repeat(64);
        InputResult result = EXTRACTOR.extract(Fixtures.path("filings/pdf-form-1/input.pdf"), given);
        assertThat(result.report().status()).isEqualTo(InputReport.OK);
        assertThat(result.report().sha256()).isEqualTo(given);
        assertThat(result.declarations()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.source().sha256()).isEqualTo(given));
    }

    @Test
    void aFailureOutsideTheExtractorKeepsTheGivenDigestOrWorksItOut() throws Exception {
        Path file = Files.writeString(dir.resolve("stalled.pdf"), "%PDF-1.4 never finished");
        InputReport given = FileExtractor.failed(file, "a".repeat(64), "timeout after 60 s", System.nanoTime())
                .report();
        assertThat(given.sha256()).isEqualTo("a".repeat(64));
        assertThat(given.reason()).isEqualTo("timeout after 60 s");
        InputReport worked = FileExtractor.failed(file, null, "timeout after 60 s", System.nanoTime()).report();
        assertThat(worked.sha256()).isEqualTo(FileDigest.sha256(file));
        assertThat(worked.status()).isEqualTo(InputReport.FAILED);
    }
}
