package perfdecl.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import perfdecl.fixtures.HostilePdfs;
import perfdecl.model.Declaration;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.write.CsvDialect;
import perfdecl.write.CsvTableWriter;
import perfdecl.write.DeclarationJsonLinesWriter;
import perfdecl.write.DeclarationTables;
import perfdecl.write.Language;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.process.Isolation;

/** A re-run with resume skips what is done and still writes the aggregated files of a full run. */
class ResumeTest {

    private static final List<String> AGGREGATES = List.of("declarations.jsonl", "declarations.csv",
            "budget_items.csv", "indicators.csv", "findings.csv");

    @TempDir
    Path inputs;

    @TempDir
    Path out;

    @BeforeEach
    void makeInputs() throws Exception {
        HostilePdfs.goodForm(inputs, "a.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(inputs, "b.pdf", "pdf-bundle-2019", 1);
        Files.copy(inputs.resolve("a.pdf"), inputs.resolve("c-copy-of-a.pdf"));
        HostilePdfs.empty(inputs);
        HostilePdfs.goodForm(inputs, "f.pdf", "pdf-form-5", 1);
    }

    private RunReport run(boolean resume) throws Exception {
        var options = new BatchExtraction.Options(out, 2, false, Isolation.IN_PROCESS, Duration.ofSeconds(30), "1g",
                resume);
        return new BatchExtraction().run(List.of(inputs), options, ProgressListener.NONE);
    }

    private List<String> aggregates() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String name : AGGREGATES) {
            texts.add(Files.readString(out.resolve(name)));
        }
        return texts;
    }

    @Test
    void finishedInputsAreSkippedAndTheAggregatesMatchAFullRun() throws Exception {
        RunReport full = run(false);
        List<String> fullOutputs = aggregates();
        assertThat(full.inputs()).extracting(InputReport::status)
                .containsExactly("ok", "ok", "skipped", "failed", "ok");
        assertThat(full.inputs().get(2).reason()).isEqualTo("same content as a.pdf");
        int forms = full.totals().forms();
        assertThat(forms).isGreaterThan(3);

        RunReport resumed = run(true);

        assertThat(resumed.inputs()).extracting(InputReport::status)
                .containsExactly("skipped", "skipped", "skipped", "failed", "skipped");
        assertThat(resumed.inputs()).extracting(InputReport::reason).containsExactly("already extracted",
                "already extracted", "same content as a.pdf", "empty file", "already extracted");
        assertThat(resumed.inputs().get(1).pages()).isEqualTo(full.inputs().get(1).pages());
        assertThat(resumed.totals().forms()).isEqualTo(forms);
        assertThat(aggregates()).isEqualTo(fullOutputs);
    }

    @Test
    void anInputWhoseJsonFileIsGoneIsExtractedAgain() throws Exception {
        run(false);
        List<String> fullOutputs = aggregates();
        String firstId = Files.readAllLines(out.resolve("declarations.csv")).get(1).split(",")[0];
        Files.delete(out.resolve("json").resolve(firstId + ".json"));

        RunReport resumed = run(true);

        assertThat(resumed.inputs().get(0).status()).isEqualTo("ok");
        assertThat(resumed.inputs().get(1).reason()).isEqualTo("already extracted");
        assertThat(aggregates()).isEqualTo(fullOutputs);
    }

    @Test
    void resumingInTheOtherCsvDialectExtractsAgainRatherThanMixingTheTwo(@TempDir Path plainOnly) throws Exception {
        run(false);
        var plain = new BatchExtraction.Options(out, 2, false, Isolation.IN_PROCESS, Duration.ofSeconds(30), "1g",
                true, CsvDialect.PLAIN);
        RunReport resumed = new BatchExtraction().run(List.of(inputs), plain, ProgressListener.NONE);
        assertThat(resumed.inputs()).extracting(InputReport::status)
                .containsExactly("ok", "ok", "skipped", "failed", "ok");

        new BatchExtraction().run(List.of(inputs), new BatchExtraction.Options(plainOnly, 2, false,
                Isolation.IN_PROCESS, Duration.ofSeconds(30), "1g", false, CsvDialect.PLAIN), ProgressListener.NONE);
        for (String name : AGGREGATES) {
            assertThat(Files.readString(out.resolve(name))).as(name)
                    .isEqualTo(Files.readString(plainOnly.resolve(name)));
        }
    }

    @ParameterizedTest
    @CsvSource({"IN_PROCESS, EXCEL", "WORKERS, EXCEL", "WORKERS, PLAIN"})
    void aggregatesCopiedFromEachInputsRowsEqualTheWritersOverAllDeclarations(Isolation isolation, CsvDialect csv)
            throws Exception {
        var options = new BatchExtraction.Options(out, 2, false, isolation, Duration.ofSeconds(30), "1g", false, csv);
        new BatchExtraction().run(List.of(inputs), options, ProgressListener.NONE);
        FileExtractor extractor = new FileExtractor(BatchExtraction.standardReaders());
        List<Declaration> all = new ArrayList<>();
        for (String name : List.of("a.pdf", "b.pdf", "f.pdf")) {
            all.addAll(extractor.extract(inputs.resolve(name)).declarations());
        }
        assertThat(aggregate("declarations.jsonl")).isEqualTo(written(all, new DeclarationJsonLinesWriter()::write));
        assertThat(aggregate("declarations.csv")).isEqualTo(written(all,
                (ds, w) -> new CsvTableWriter(csv).write(DeclarationTables.declarations(ds), w)));
        assertThat(aggregate("budget_items.csv")).isEqualTo(written(all,
                (ds, w) -> new CsvTableWriter(csv).write(DeclarationTables.budgetItems(ds), w)));
        assertThat(aggregate("indicators.csv")).isEqualTo(written(all,
                (ds, w) -> new CsvTableWriter(csv).write(DeclarationTables.indicators(ds), w)));
        assertThat(aggregate("findings.csv")).isEqualTo(written(all,
                (ds, w) -> new CsvTableWriter(csv).write(DeclarationTables.findings(ds, Language.ZH), w)));
    }

    private String aggregate(String name) throws IOException {
        return Files.readString(out.resolve(name));
    }

    private interface TableWriter {
        void write(List<Declaration> declarations, Writer out) throws IOException;
    }

    private static String written(List<Declaration> declarations, TableWriter writer) throws Exception {
        StringWriter text = new StringWriter();
        writer.write(declarations, text);
        return text.toString();
    }
}
