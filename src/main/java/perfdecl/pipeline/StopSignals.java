package perfdecl.pipeline;

import java.util.Map;
import java.util.function.Consumer;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT (Ctrl-C) and SIGTERM taken as a request to stop a run rather than as an exit. Left to the JVM, a signal
 * runs the shutdown hooks at once, ONNX Runtime's among them, which releases the runtime beneath a reader still
 * inside an OCR call: the JVM died with SIGSEGV (or a stack trace) instead of stopping, its exit code wrong. Taken
 * here, the run stops its readers and ends first, and the process exits after, with no call in flight. The same
 * signal again forces the exit at once ({@link Runtime#halt}: no shutdown hook runs, so none races a reader; every
 * output file is written whole or not at all, temporaries are swept by the next run).
 */
public final class StopSignals implements AutoCloseable {

    private static final Map<String, Integer> NUMBERS = Map.of("INT", 2, "TERM", 15);

    private final Map<String, SignalHandler> before = new java.util.HashMap<>();
    private volatile String received;

    private StopSignals() {
    }

    /**
     * Until closed, SIGINT and SIGTERM call {@code stop} with the signal's name ({@code SIGTERM}) once; a second of
     * the same signal halts the process with {@link #exitCode}. Where the JVM does not let a handler be set, the
     * signals keep their default.
     */
    public static StopSignals onStop(Consumer<String> stop) {
        StopSignals signals = new StopSignals();
        for (String name : NUMBERS.keySet()) {
            try {
                signals.before.put(name, Signal.handle(new Signal(name), s -> signals.received(s.getName(), stop)));
            } catch (IllegalArgumentException e) {
                // the JVM keeps this signal (-Xrs, or in use): it exits as it would
            }
        }
        return signals;
    }

    private void received(String name, Consumer<String> stop) {
        String first = received;
        if (first != null) {
            if (first.equals("SIG" + name)) {
                Runtime.getRuntime().halt(exitCode(first));
            }
            return;
        }
        received = "SIG" + name;
        stop.accept(received);
    }

    /** The signal that asked the run to stop ({@code SIGINT}, {@code SIGTERM}), or null. */
    public String received() {
        return received;
    }

    /** The exit code of a run stopped by {@code signal}: 128 and its number, as a shell reports one it ended. */
    public static int exitCode(String signal) {
        return 128 + NUMBERS.getOrDefault(signal.replaceFirst("^SIG", ""), 15);
    }

    /**
     * A worker process's signals: Ctrl-C reaches every process of the terminal's group, the worker too, whose batch
     * stops it (closes or kills it) once its own readers have stopped, so SIGINT is ignored; SIGTERM, sent to the
     * worker alone or to the whole group, ends it at once without its shutdown hooks, which would race its readers
     * inside ONNX Runtime (the batch commits a file's output, never the worker, so nothing is left half-written).
     */
    public static void inWorker() {
        try {
            Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
            Signal.handle(new Signal("TERM"), s -> Runtime.getRuntime().halt(exitCode("SIGTERM")));
        } catch (IllegalArgumentException e) {
            // the JVM keeps the signals: they act as they would
        }
    }

    /** The signals act as they did before. */
    @Override
    public void close() {
        before.forEach((name, handler) -> {
            try {
                Signal.handle(new Signal(name), handler);
            } catch (IllegalArgumentException e) {
                // as before
            }
        });
    }
}
