package perfdecl.pipeline;

import perfdecl.model.InputReport;
import perfdecl.model.RunReport;

/** Told how a batch advances, from the worker threads; implementations must be thread-safe. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    default void started(int inputs) {
    }

    default void finished(InputReport input) {
    }

    default void done(RunReport report) {
    }
}
