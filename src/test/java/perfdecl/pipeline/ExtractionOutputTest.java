package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Fixtures;
import perfdecl.model.RunReport;
import perfdecl.write.CsvDialect;
import perfdecl.pipeline.batch.BatchExtraction;

class ExtractionOutputTest {

    @TempDir
    Path out;

    private static InputResult bundle() {
        return new FileExtractor(BatchExtraction.standardReaders())
                .extract(Fixtures.path("filings/pdf-bundle-2019/input.pdf"));
    }

    private List<String> visibleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void stagedFilesAppearOnlyWhenCommitted() throws Exception {
        InputResult result = bundle();
        ExtractionOutput output = new ExtractionOutput(out, CsvDialect.EXCEL);
        StagedInput staged = output.stage(result);

        assertThat(visibleFiles()).allMatch(name -> name.contains(".tmp-") && name.endsWith(".part"));
        output.commit(staged);

        assertThat(visibleFiles()).hasSize(result.declarations().size() + 1)
                .contains(".perfdecl/rows/" + result.report().sha256() + ".zh")
                .contains("json/" + result.declarations().get(0).id() + ".json");
    }

    @Test
    void discardedOrSweptStagedFilesLeaveNothing() throws Exception {
        ExtractionOutput output = new ExtractionOutput(out, CsvDialect.EXCEL);
        output.discard(output.stage(bundle()));
        assertThat(visibleFiles()).isEmpty();

        output.stage(bundle());
        assertThat(visibleFiles()).isNotEmpty();
        output.sweepTemporaries();
        assertThat(visibleFiles()).isEmpty();
    }

    @Test
    void aDamagedRowsFileIsNamedInTheError() throws Exception {
        InputResult result = bundle();
        ExtractionOutput output = new ExtractionOutput(out, CsvDialect.EXCEL);
        output.commit(output.stage(result));
        Path rows = output.rowsFile(result.report().sha256());
        byte[] bytes = Files.readAllBytes(rows);
        Files.write(rows, Arrays.copyOf(bytes, bytes.length - 10));

        RunReport report = RunReport.of(List.of(result.report()));
        assertThatThrownBy(() -> output.writeTables(List.of(result.report().sha256()), List.of(), report, false))
                .isInstanceOf(IOException.class).hasMessageContaining(rows.getFileName().toString());
        assertThat(Files.exists(out.resolve("findings.csv"))).as("no partial aggregate").isFalse();
    }
}
