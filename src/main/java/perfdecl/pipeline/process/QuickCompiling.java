package perfdecl.pipeline.process;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javax.management.JMException;
import javax.management.ObjectName;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.InputFiles;

/**
 * Keeps the optimising compiler (C2) out of a run read in this JVM, the user's, as batch workers run without it:
 * a run of a few scans read here spent more CPU compiling with C2 than its faster code saved (a scan page's own
 * time is mostly ONNX Runtime's native recognition), and the flags of this JVM are the user's. A compiler
 * directive added at run time excludes C2 for every method; a method C2 is refused to is compiled by C1 alone.
 * {@code -Dperfdecl.c2=true} keeps C2.
 */
public final class QuickCompiling {

    /** The directive: C2 excluded for every method, C1 as the JVM has it. */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private QuickCompiling() {
    }

    /** Adds the directive when the run of {@code inputs} will be read in this JVM. */
    public static void forRunHere(List<Path> inputs, BatchExtraction.Options options) {
        if (Boolean.getBoolean("perfdecl.c2") || System.getenv(CoordinatorProcess.MARKER) != null
                || BatchExtraction.isolates(options, InputFiles.countUpTo(inputs, BatchExtraction.ISOLATE_FROM))) {
            return;
        }
        excludeC2();
    }

    /**
     * Adds the directive for an audit, which reads every input in this JVM, when one of {@code inputs} is a PDF (a
     * scan, perhaps): declaration JSON and text exports read in well under a second, too little for C2 to cost
     * much or for the platform MBean server's start (some 0.2 CPU-s) to pay back.
     */
    public static void forAuditHere(List<Path> inputs) {
        if (Boolean.getBoolean("perfdecl.c2")) {
            return;
        }
        try {
            if (!InputFiles.anyWith(inputs, Set.of("pdf"))) {
                return;
            }
        } catch (UncheckedIOException e) {
            return; // the audit reports the folder it cannot walk; compiling as started only costs time
        }
        excludeC2();
    }

    /**
     * Adds the directive to this JVM's compilers; false where it cannot (another JVM than HotSpot, no diagnostic
     * commands, no temporary file): the run then compiles as the JVM was started to, which only costs time.
     */
    static boolean excludeC2() {
        Path file = null;
        try {
            file = Files.createTempFile("perfdecl-compiling", ".json");
            Files.writeString(file, DIRECTIVE);
            Object added = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(added).contains("added");
        } catch (java.io.IOException | JMException | RuntimeException | LinkageError e) {
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    // a left temporary file of 45 bytes is no reason to stop the run
                }
            }
        }
    }
}
