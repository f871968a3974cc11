package perfdecl.pdf.scan;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the threads inside a native library's calls, so that the JVM does not exit under them. A reader abandoned
 * by the time limit can still be inside ONNX Runtime when the run ends; exiting then tears the library down beneath
 * that thread and the JVM dies with SIGSEGV after the outputs are written, with a wrong exit code. Once {@link #close}
 * has begun, no call enters; it waits for the calls in flight to leave. Closed from a shutdown hook, it is only a
 * last guard: ONNX Runtime's own hook, which releases the runtime, runs beside it and cannot be held back, so a batch
 * waits for its abandoned readers before the process exits, and an interrupted reader's call ends early
 * ({@link InterruptWatch}).
 */
final class NativeCalls {

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closing;

    /** Enters a call; false once closing has begun (the call must not be made). Pair a true with {@link #leave}. */
    boolean enter() {
        inFlight.incrementAndGet();
        if (closing) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    /** Lets no call enter, then waits up to {@code millis} for the calls in flight; true when none is left. */
    boolean close(long millis) {
        closing = true;
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return inFlight.get() == 0;
            }
        }
        return true;
    }
}
