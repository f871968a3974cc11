package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.model.RunReport;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.ProgressListener;

/**
 * {@code output/} holds the committed result of the default run on {@code samples/}, so that a reader sees what the
 * tool produces without running it. This test reruns the extraction and fails when any committed file is stale
 * (timings aside) or missing, or when the run writes a file that is not committed. It runs with the default time
 * limit, 60 s per page, which counts the CPU time of each file's reading (not the wall clock): a loaded machine
 * slows the run without failing a scan, while a file that really runs out of time still fails the test.
 */
class SamplesOutputTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final Path COMMITTED = Path.of("output");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedOutputIsWhatTheDefaultRunWritesToday(@TempDir Path fresh) throws IOException {
        RunReport report = new BatchExtraction().run(List.of(SAMPLES),
                new BatchExtraction.Options(fresh, 1, true), ProgressListener.NONE);
        assertThat(report.totals().failed()).isZero();
        assertThat(relativeFiles(COMMITTED)).as("files in output/ (regenerate with the README's first command)")
                .containsExactlyElementsOf(relativeFiles(fresh));
        for (String rel : relativeFiles(fresh)) {
            assertThat(firstDifference(comparable(COMMITTED.resolve(rel), rel), comparable(fresh.resolve(rel), rel)))
                    .as("output/%s is stale: regenerate with the README's first command", rel)
                    .isNull();
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> !rel.startsWith(".") && !rel.contains("/."))
                    .sorted().toList();
        }
    }

    /** The first line that differs, shortened, or {@code null} when the contents are equal. */
    private static String firstDifference(String committed, String fresh) {
        if (committed.equals(fresh)) {
            return null;
        }
        String[] a = committed.split("\n", -1);
        String[] b = fresh.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                int at = 0;
                while (at < Math.min(x.length(), y.length()) && x.charAt(at) == y.charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 40);
                return "line " + (i + 1) + ", column " + (at + 1) + ": committed \"…"
                        + x.substring(from, Math.min(x.length(), at + 80)) + "\" but a run writes \"…"
                        + y.substring(Math.min(from, y.length()), Math.min(y.length(), at + 80)) + "\"";
            }
        }
        return "line endings differ";
    }

    /** The file's content with the run's timings removed. */
    private static String comparable(Path file, String rel) throws IOException {
        if (rel.endsWith(".xlsx")) {
            return cells(file);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (rel.equals("run.json")) {
            JsonNode run = JSON.readTree(text);
            run.path("inputs").forEach(i -> ((ObjectNode) i).remove("ms"));
            ((ObjectNode) run.path("totals")).remove("ms");
            return run.toString();
        }
        if (rel.equals("run.csv")) {
            StringBuilder b = new StringBuilder();
            for (String line : text.split("\n")) {
                b.append(line, 0, Math.max(0, line.lastIndexOf(','))).append('\n');
            }
            return b.toString();
        }
        return text;
    }

    /** A workbook's sheets and cells, one line a cell: the content without the file's timestamps. */
    private static String cells(Path xlsx) throws IOException {
        StringBuilder b = new StringBuilder();
        try (InputStream in = Files.newInputStream(xlsx); Workbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                b.append("sheet ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        b.append(cell.getAddress()).append(' ').append(cell.getCellType()).append(' ')
                                .append(cell.toString().replace("\n", "\\n")).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }
}
