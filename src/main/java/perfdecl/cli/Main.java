package perfdecl.cli;

import perfdecl.pipeline.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code perfdecl}: extracts Shanghai fiscal-project performance-target declarations. Exit codes: {@link #OK} every
 * input extracted, {@link #INPUT_FAILED} some input failed (the others are still written), {@link #USAGE} usage
 * error, {@link #RUN_FAILED} the run itself failed.
 */
@Command(name = "perfdecl", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns filed 上海市财政支出项目绩效目标申报表 (PDFs, scans, OCR text exports) into JSON, CSV and XLSX.",
        subcommands = {ExtractCommand.class, AuditCommand.class, ReviewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** Every input was extracted (audit: used). */
    static final int OK = 0;
    /** Some input failed; the others are still written. */
    static final int INPUT_FAILED = 1;
    /** An unknown option or a bad value (picocli's code for invalid input). */
    static final int USAGE = 2;
    /** The run could not be done: the output folder cannot be written, or an internal error; the message says. */
    static final int RUN_FAILED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        // PDFBox reports font fallbacks through java.util.logging; the user's terminal is not the place for them
        Diagnostics.configure(false);
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("perfdecl: run failed: " + e);
            if (Diagnostics.enabled()) {
                e.printStackTrace(command.getErr());
            }
            return RUN_FAILED;
        });
        return cli.execute(args);
    }
}
