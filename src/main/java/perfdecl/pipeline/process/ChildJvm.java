package perfdecl.pipeline.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import perfdecl.pdf.PdfGridReader;
import perfdecl.pipeline.Diagnostics;

/** What every JVM the batch starts (coordinator, worker) shares: this {@code java}, class path and settings. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** The {@code java} this process runs on. */
    static String java() {
        Optional<String> current = ProcessHandle.current().info().command();
        return current.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * A child's C2 compiler threads malloc and free arenas of memory; glibc keeps freed memory per thread and the
     * JVM never gives it back: a worker's footprint crept up over a run (bench: 221 → 287 MB RSS from 100 to
     * 3,000 files, 269 MB with these two settings). Java 17 releases before 17.0.9 lack the trimming option and
     * ignore it.
     */
    private static final List<String> NATIVE_MEMORY = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:TrimNativeHeapInterval=2000");

    /** A child process running {@code command}: two malloc arenas, not eight per core (see {@link #NATIVE_MEMORY}). */
    static ProcessBuilder process(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        return pb;
    }

    /** The end of a child's command line: settings, this class path and {@code mainClass}. */
    static List<String> running(String mainClass) {
        List<String> tail = new ArrayList<>(NATIVE_MEMORY);
        tail.addAll(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        String worker = System.getProperty(ExtractionWorker.MAIN_CLASS);
        if (worker != null) {
            // a coordinator starts its workers with the tests' main class too
            tail.add("-D" + ExtractionWorker.MAIN_CLASS + "=" + worker);
        }
        String rangePages = System.getProperty(PdfGridReader.RANGE_PAGES);
        if (rangePages != null) {
            tail.add("-D" + PdfGridReader.RANGE_PAGES + "=" + rangePages);
        }
        if (Diagnostics.enabled()) {
            tail.add("-D" + perfdecl.grid.GridReader.DIAGNOSTICS + "=true");
        }
        tail.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return tail;
    }
}
