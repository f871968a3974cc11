package perfdecl.pipeline.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * A worker that misbehaves on files so named, for tests: {@link #start} makes the batches of this JVM start it
 * instead of {@link ExtractionWorker} (through the product's {@link ExtractionWorker#MAIN_CLASS} seam).
 * <ul>
 * <li>{@code halt-worker}: halts the worker (exit code 137) before extracting;</li>
 * <li>{@code halt-after-write}: halts it once the file's output is staged;</li>
 * <li>{@code stall-worker}: never answers (until the worker is killed);</li>
 * <li>{@code oom-worker}: exhausts the worker's heap;</li>
 * <li>{@code after-stall}: is extracted only once a {@code stall-worker} file has begun in this worker;</li>
 * <li>{@code hold-worker}: the first time it is asked, leaves a {@code .held} marker beside itself and never
 * answers; asked again (by a fresh worker) it is extracted;</li>
 * <li>{@code halt-when-held}: halts the worker once a {@code hold-worker} file is held, in this worker or an
 * earlier one.</li>
 * </ul>
 * Nothing waits on time: each file waits for the event it needs, so a test's order of events is fixed.
 */
public final class MisbehavingWorker implements ExtractionWorker.Hooks {

    private final CountDownLatch stalled = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(1);

    /** Worker processes started from now on in this JVM are this class. */
    public static void start() {
        System.setProperty(ExtractionWorker.MAIN_CLASS, MisbehavingWorker.class.getName());
    }

    /** Worker processes started from now on are the product's. */
    public static void stop() {
        System.clearProperty(ExtractionWorker.MAIN_CLASS);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ExtractionWorker.serve(args, new MisbehavingWorker());
    }

    @Override
    public void before(Path file) {
        String name = String.valueOf(file.getFileName());
        Path marker = file.resolveSibling(name + ".held");
        if (name.contains("halt-worker")) {
            Runtime.getRuntime().halt(137);
        } else if (name.contains("stall-worker")) {
            stalled.countDown();
            waitFor(new CountDownLatch(1));
        } else if (name.contains("oom-worker")) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        } else if (name.contains("after-stall")) {
            waitFor(stalled);
        } else if (name.contains("hold-worker") && !Files.exists(marker)) {
            try {
                Files.createFile(marker);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            held.countDown();
            waitFor(new CountDownLatch(1));
        } else if (name.contains("halt-when-held")) {
            if (!heldEarlier(file.getParent())) {
                waitFor(held);
            }
            Runtime.getRuntime().halt(137);
        }
    }

    @Override
    public void staged(Path file) {
        if (String.valueOf(file.getFileName()).contains("halt-after-write")) {
            Runtime.getRuntime().halt(137);
        }
    }

    private static boolean heldEarlier(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".held"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Until the latch opens, or the worker is killed. */
    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
