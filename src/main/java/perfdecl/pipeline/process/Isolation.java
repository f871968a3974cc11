package perfdecl.pipeline.process;

import perfdecl.pipeline.batch.BatchExtraction;

/** Where a batch parses its files: in a worker process that a hostile file may kill, or in this process. */
public enum Isolation {
    /** Worker processes for parallel runs of at least {@link BatchExtraction#ISOLATE_FROM} files, in-process otherwise. */
    AUTO,
    /** Every file in this process: fastest to start, but a file that exhausts the heap takes the batch with it. */
    IN_PROCESS,
    /** Every file in a child JVM with its own heap, replaced when a file kills or stalls it. */
    WORKERS
}
