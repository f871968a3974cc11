package perfdecl.pipeline;

import perfdecl.model.RunReport;

/** Told how a batch advances, from the worker threads; implementations must be thread-safe. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    default void started(int inputs) {
    }

    default void finished(InputResult result) {
    }

    default void done(RunReport report) {
    }
}
