package perfdecl.pipeline.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import perfdecl.pipeline.FileDigest;

/**
 * The inputs a batch's lanes take in order, one at a time, each hashed ahead of its turn. A lane takes its next
 * input only when it is free to extract it: a lane held by a hung file for the whole timeout holds no other file
 * back, whichever lane happened to run first.
 */
final class AheadDigests {

    private final List<Path> files;
    private final ExecutorService hashing;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<Integer, Future<String>> ahead = new ConcurrentHashMap<>();

    AheadDigests(List<Path> files, ExecutorService hashing) {
        this.files = files;
        this.hashing = hashing;
    }

    /** The index of the input the calling lane extracts now, or {@code files.size()} and beyond when none is left. */
    int take() {
        int i = next.getAndIncrement();
        // not when another lane took it meanwhile (its hash is then already under way there)
        if (i + 1 < files.size() && next.get() <= i + 1) {
            // hashed while this one is extracted, by whichever lane takes it
            ahead.computeIfAbsent(i + 1, this::hash);
        }
        return i;
    }

    /** The SHA-256 of input {@code index} (null when it cannot be read), which this lane has taken. */
    Future<String> digest(int index) {
        Future<String> f = ahead.remove(index);
        return f != null ? f : hash(index);
    }

    private Future<String> hash(int index) {
        Path file = files.get(index);
        return hashing.submit(() -> FileDigest.sha256OrNull(file));
    }
}
