package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Fixtures;

class WorkerProtocolTest {

    @TempDir
    Path out;

    @Test
    void aResponseLineCarriesTheReportIdsAndStagedFilesButNoDeclaration() throws Exception {
        InputResult result = new FileExtractor(BatchExtraction.standardReaders())
                .extract(Fixtures.path("filings/pdf-bundle-2019/input.pdf"));
        assertThat(result.declarations()).hasSizeGreaterThan(1);
        StagedInput staged = new ExtractionOutput(out).stage(result);

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
    void aRequestNamesTheAbsoluteInputAndOutputFolderOnOneLine() throws Exception {
        Path odd = Path.of("dir with \"quotes\"", "line\nbreak.pdf");
        String line = WorkerProtocol.request(3, odd, Path.of("out folder"));
        assertThat(line).doesNotContain("\n").startsWith("{");
        WorkerProtocol.Request r = WorkerProtocol.parseRequest(line);
        assertThat(r.id()).isEqualTo(3);
        assertThat(r.file()).isEqualTo(odd.toAbsolutePath());
        assertThat(r.outDir()).isEqualTo(Path.of("out folder").toAbsolutePath());
    }
}
