package perfdecl.pipeline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Fixtures;
import perfdecl.write.CsvDialect;
import perfdecl.write.Language;
import perfdecl.pipeline.ExtractionOutput;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.InputResult;
import perfdecl.pipeline.StagedInput;
import perfdecl.pipeline.batch.BatchExtraction;

class WorkerProtocolTest {

    @TempDir
    Path out;

    @Test
    void aResponseLineCarriesTheReportIdsAndStagedFilesButNoDeclaration() throws Exception {
        InputResult result = new FileExtractor(BatchExtraction.standardReaders())
                .extract(Fixtures.path("filings/pdf-bundle-2019/input.pdf"));
        assertThat(result.declarations()).hasSizeGreaterThan(1);
        StagedInput staged = new ExtractionOutput(out, CsvDialect.EXCEL, Language.ZH).stage(result);

        String line = WorkerProtocol.response(7, staged);

        assertThat(line).doesNotContain("\n").doesNotContain(result.declarations().get(0).projectName());
        WorkerProtocol.Response response = WorkerProtocol.parseResponse(line);
        assertThat(response.id()).isEqualTo(7);
        StagedInput back = response.staged();
        assertThat(back).isEqualTo(staged);
        assertThat(back.ids()).hasSize(result.declarations().size());
        assertThat(back.files()).hasSize(result.declarations().size() + 1)
                .allSatisfy(f -> assertThat(Files.isRegularFile(f.tmp())).isTrue());
    }

    @Test
    void aRequestNamesTheAbsoluteInputItsDigestAndOutputFolderOnOneLine() throws Exception {
        Path odd = Path.of("dir with \"quotes\"", "line\nbreak.pdf");
        String sha = "0123456789abcdef".repeat(4);
        String line = WorkerProtocol.request(3, odd, sha, Path.of("out folder"), CsvDialect.EXCEL);
        assertThat(line).doesNotContain("\n").startsWith("{");
        WorkerProtocol.Request r = WorkerProtocol.parseRequest(line);
        assertThat(r.id()).isEqualTo(3);
        assertThat(r.file()).isEqualTo(odd.toAbsolutePath());
        assertThat(r.sha256()).isEqualTo(sha);
        assertThat(r.outDir()).isEqualTo(Path.of("out folder").toAbsolutePath());
    }

    @Test
    void aRequestWithoutADigestLeavesItToTheWorker() throws Exception {
        WorkerProtocol.Request r = WorkerProtocol.parseRequest(
                WorkerProtocol.request(4, Path.of("a.pdf"), null, Path.of("out"), CsvDialect.EXCEL));
        assertThat(r.sha256()).isNull();
        assertThat(r.file()).isEqualTo(Path.of("a.pdf").toAbsolutePath());
    }

    @Test
    void aRequestCarriesTheCsvDialectAndOneWithoutItMeansExcel() throws Exception {
        assertThat(WorkerProtocol.parseRequest(WorkerProtocol.request(5, Path.of("a.pdf"), null, Path.of("out"),
                CsvDialect.PLAIN)).dialect()).isEqualTo(CsvDialect.PLAIN);
        assertThat(WorkerProtocol.parseRequest("{\"id\":6,\"file\":\"/a.pdf\",\"outDir\":\"/out\"}").dialect())
                .isEqualTo(CsvDialect.EXCEL);
    }

    @Test
    void aStopLineNamesTheRequestToStopAndNoRequestLineIsOne() throws Exception {
        String stop = WorkerProtocol.stop(42);
        assertThat(stop).isEqualTo("{\"stop\":42}");
        assertThat(WorkerProtocol.parseStop(stop)).isEqualTo(42L);
        assertThat(WorkerProtocol.parseStop(WorkerProtocol.request(42, Path.of("/a.pdf"), null, Path.of("/out"),
                CsvDialect.EXCEL))).isNull();
    }
}
