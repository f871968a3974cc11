package perfdecl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pipeline.BatchExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code perfdecl extract}: extracts every input into the output folder. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts declarations from PDFs, scans and OCR text exports.",
                "Writes into DIR: json/<id>.json, declarations.jsonl,",
                "declarations.csv, budget_items.csv, indicators.csv, findings.csv,",
                "run.json, run.csv (and declarations.xlsx with --xlsx).",
                "Exit code 0: every input extracted; 1: some input failed",
                "(the rest is still written); 2: usage error."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or folders (recursed, sorted). Default: samples")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files extracted in parallel (default: the number of cores)")
    Integer jobs;

    @Option(names = "--xlsx", description = "Also write declarations.xlsx (sheets declarations, budget_items, "
            + "indicators, findings)")
    boolean xlsx;

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
        ProgressDisplay progress = new ProgressDisplay(quiet);
        RunReport report = new BatchExtraction().run(in, new BatchExtraction.Options(output, n, xlsx), progress);
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
