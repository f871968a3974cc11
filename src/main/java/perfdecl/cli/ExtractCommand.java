package perfdecl.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pipeline.BatchExtraction;
import perfdecl.pipeline.CoordinatorProcess;
import perfdecl.pipeline.Isolation;
import perfdecl.write.CsvDialect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code perfdecl extract}: extracts every input into the output folder. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts declarations from PDFs, scans and OCR text exports.",
                "Writes into DIR: json/<id>.json, declarations.jsonl,",
                "declarations.csv, budget_items.csv, indicators.csv, findings.csv,",
                "run.json, run.csv and declarations.xlsx (not with --no-xlsx).",
                "Many files are parsed in a worker process, a thread per job",
                "(see --isolate), each file within --timeout.",
                "Exit code 0: every input extracted; 1: some input failed",
                "(the rest is still written); 2: usage error."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or folders (recursed, sorted). Default: samples")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files extracted in parallel (default: the number of cores)")
    Integer jobs;

    // negatable: --xlsx, the option before the workbook was written by default, is still accepted
    @Option(names = "--xlsx", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write declarations.xlsx (sheets declarations, budget_items, indicators, findings); "
                    + "--no-xlsx skips it. Default: written")
    boolean xlsx;

    @Option(names = "--csv", paramLabel = "DIALECT", defaultValue = "excel", converter = CsvDialectConverter.class,
            description = CsvDialectConverter.DESCRIPTION)
    CsvDialect csv;

    @Option(names = "--isolate", negatable = true,
            description = {"Parse every file in a worker process (own heap, killed on timeout, replaced after a "
                    + "crash), or with --no-isolate in this process.",
                    "Default: workers from " + BatchExtraction.ISOLATE_FROM + " files, coordinated by a "
                            + "process of their own"})
    Boolean isolate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Most time one file may take; it is then reported failed (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = BatchExtraction.Options.DEFAULT_WORKER_HEAP,
            description = "Heap of the worker process, shared by its jobs, as for java -Xmx (default: "
                    + "${DEFAULT-VALUE})")
    String workerHeap;

    @Option(names = "--resume", description = "Skip inputs whose content already has complete output in DIR "
            + "(their declarations still go into the aggregated files)")
    boolean resume;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "A review's corrections to apply (default: DIR/corrections.jsonl when there is one)")
    Path corrections;

    @Option(names = {"-q", "--quiet"}, description = "No progress display; failures and the summary only")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Path.of("samples")) : inputs;
        int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            System.err.println("perfdecl: --jobs must be at least 1");
            return 2;
        }
        if (timeoutSeconds < 1) {
            System.err.println("perfdecl: --timeout must be at least 1 second");
            return 2;
        }
        if (!workerHeap.matches("\\d+[kKmMgG]?")) {
            System.err.println("perfdecl: --worker-heap takes a size such as 512m or 1g");
            return 2;
        }
        if (corrections != null && !java.nio.file.Files.isRegularFile(corrections)) {
            System.err.println("perfdecl: --corrections " + corrections + ": no such file");
            return 2;
        }
        Isolation isolation = isolate == null ? Isolation.AUTO : isolate ? Isolation.WORKERS : Isolation.IN_PROCESS;
        BatchExtraction.Options options = new BatchExtraction.Options(output, n, xlsx, isolation,
                Duration.ofSeconds(timeoutSeconds), workerHeap, resume, csv, corrections);
        OptionalInt coordinated = CoordinatorProcess.runIfWanted(Main.class.getName(),
                spec.root().commandLine().getParseResult().originalArgs(), in, options);
        if (coordinated.isPresent()) {
            return coordinated.getAsInt();
        }
        ProgressDisplay progress = new ProgressDisplay(quiet);
        RunReport report = new BatchExtraction().run(in, options, progress);
        for (InputReport r : report.inputs()) {
            if (InputReport.FAILED.equals(r.status())) {
                System.err.println("perfdecl: " + r.file() + ": " + r.reason());
            }
        }
        RunReport.Totals t = report.totals();
        System.err.printf("perfdecl: %d form(s) from %d of %d input(s) into %s; %d failed, %d skipped%n",
                t.forms(), t.ok(), t.inputs(), output, t.failed(), t.skipped());
        return t.failed() > 0 ? 1 : 0;
    }
}
