package perfdecl.pipeline.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import perfdecl.model.Declaration;
import perfdecl.pipeline.FileDigest;
import perfdecl.pipeline.batch.InputFiles;

/**
 * Where the reviewed forms' sources are: at the recorded name (relative to the working folder, the output folder
 * and its parent) or, by SHA-256, among the files under the inputs given; and whether each is {@code found},
 * {@code changed} (another SHA-256 now) or {@code missing}. Read-only once found.
 */
final class ReviewSources {

    private final Path dir;
    private final Map<String, Path> sources = new HashMap<>();
    private final Map<String, String> sourceStatus = new HashMap<>();

    private ReviewSources(Path dir) {
        this.dir = dir;
    }

    /** The sources of {@code forms}, {@code dir} being the output folder they were extracted to. */
    static ReviewSources find(Path dir, Collection<Declaration> forms, List<Path> inputs) throws IOException {
        ReviewSources s = new ReviewSources(dir);
        s.findSources(forms, inputs);
        return s;
    }

    /** The source file of {@code d}, or null when it was not found with its SHA-256. */
    Path file(Declaration d) {
        String sha = d.source() == null ? null : d.source().sha256();
        return sha == null ? null : sources.get(sha);
    }

    private void findSources(Collection<Declaration> forms, List<Path> inputs) throws IOException {
        Map<String, Path> byHash = null;
        for (Declaration d : forms) {
            if (d.source() == null || d.source().sha256() == null || sourceStatus.containsKey(d.source().sha256())) {
                continue;
            }
            String sha = d.source().sha256();
            String file = d.source().file();
            boolean seenOther = false;
            Path found = null;
            for (Path candidate : candidates(file)) {
                if (Files.isRegularFile(candidate)) {
                    if (sha.equals(FileDigest.sha256OrNull(candidate))) {
                        found = candidate;
                        break;
                    }
                    seenOther = true;
                }
            }
            if (found == null) {
                if (byHash == null) {
                    byHash = hashAll(inputs);
                }
                found = byHash.get(sha);
            }
            if (found != null) {
                sources.put(sha, found.toAbsolutePath().normalize());
            }
            sourceStatus.put(sha, found != null ? "found" : seenOther ? "changed" : "missing");
        }
    }

    private List<Path> candidates(String file) {
        List<Path> out = new ArrayList<>();
        if (file == null || file.isBlank()) {
            return out;
        }
        try {
            Path p = Path.of(file);
            out.add(p);
            out.add(dir.resolve(p));
            if (dir.getParent() != null) {
                out.add(dir.getParent().resolve(p));
            }
        } catch (RuntimeException e) {
            // a name that is no path on this machine: only --inputs can find it
        }
        return out;
    }

    private static Map<String, Path> hashAll(List<Path> inputs) throws IOException {
        Map<String, Path> out = new HashMap<>();
        if (inputs.isEmpty()) {
            return out;
        }
        for (Path p : InputFiles.collect(inputs)) {
            String sha = FileDigest.sha256OrNull(p);
            if (sha != null) {
                out.putIfAbsent(sha, p);
            }
        }
        return out;
    }

    /** {@code found}, {@code changed} or {@code missing}. */
    String status(Declaration d) {
        String sha = d.source() == null ? null : d.source().sha256();
        return sha == null ? "missing" : sourceStatus.getOrDefault(sha, "missing");
    }
}
