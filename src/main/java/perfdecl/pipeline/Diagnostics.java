package perfdecl.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import perfdecl.grid.GridReader;

/**
 * Whether this process and the JVMs it starts let the libraries speak. PDFBox 2.0 logs through commons-logging,
 * which, with no log4j 1.x on the class path, hands its records to {@code java.util.logging}; by default every
 * logger is off, so that a filing's font fallbacks never reach the user's terminal. Diagnostics on: records from
 * INFO up go to stderr, one line each, and the OCR engine's stderr is let through (see {@link GridReader#DIAGNOSTICS}).
 */
public final class Diagnostics {

    /** Held so the levels set are not lost when the loggers are garbage-collected. */
    private static final Logger ROOT = Logger.getLogger("");
    private static final List<Logger> LIBRARIES = List.of(
            Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    private Diagnostics() {
    }

    /** Diagnostics as the {@link GridReader#DIAGNOSTICS} property of this JVM asks (a child JVM inherits it). */
    public static void configure() {
        configure(enabled());
    }

    /** Turns diagnostics on or off for this JVM and the JVMs it starts from now on. */
    public static void configure(boolean on) {
        LogManager.getLogManager().reset();
        if (!on) {
            System.clearProperty(GridReader.DIAGNOSTICS);
            ROOT.setLevel(Level.OFF);
            return;
        }
        System.setProperty(GridReader.DIAGNOSTICS, "true");
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setLevel(Level.ALL);
        stderr.setFormatter(new OneLine());
        ROOT.addHandler(stderr);
        ROOT.setLevel(Level.INFO);
        // the PDF reader turns these off for library users; the user asked for them
        LIBRARIES.forEach(l -> l.setLevel(Level.INFO));
    }

    /** Whether diagnostics are on in this JVM. */
    public static boolean enabled() {
        return Boolean.getBoolean(GridReader.DIAGNOSTICS);
    }

    /** {@code WARNING org.apache.pdfbox.…: message}, and the exception's first line when there is one. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            String thrown = r.getThrown() == null ? "" : " (" + r.getThrown() + ")";
            return String.format(Locale.ROOT, "%s %s: %s%s%n", r.getLevel().getName(), r.getLoggerName(),
                    formatMessage(r), thrown);
        }
    }
}
