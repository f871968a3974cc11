package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import perfdecl.fixtures.Fixtures;

class WorkerProtocolTest {

    @Test
    void aResponseLineCarriesTheReportAndEqualDeclarations() throws Exception {
        InputResult result = new FileExtractor(BatchExtraction.standardReaders())
                .extract(Fixtures.path("filings/pdf-bundle-2019/input.pdf"));
        assertThat(result.declarations()).hasSizeGreaterThan(1);

        String line = WorkerProtocol.response(result);

        assertThat(line).doesNotContain("\n");
        assertThat(WorkerProtocol.parseResponse(line)).isEqualTo(result);
    }

    @Test
    void aRequestIsTheAbsolutePathAsOneJsonString() throws Exception {
        Path odd = Path.of("dir with \"quotes\"", "line\nbreak.pdf");
        String line = WorkerProtocol.request(odd);
        assertThat(line).doesNotContain("\n").startsWith("\"");
        assertThat(WorkerProtocol.parseRequest(line)).isEqualTo(odd.toAbsolutePath());
    }
}
