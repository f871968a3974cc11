package perfdecl.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code perfdecl audit}: cross-year checks over a unit's filings. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Links filings across years and checks them.")
final class AuditCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("perfdecl: audit is not available yet");
        return 2;
    }
}
