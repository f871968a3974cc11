package perfdecl.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every JVM the batch starts (coordinator, worker) shares: this {@code java}, class path and settings. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** The {@code java} this process runs on. */
    static String java() {
        Optional<String> current = ProcessHandle.current().info().command();
        return current.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The end of a child's command line: settings, this class path and {@code mainClass}. */
    static List<String> running(String mainClass) {
        List<String> tail = new ArrayList<>(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        if (Boolean.getBoolean(ExtractionWorker.TEST_HOOKS)) {
            tail.add("-D" + ExtractionWorker.TEST_HOOKS + "=true");
        }
        tail.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return tail;
    }
}
