package perfdecl.pipeline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.HostilePdfs;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.ProgressListener;

/**
 * Workers that die or hang on a file: a test-scope worker ({@link MisbehavingWorker}) halts, stalls or exhausts its
 * heap on a file so named; the batch reports that file with the cause, replaces the worker and extracts the rest.
 */
class WorkerFailureTest {

    @TempDir
    Path inputs;

    @TempDir
    Path out;

    @BeforeEach
    void misbehavingWorkers() {
        MisbehavingWorker.start();
        // a stalled file (waiting, no CPU spent) is stopped by the wall-clock ceiling: twice the limit here, so
        // that the tests stay short while a good file in a cold worker has its CPU limit and more
        System.setProperty(perfdecl.pipeline.PageClock.WALL_FACTOR_PROPERTY, "2");
    }

    @AfterEach
    void productWorkers() {
        MisbehavingWorker.stop();
        System.clearProperty(perfdecl.pipeline.PageClock.WALL_FACTOR_PROPERTY);
    }

    /** Extracts {@code inputs} into {@code out} in worker processes. */
    private RunReport runInWorkers(int jobs, int timeoutSeconds, String workerHeap) throws IOException {
        var options = new BatchExtraction.Options(out, jobs, false, Isolation.WORKERS,
                Duration.ofSeconds(timeoutSeconds), workerHeap, false);
        return new BatchExtraction().run(List.of(inputs), options, ProgressListener.NONE);
    }

    private static String reasons(RunReport run) {
        return run.inputs().stream().map(i -> i.file() + ": " + i.status() + " " + i.reason())
                .collect(Collectors.joining("; "));
    }

