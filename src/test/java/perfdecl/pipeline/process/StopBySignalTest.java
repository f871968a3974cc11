package perfdecl.pipeline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.HostilePdfs;
import perfdecl.pipeline.batch.BatchExtraction;

/**
 * {@code perfdecl extract} stopped by SIGTERM while a worker reads a file: the launcher passes the signal on to its
 * coordinator, which stops its worker and ends the run: the file done is written whole, run.json says the run was
 * interrupted and lists the others as not extracted, no temporary file is left, and the exit code is 143. The
 * worker is {@link HangingPageWorker}, whose second file sleeps a long while on each page.
 */
class StopBySignalTest {

    @TempDir
    Path in;

    @TempDir
    Path out;

    @Test
    void aRunStoppedBySigtermWritesTheFilesDoneWholeAndSaysItWasInterrupted() throws Exception {
        HostilePdfs.goodForm(in, "1-good.pdf", "pdf-form-2", 1);
        HostilePdfs.goodForm(in, "2-bursts-0-5000.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(in, "3-good.pdf", "pdf-form-3", 1);
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(),
                "-D" + ExtractionWorker.MAIN_CLASS + "=" + HangingPageWorker.class.getName(),
                "-cp", System.getProperty("java.class.path"), "perfdecl.cli.Main", "extract", in.toString(),
                "-o", out.toString(), "--isolate", "-j", "1", "--no-xlsx", "-q", "--ocr", "none"));
        Process run = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        try {
            // the first file committed: the second is in the worker for 15 s
            Path json = out.resolve("json");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!hasJson(json) && run.isAlive() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(hasJson(json)).as("the first file was written").isTrue();
            new ProcessBuilder("kill", "-TERM", String.valueOf(run.pid())).start().waitFor();

            assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the run stopped").isTrue();
        } finally {
            run.destroyForcibly();
        }
        String log = Files.readString(out.resolveSibling(out.getFileName() + ".log"));
        assertThat(run.exitValue()).as(log).isEqualTo(143);
        assertThat(log).contains("stopped by SIGTERM").doesNotContain("Exception").doesNotContain("fatal error");
        JsonNode report = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(report.path("interrupted").asText()).isEqualTo("SIGTERM");
        assertThat(report.at("/inputs/0/status").asText()).isEqualTo("ok");
        for (int i = 1; i <= 2; i++) {
            assertThat(report.at("/inputs/" + i + "/status").asText()).isEqualTo("skipped");
            assertThat(report.at("/inputs/" + i + "/reason").asText()).isEqualTo(BatchExtraction.INTERRUPTED);
        }
        try (Stream<Path> jsons = Files.list(out.resolve("json"))) {
            assertThat(jsons.count()).isEqualTo(1);
        }
        assertThat(Files.readAllLines(out.resolve("declarations.jsonl"))).hasSize(1);
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(".tmp-") || name.endsWith(".part"));
        }
    }

    private static boolean hasJson(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
        }
    }
}
