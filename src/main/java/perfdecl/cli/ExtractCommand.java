package perfdecl.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pipeline.PageClock;
import perfdecl.pipeline.StopSignals;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.process.CoordinatorProcess;
import perfdecl.pipeline.process.QuickCompiling;
import perfdecl.pipeline.process.Isolation;
import perfdecl.write.CsvDialect;
import perfdecl.write.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code perfdecl extract}: extracts every input into the output folder. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Extracts declarations from PDFs, scans and OCR text exports.",
                "Writes into DIR: json/<id>.json, declarations.jsonl,",
                "declarations.csv, budget_items.csv, indicators.csv, findings.csv,",
                "run.json, run.csv and declarations.xlsx (not with --no-xlsx).",
                "findings.csv's messages are in Chinese, or English with --lang en;",
                "the JSON keeps each finding's own message.",
                "Many files are parsed in a worker process, a thread per job",
                "(see --isolate), each file within --timeout.",
                "Exit code 0: every input extracted; 1: some input failed",
                "(the rest is still written); 2: usage error; 3: the run failed;",
                "130 / 143: stopped by Ctrl-C / SIGTERM (the files done are",
                "written whole, run.json says \"interrupted\"; again: at once)."})
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

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Language of the findings' messages in findings.csv and declarations.xlsx: zh or en "
                    + "(default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--isolate", negatable = true,
            description = {"Parse every file in a worker process (own heap, killed on timeout, replaced after a "
                    + "crash), or with --no-isolate in this process.",
                    "Default: workers from " + BatchExtraction.ISOLATE_FROM + " files, coordinated by a "
                            + "process of their own"})
    Boolean isolate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Most CPU time one page may take (a file: that many CPU seconds per page in all), "
                    + "counted on the thread reading the file, so a loaded machine does not run a file out of "
                    + "time; a file that spends too little CPU to reach it but does not finish (hung) is stopped "
                    + "after " + PageClock.WALL_FACTOR + " times as long on the wall clock. A file that runs out "
                    + "of time keeps the forms finished before and reports the rest failed "
                    + "(default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = BatchExtraction.Options.DEFAULT_WORKER_HEAP,
            description = "Heap of the worker process, shared by its jobs, as for java -Xmx (default: "
                    + "${DEFAULT-VALUE})")
    String workerHeap;

    @Option(names = "--resume", description = "Skip inputs whose content already has complete output in DIR "
            + "(their declarations still go into the aggregated files)")
    boolean resume;

    @Option(names = "--ocr", paramLabel = "ENGINE", defaultValue = BatchExtraction.Options.DEFAULT_OCR,
            description = {"OCR engine for scans and PDFs whose text cannot be used: ppocr (PP-OCR, built in), "
                    + "rapidocr (PP-OCR through RapidOCR's native binding, built in), tesseract (needs tesseract-ocr "
                    + "and tesseract-ocr-chi-sim) or none (a scan's own text layer only; image-only scans are "
                    + "refused). Default: ${DEFAULT-VALUE}"})
    String ocr;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "A review's corrections to apply (default: DIR/corrections.jsonl when there is one)")
    Path corrections;

    @Option(names = {"-q", "--quiet"}, description = "No progress display; failures and the summary only")
    boolean quiet;

    @Mixin
    VerboseOption diagnostics;

    @Override
    public Integer call() throws Exception {
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Path.of("samples")) : inputs;
        int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        Language language;
        try {
            language = Language.of(lang);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        if (!workerHeap.matches("\\d+[kKmMgG]?")) {
            throw new ParameterException(spec.commandLine(), "--worker-heap takes a size such as 512m or 1g");
        }
        if (!BatchExtraction.Options.OCR_ENGINES.contains(ocr)) {
            System.err.println("perfdecl: --ocr takes one of " + String.join(", ",
                    BatchExtraction.Options.OCR_ENGINES));
            return 2;
        }
        if (corrections != null && !java.nio.file.Files.isRegularFile(corrections)) {
            throw new ParameterException(spec.commandLine(), "--corrections " + corrections + ": no such file");
        }
        diagnostics.apply();
        Isolation isolation = isolate == null ? Isolation.AUTO : isolate ? Isolation.WORKERS : Isolation.IN_PROCESS;
        BatchExtraction.Options options = new BatchExtraction.Options(output, n, xlsx, isolation,
                Duration.ofSeconds(timeoutSeconds), workerHeap, resume, csv, corrections, ocr, language);
        OptionalInt coordinated = CoordinatorProcess.runIfWanted(Main.class.getName(),
                spec.root().commandLine().getParseResult().originalArgs(), in, options);
        if (coordinated.isPresent()) {
            return coordinated.getAsInt();
        }
        QuickCompiling.forRunHere(in, options);
        ProgressDisplay progress = new ProgressDisplay(quiet);
        BatchExtraction batch = new BatchExtraction();
        RunReport report;
        try (StopSignals signals = StopSignals.onStop(batch::stop)) {
            report = batch.run(in, options, progress);
        }
        for (InputReport r : report.inputs()) {
            if (InputReport.FAILED.equals(r.status()) || InputReport.PARTIAL.equals(r.status())) {
                System.err.println("perfdecl: " + r.file() + ": " + r.reason());
            }
        }
        if (report.interrupted() != null) {
            RunReport.Totals t = report.totals();
            System.err.printf("perfdecl: stopped by %s: %d form(s) from %d of %d input(s) written whole into %s; "
                    + "the rest not extracted (--resume goes on)%n", report.interrupted(), t.forms(),
                    t.ok() + t.partial(), t.inputs(), output);
            return StopSignals.exitCode(report.interrupted());
        }
        RunReport.Totals t = report.totals();
        System.err.printf("perfdecl: %d form(s) from %d of %d input(s) into %s; %d failed, %d skipped%s%n",
                t.forms(), t.ok() + t.partial(), t.inputs(), output, t.failed(), t.skipped(),
                t.partial() == 0 ? "" : ", " + t.partial() + " partial (" + t.pagesFailed() + " page(s) unread, "
                        + t.formsFailed() + " form(s) incomplete or failed)");
        return t.anyFailure() ? Main.INPUT_FAILED : Main.OK;
    }
}