    @Test
    void whereNoWorkerCanStartTheBatchIsExtractedInProcess() throws Exception {
        HostilePdfs.goodForm(inputs, "1-good.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(inputs, "2-good.pdf", "pdf-form-2", 1);
        // a heap size the JVM refuses: the worker process exits before it is ready
        RunReport run = runInWorkers(2, 20, "0k");

        assertThat(run.inputs()).extracting(InputReport::status).containsOnly(InputReport.OK);
        assertThat(run.totals().forms()).isEqualTo(2);
    }

    @Test
    void aKilledStalledOrExhaustedWorkerFailsOnlyItsFile() throws Exception {
        HostilePdfs.goodForm(inputs, "1-good.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(inputs, "2-halt-worker.pdf", "pdf-form-1", 2);
        HostilePdfs.goodForm(inputs, "3-good.pdf", "pdf-form-2", 1);
        HostilePdfs.goodForm(inputs, "4-stall-worker.pdf", "pdf-form-1", 3);
        HostilePdfs.goodForm(inputs, "5-oom-worker.pdf", "pdf-form-1", 4);
        HostilePdfs.goodForm(inputs, "6-good.pdf", "pdf-form-3", 1);
        RunReport run = runInWorkers(2, 4, "96m");

        Map<String, InputReport> byFile = run.inputs().stream()
                .collect(Collectors.toMap(InputReport::file, Function.identity()));
        assertThat(byFile.get("2-halt-worker.pdf").reason()).isEqualTo("worker crashed (exit code 137)");
        assertThat(byFile.get("4-stall-worker.pdf").reason()).isEqualTo("timeout after 8 s wall clock");
        assertThat(byFile.get("5-oom-worker.pdf").reason()).isEqualTo("worker ran out of memory");
        for (String bad : List.of("2-halt-worker.pdf", "4-stall-worker.pdf", "5-oom-worker.pdf")) {
            assertThat(byFile.get(bad).status()).isEqualTo(InputReport.FAILED);
            assertThat(byFile.get(bad).sha256()).as("identified even though the worker died").hasSize(64);
        }
        for (String good : List.of("1-good.pdf", "3-good.pdf", "6-good.pdf")) {
            assertThat(byFile.get(good).status()).as(good + ": " + byFile.get(good).reason()).isEqualTo("ok");
            assertThat(byFile.get(good).forms()).isEqualTo(1);
        }
        assertThat(run.inputs()).extracting(InputReport::file).containsExactly("1-good.pdf", "2-halt-worker.pdf",
                "3-good.pdf", "4-stall-worker.pdf", "5-oom-worker.pdf", "6-good.pdf");
    }

    @Test
    void aFileInFlightBesideOneThatKillsTheWorkerIsAskedAgainAloneAndExtracted() throws Exception {
        // the first is held in the worker when the second halts it; asked again, alone, each does what it does alone
        HostilePdfs.goodForm(inputs, "1-hold-worker.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(inputs, "2-halt-when-held.pdf", "pdf-form-2", 1);
        // nothing here waits on the limit when all goes well: it bounds the held file's second asking (the first
        // file of a fresh worker, a cold JVM loading and compiling the reader) on a loaded CI machine
        RunReport run = runInWorkers(2, 60, "256m");

        assertThat(run.inputs()).as(reasons(run)).extracting(InputReport::status).containsExactly("ok", "failed");
        assertThat(run.inputs().get(0).forms()).isEqualTo(1);
        assertThat(run.inputs().get(1).reason()).isEqualTo("worker crashed (exit code 137)");
    }

    @Test
    void aFileInFlightBesideOneThatTimesOutIsAskedAgainAndExtracted() throws Exception {
        // the second lane asks for its second file only once the first lane's file stalls, so that file is held in
        // the worker, its own time still running, when the stalled one's time runs out and the worker is killed;
        // the pacer between them is a form, so that the held file is asked a second or more after the stalled one
        // (a text refused at once left them milliseconds apart, and the held file's own time could run out first).
        // The limit bounds the pacer, read in a cold worker beside the stall, and the held file's second asking in
        // a fresh one: 10 s of wall time ran out on a loaded CI machine; 5 s of CPU does not
        HostilePdfs.goodForm(inputs, "1-stall-worker.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(inputs, "2-after-stall.pdf", "pdf-form-2", 1);
        HostilePdfs.goodForm(inputs, "3-hold-worker.pdf", "pdf-form-3", 1);
        RunReport run = runInWorkers(2, 5, "256m");

        assertThat(run.inputs()).as(reasons(run)).extracting(InputReport::status)
                .containsExactly("failed", "ok", "ok");
        assertThat(run.inputs().get(0).reason()).isEqualTo("timeout after 10 s wall clock");
        assertThat(run.inputs().get(1).forms()).isEqualTo(1);
        assertThat(run.inputs().get(2).forms()).isEqualTo(1);
    }

    @Test
    void aWorkerKilledAfterWritingKeepsTheFormsItFinishedAndLeavesNoTemporaryFile() throws Exception {
        HostilePdfs.goodForm(inputs, "1-good.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(inputs, "2-halt-after-write.pdf", "pdf-form-2", 1);
        HostilePdfs.goodForm(inputs, "3-good.pdf", "pdf-form-3", 1);
        RunReport run = runInWorkers(1, 20, "256m");

        // its one form was staged and handed over before the worker died: it is kept, the file reported partial
        assertThat(run.inputs()).extracting(InputReport::status).containsExactly("ok", "partial", "ok");
        assertThat(run.inputs().get(1).reason()).isEqualTo("worker crashed (exit code 137); 1 form kept");
        assertThat(run.totals().anyFailure()).isTrue();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part"))
                    .filteredOn(name -> name.endsWith(".json") && !name.equals("run.json"))
                    .hasSize(3);
        }
        assertThat(Files.readAllLines(out.resolve("declarations.jsonl"))).hasSize(3);
    }

    @Test
    void autoIsolationUsesWorkersForRunsOfManyFilesWhateverTheJobs() {
        var auto = new BatchExtraction.Options(out, 2, false);
        assertThat(BatchExtraction.isolates(auto, BatchExtraction.ISOLATE_FROM)).isTrue();
        assertThat(BatchExtraction.isolates(auto, BatchExtraction.ISOLATE_FROM - 1)).isFalse();
        assertThat(BatchExtraction.isolates(new BatchExtraction.Options(out, 1, false), 10_000)).isTrue();
        assertThat(BatchExtraction.isolates(new BatchExtraction.Options(out, 1, false), 1)).isFalse();
        var forced = new BatchExtraction.Options(out, 1, false, Isolation.WORKERS, Duration.ofSeconds(1), "1g", false);
        assertThat(BatchExtraction.isolates(forced, 1)).isTrue();
        var never = new BatchExtraction.Options(out, 8, false, Isolation.IN_PROCESS, Duration.ofSeconds(1), "1g",
                false);
        assertThat(BatchExtraction.isolates(never, 10_000)).isFalse();
    }
}
