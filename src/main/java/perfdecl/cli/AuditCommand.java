package perfdecl.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import perfdecl.audit.AuditSettings;
import perfdecl.model.InputReport;
import perfdecl.pipeline.AuditRun;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.process.QuickCompiling;
import perfdecl.write.CsvDialect;
import perfdecl.write.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code perfdecl audit}: links a unit's filings across years and checks carried-over figures and targets. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Links the same project across years and checks carried-over budgets, execution against "
                + "declared targets, lowered targets, dropped indicators and budget changes.",
                "Inputs: PDFs and text exports (extracted on the fly) or earlier JSON output of extract.",
                "Writes DIR/audit.json, audit_findings.csv, audit.xlsx and report.html.",
                "Messages, the report and the printed findings are in Chinese, or English with --lang en.",
                "Exit code 0: every input used; 1: some input could not be used; 2: usage error; 3: the run failed."})
final class AuditCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders (recursed, sorted)")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output/audit",
            description = "Output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--ocr", paramLabel = "ENGINE", defaultValue = BatchExtraction.Options.DEFAULT_OCR,
            description = "OCR engine for scanned PDFs extracted on the fly: ppocr, rapidocr, tesseract or none "
                    + "(default: ${DEFAULT-VALUE})")
    String ocr;

    @Option(names = "--budget-change", paramLabel = "PERCENT", defaultValue = "20",
            description = "Report a year-over-year budget change of at least this many percent (default: ${DEFAULT-VALUE})")
    BigDecimal budgetChange;

    @Option(names = "--similarity", paramLabel = "RATIO", defaultValue = "0.8",
            description = "Lowest project-name similarity (0-1) that links two filings (default: ${DEFAULT-VALUE})")
    double similarity;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Language of messages, report.html and the printed findings: zh or en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--csv", paramLabel = "DIALECT", defaultValue = "excel", converter = CsvDialectConverter.class,
            description = CsvDialectConverter.DESCRIPTION)
    CsvDialect csv;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "A review's corrections to apply to the filings extracted here "
                    + "(default: DIR/corrections.jsonl when there is one)")
    Path corrections;

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption diagnostics;

    @Override
    public Integer call() throws Exception {
        if (corrections != null && !java.nio.file.Files.isRegularFile(corrections)) {
            throw new ParameterException(spec.commandLine(), "--corrections " + corrections + ": no such file");
        }
        Language language;
        try {
            language = Language.of(lang);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
        if (similarity <= 0 || similarity > 1) {
            throw new ParameterException(spec.commandLine(), "--similarity must be in (0, 1]");
        }
        if (!BatchExtraction.Options.OCR_ENGINES.contains(ocr)) {
            throw new ParameterException(spec.commandLine(), "--ocr takes one of " + String.join(", ",
                    BatchExtraction.Options.OCR_ENGINES));
        }
        if (budgetChange.signum() < 0) {
            throw new ParameterException(spec.commandLine(), "--budget-change must be at least 0");
        }
        diagnostics.apply();
        QuickCompiling.forAuditHere(inputs);
        AuditSettings settings = new AuditSettings(similarity, AuditSettings.DEFAULTS.unitSimilarity(), budgetChange);
        AuditRun.Outcome outcome = new AuditRun(ocr).run(inputs, output, settings, language, csv, corrections);
        outcome.notApplied().forEach(line -> System.err.println("perfdecl: " + line));
        for (InputReport r : outcome.failed()) {
            System.err.println("perfdecl: " + r.file() + ": " + r.reason());
        }
        for (String line : AuditRun.printedFindings(outcome, output, language)) {
            System.err.println("perfdecl: " + line);
        }
        return outcome.failed().isEmpty() ? Main.OK : Main.INPUT_FAILED;
    }
}
