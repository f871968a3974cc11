package perfdecl.spark;

import java.io.IOException;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output folder on any Hadoop file system: a folder per table that every run adds its files to. A run
 * writes its tables into {@code _staging/<run>/}, marks that folder committed and only then moves the files into
 * the table folders, so that a run's rows appear with the other tables' or, after a crash before the mark, not at
 * all; a committed run whose move was cut short is finished by the next run.
 */
final class OutputFolder {

    private static final String STAGING = "_staging";
    private static final String COMMITTED = "_COMMITTED";

    private final Path root;
    private final FileSystem fs;

    OutputFolder(String uri, Configuration conf) throws IOException {
        this.root = new Path(uri);
        this.fs = root.getFileSystem(conf);
    }

    String table(String name) {
        return new Path(root, name).toString();
    }

    boolean has(String table) throws IOException {
        return fs.exists(new Path(root, table));
    }

    /** A new run's staging folder. */
    Path stage() {
        return new Path(new Path(root, STAGING), UUID.randomUUID().toString());
    }

    /** Marks {@code run} committed and moves its files into the table folders. */
    void commit(Path run) throws IOException {
        fs.create(new Path(run, COMMITTED), false).close();
        moveIn(run);
    }

    /** Finishes the move of committed runs that a crash cut short; deletes what uncommitted runs left behind. */
    void recover() throws IOException {
        Path staging = new Path(root, STAGING);
        if (!fs.exists(staging)) {
            return;
        }
        for (FileStatus run : fs.listStatus(staging)) {
            if (fs.exists(new Path(run.getPath(), COMMITTED))) {
                moveIn(run.getPath());
            } else {
                fs.delete(run.getPath(), true);
            }
        }
    }

    private void moveIn(Path run) throws IOException {
        for (FileStatus table : fs.listStatus(run)) {
            if (!table.isDirectory()) {
                continue;
            }
            Path target = new Path(root, table.getPath().getName());
            fs.mkdirs(target);
            for (FileStatus file : fs.listStatus(table.getPath())) {
                String name = file.getPath().getName();
                // Spark's part files carry the job's id: no two runs write the same name
                if (file.isFile() && !name.startsWith("_") && !name.startsWith(".")
                        && !fs.rename(file.getPath(), new Path(target, name))) {
                    throw new IOException("cannot move " + file.getPath() + " into " + target);
                }
            }
        }
        fs.delete(run, true);
    }
}
