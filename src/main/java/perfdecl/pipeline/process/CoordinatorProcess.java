package perfdecl.pipeline.process;

import perfdecl.pipeline.StopSignals;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.InputFiles;

/**
 * Hands a batch that runs in worker processes to a coordinating JVM of its own, started with a small fixed young
 * generation and the serial collector, and waits for it: the coordinator's footprint is then the same after 100
 * files as after 10,000, whatever collector and heap the user's {@code java} starts with (G1 with a default heap
 * kept touching new regions of its eden: 87 MB after 100 files, 205 MB after 10,000). The coordinator inherits the
 * terminal, so its progress display and messages are the user's, and its exit code is returned as the run's.
 */
public final class CoordinatorProcess {

    /** Set in the coordinator's environment, so that it runs the batch itself. */
    static final String MARKER = "PERFDECL_COORDINATOR";

    /** Heap the coordinator starts with and its young generation; live data is about 20 MB at 10,000 files. */
    private static final int START_HEAP_MB = 64;
    private static final int YOUNG_MB = 24;

    private CoordinatorProcess() {
    }

    /**
     * Runs the batch in a coordinator process when it will use workers and this process is not a coordinator
     * already; empty when it did not (the caller then runs the batch itself, as it also does when no process can
     * be started).
     *
     * @param mainClass the command-line entry point, started in the coordinator with {@code args}
     * @param args      the arguments this process was given
     */
    public static OptionalInt runIfWanted(String mainClass, List<String> args, List<Path> inputs,
                                          BatchExtraction.Options options) throws IOException {
        if (!wanted(System.getenv(), inputs, options)) {
            return OptionalInt.empty();
        }
        ProcessBuilder pb = ChildJvm.process(command(mainClass, args, Runtime.getRuntime().maxMemory()));
        pb.environment().put(MARKER, "1");
        pb.inheritIO();
        Process coordinator;
        try {
            coordinator = pb.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // a signal to the launcher is passed on (SIGTERM: on Ctrl-C the coordinator has had its SIGINT already), and
        // the launcher waits for the coordinator to stop its run and returns its exit code; should the launcher
        // exit all the same, it takes its coordinator (and so the workers) with it
        Thread stop = new Thread(coordinator::destroy, "perfdecl-coordinator-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try (StopSignals signals = StopSignals.onStop(why -> coordinator.destroy())) {
            int code = coordinator.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return OptionalInt.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            coordinator.destroy();
            throw new IOException("interrupted while the batch ran");
        }
    }

    static boolean wanted(Map<String, String> env, List<Path> inputs, BatchExtraction.Options options) {
        return !env.containsKey(MARKER) && BatchExtraction.isolates(options,
                InputFiles.countUpTo(inputs, BatchExtraction.ISOLATE_FROM));
    }

    public static List<String> command(String mainClass, List<String> args, long maxHeapBytes) {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.java());
        command.add("-Xms" + START_HEAP_MB + "m");
        command.add("-Xmn" + YOUNG_MB + "m");
        // the user's heap limit carries over (an XLSX of many filings is built in memory)
        command.add("-Xmx" + Math.max(maxHeapBytes >> 20, 2L * START_HEAP_MB) + "m");
        command.add("-XX:+UseSerialGC");
        // C2 for the SHA-256 code alone: compiling everything with C2 grew the coordinator from 127 to 134-166 MB
        // over a run, while with C1 only SHA-256 has no intrinsic and hashing the inputs took 2 ms of CPU per file
        // (6 of the coordinator's 12 CPU seconds for 3,000 files, on a core that two jobs need); like this the
        // coordinator needs 9 MB more from the start and stays flat, and hashing costs a quarter as much
        command.add("-XX:Tier4InvocationThreshold=2000000000");
        command.add("-XX:Tier4MinInvocationThreshold=2000000000");
        command.add("-XX:Tier4CompileThreshold=2000000000");
        command.add("-XX:Tier4BackEdgeThreshold=2000000000");
        command.add("-XX:CompileCommand=quiet");
        command.add("-XX:CompileCommand=CompileThresholdScaling,sun.security.provider.*::*,0.0000001");
        // the old generation touched at start rather than page by page as reports accumulate: 80 MB after 100
        // files but 128 MB after 10,000 without it
        command.add("-XX:+AlwaysPreTouch");
        command.addAll(ChildJvm.running(mainClass));
        command.addAll(args);
        return command;
    }
}
