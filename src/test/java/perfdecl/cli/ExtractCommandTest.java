package perfdecl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.HostilePdfs;

/** The extract command's batch options, end to end through picocli. */
class ExtractCommandTest {

    @TempDir
    Path inputs;

    @TempDir
    Path out;

    @Test
    void isolatedRunReportsTheFailureAndResumeSkipsWhatIsDone() throws Exception {
        HostilePdfs.goodForm(inputs, "a.pdf", "pdf-form-2", 1);
        HostilePdfs.truncated(inputs);

        int first = Main.run("extract", "--isolate", "--jobs", "2", "--timeout", "30", "--worker-heap", "256m", "-q",
                "-o", out.toString(), inputs.toString());
        int second = Main.run("extract", "--no-isolate", "--resume", "-q", "-o", out.toString(), inputs.toString());

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(1);
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("inputs").get(0).get("status").asText()).isEqualTo("skipped");
        assertThat(run.get("inputs").get(0).get("reason").asText()).isEqualTo("already extracted");
        assertThat(run.get("inputs").get(1).get("status").asText()).isEqualTo("failed");
        assertThat(run.get("totals").get("forms").asInt()).isEqualTo(1);
        assertThat(Files.readAllLines(out.resolve("declarations.jsonl"))).hasSize(1);
    }

    @Test
    void badLimitsAreUsageErrors() {
        assertThat(Main.run("extract", "--timeout", "0", "-o", out.toString(), inputs.toString())).isEqualTo(2);
        assertThat(Main.run("extract", "--worker-heap", "lots", "-o", out.toString(), inputs.toString())).isEqualTo(2);
        assertThat(Main.run("extract", "--jobs", "0", "-o", out.toString(), inputs.toString())).isEqualTo(2);
    }

    @Test
    void theWorkbookIsWrittenUnlessNoXlsxAndTheCsvDialectIsChosenByName(@TempDir Path plain) throws Exception {
        HostilePdfs.goodForm(inputs, "a.pdf", "pdf-form-2", 1);

        assertThat(Main.run("extract", "--no-isolate", "-q", "-o", out.toString(), inputs.toString())).isZero();
        assertThat(Main.run("extract", "--no-isolate", "-q", "--csv", "plain", "--no-xlsx", "-o", plain.toString(),
                inputs.toString())).isZero();

        assertThat(out.resolve("declarations.xlsx")).isRegularFile();
        assertThat(plain.resolve("declarations.xlsx")).doesNotExist();
        assertThat(Files.readAllBytes(out.resolve("declarations.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readAllBytes(plain.resolve("declarations.csv"))).startsWith("id,".getBytes());
        assertThat(Main.run("extract", "--csv", "tsv", "-o", out.toString(), inputs.toString())).isEqualTo(2);
    }
}
