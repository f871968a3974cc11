package perfdecl.cli;

import perfdecl.pipeline.Diagnostics;
import picocli.CommandLine.Option;

/** {@code --verbose}: the libraries' own diagnostics on stderr, for finding out why a file reads as it does. */
final class VerboseOption {

    @Option(names = "--verbose", description = "Let PDFBox's log and tesseract's messages through to stderr "
            + "(also from worker processes), to diagnose a file")
    boolean verbose;

    /** Turns the diagnostics on when asked for ({@link Main} starts every run with them off). */
    void apply() {
        if (verbose) {
            Diagnostics.configure(true);
        }
    }
}
