package perfdecl.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code perfdecl}: extracts Shanghai fiscal-project performance-target declarations. Exit codes: 0 every input
 * extracted, 1 some input failed (the others are still written), 2 usage error.
 */
@Command(name = "perfdecl", mixinStandardHelpOptions = true, version = "perfdecl 0.1.0",
        description = "Turns filed 上海市财政支出项目绩效目标申报表 (PDFs, scans, OCR text exports) into JSON, CSV and XLSX.",
        subcommands = {ExtractCommand.class, AuditCommand.class, ReviewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    // PDFBox reports font fallbacks through java.util.logging; the user's terminal is not the place for them
    private static final Logger ROOT = Logger.getLogger("");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        LogManager.getLogManager().reset();
        ROOT.setLevel(Level.OFF);
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 2);
        return cli.execute(args);
    }
}
