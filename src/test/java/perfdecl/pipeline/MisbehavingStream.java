package perfdecl.pipeline;

import java.nio.file.Path;
import perfdecl.pipeline.process.ExtractionWorker;

/**
 * Makes files so named misbehave inside {@link StreamExtraction} (through its {@link StreamExtraction#HOOKS} seam),
 * for tests: {@code stall-worker} sleeps until interrupted, {@code oom-worker} asks for an array larger than any
 * heap, so that only its own thread fails.
 */
public final class MisbehavingStream implements ExtractionWorker.Hooks {

    public MisbehavingStream() {
    }

    @Override
    public void before(Path file) {
        String name = String.valueOf(file.getFileName());
        if (name.contains("stall-worker")) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (name.contains("oom-worker")) {
            long[] hog = new long[Integer.MAX_VALUE - 8];
            hog[0] = 1;
        }
    }
}
