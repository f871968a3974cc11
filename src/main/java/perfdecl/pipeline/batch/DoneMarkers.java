package perfdecl.pipeline.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import perfdecl.pipeline.AtomicFile;
import perfdecl.pipeline.ExtractionOutput;

/**
 * What earlier runs into an output folder finished: {@code .perfdecl/done/<sha256>} is written atomically once
 * an input's json files and table rows are, and names them (first line the page count, then one declaration id a
 * line). An input counts as done only while its rows file and every json file its marker names still exist.
 */
final class DoneMarkers {

    /** A finished input: its page count (null for text) and the ids of its declarations. */
    record Done(Integer pages, List<String> ids) {
    }

    private final Path dir;
    private final ExtractionOutput output;

    DoneMarkers(Path outDir, ExtractionOutput output) {
        this.dir = outDir.resolve(".perfdecl").resolve("done");
        this.output = output;
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
