package perfdecl.pipeline.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import perfdecl.pipeline.AtomicFile;
import perfdecl.pipeline.Checkpoint;
import perfdecl.pipeline.ExtractionOutput;

/**
 * What earlier runs into an output folder finished: {@code .perfdecl/done/<sha256>} is written atomically once
 * an input's json files and table rows are, and names them (first line the page count, then one declaration id a
 * line). An input counts as done only while its rows file and every json file its marker names still exist.
 * How far they got through long scans they did not finish (a time limit, a worker that died):
 * {@code .perfdecl/partial/<sha256>} holds the input's last {@link Checkpoint} as JSON, written atomically once the
 * json files of the forms it names are in place, so that a resumed run reads the file on from there; it counts
 * while those json files exist, and goes once the input is done.
 */
final class DoneMarkers {

    /** A finished input: its page count (null for text) and the ids of its declarations. */
    record Done(Integer pages, List<String> ids) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final Path partial;
    private final ExtractionOutput output;

    DoneMarkers(Path outDir, ExtractionOutput output) {
        this.dir = outDir.resolve(".perfdecl").resolve("done");
        this.partial = outDir.resolve(".perfdecl").resolve("partial");
        this.output = output;
    }

    void markPartial(String sha256, Checkpoint checkpoint) throws IOException {
        AtomicFile.writeString(partial.resolve(sha256), JSON.writeValueAsString(checkpoint));
    }

    void clearPartial(String sha256) throws IOException {
        Files.deleteIfExists(partial.resolve(sha256));
    }

    /** Where an earlier run's reading of the input stopped, while the json files it names exist. */
    Optional<Checkpoint> findPartial(String sha256) {
        Checkpoint c;
        try {
            c = JSON.readValue(Files.readString(partial.resolve(sha256)), Checkpoint.class);
        } catch (IOException e) {
            // none, or damaged: the input is read from page 1
            return Optional.empty();
        }
        return c.ids().stream().allMatch(id -> Files.isRegularFile(output.jsonFile(id))) ? Optional.of(c)
                : Optional.empty();
    }

    void mark(String sha256, Integer pages, List<String> ids) throws IOException {
        StringBuilder text = new StringBuilder(pages == null ? "-" : pages.toString()).append('\n');
        ids.forEach(id -> text.append(id).append('\n'));
        AtomicFile.writeString(dir.resolve(sha256), text.toString());
    }

    Optional<Done> find(String sha256) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(sha256), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        if (!Files.isRegularFile(output.rowsFile(sha256))
                || !ids.stream().allMatch(id -> Files.isRegularFile(output.jsonFile(id)))) {
            return Optional.empty();
        }
        Integer pages = "-".equals(lines.get(0)) ? null : Integer.valueOf(lines.get(0));
        return Optional.of(new Done(pages, ids));
    }
}
