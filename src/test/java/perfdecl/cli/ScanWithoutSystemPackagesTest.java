package perfdecl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Fixtures;
import perfdecl.pdf.OcrEngine;

/**
 * The default OCR engine comes in the jar: the extract command reads an image-only scan in a JVM that can start no
 * program — an empty PATH and tesseract's command pointed at nothing — as on a machine with only Java.
 */
class ScanWithoutSystemPackagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anImageOnlyScanIsExtractedWithTheDefaultEngineWhereNoProgramCanBeStarted(@TempDir Path dir) throws Exception {
        assertThat(OcrEngine.DEFAULT).isEqualTo(OcrEngine.PPOCR);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.input("scan-imageonly-form-1"), in.resolve("scan.pdf"));
        Path out = dir.resolve("out");
        Path emptyPath = Files.createDirectories(dir.resolve("bin"));
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Djava.awt.headless=true", "-Dperfdecl.tesseract=" + dir.resolve("no-tesseract"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                // a page's timeout is wall time: at load 40 a page took over 60 s
                "extract", "--no-isolate", "-q", "--timeout", "900", "-o", out.toString(), in.toString()));
        pb.environment().put("PATH", emptyPath.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] log = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).as(new String(log, StandardCharsets.UTF_8)).isZero();
        JsonNode run = JSON.readTree(out.resolve("run.json").toFile());
        assertThat(run.path("inputs").get(0).path("status").asText()).isEqualTo("ok");
        List<String> lines = Files.readAllLines(out.resolve("declarations.jsonl"));
        assertThat(lines).hasSize(1);
        JsonNode form = JSON.readTree(lines.get(0));
        JsonNode expected = Fixtures.expected("scan-imageonly-form-1").get(0);
        assertThat(form.path("source").path("inputKind").asText()).isEqualTo("pdf-ocr");
        assertThat(form.path("budget").path("total").asLong()).isEqualTo(expected.path("budget").path("total").asLong());
        assertThat(form.path("projectName").asText()).isEqualTo(expected.path("projectName").asText());
    }
}
