package perfdecl.pipeline.batch;

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

    /**
     * How far through its pages the input {@code file} is ({@code pagesDone} of {@code pages}) and how many forms
     * it has given so far; told after each page, so that a bundle of hundreds of pages shows its own progress.
     */
    default void pages(String file, int pagesDone, int pages, int forms) {
    }

    default void done(RunReport report) {
    }

    /**
     * After extraction, when a review's corrections were applied: how many forms they changed, and one line for
     * every correction that could not be applied (a source that changed since, a value that does not parse).
     */
    default void corrected(int forms, java.util.List<String> notApplied) {
    }
}
