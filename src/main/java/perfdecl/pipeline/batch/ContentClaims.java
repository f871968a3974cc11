package perfdecl.pipeline.batch;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which input of a run speaks for each content (SHA-256) when the same file comes several times: the first in
 * input order, whichever lane reaches it first. A later copy is not extracted once an earlier one is claimed,
 * and the json files on disk are those of the earliest copy extracted, whatever order the lanes finish in.
 * Thread-safe.
 */
final class ContentClaims {

    /** Writes an input's json files and done marker. */
    interface Output {
        void write() throws IOException;
    }

    private static final class Claim {
        int claimedBy = Integer.MAX_VALUE;
        String claimedName;
        int writtenBy = Integer.MAX_VALUE;
    }

    private final Map<String, Claim> claims = new ConcurrentHashMap<>();

    /** Null when input {@code index} is to be extracted, otherwise the name of the earlier copy claiming it. */
    String claim(String sha256, int index, String name) {
        Claim c = claims.computeIfAbsent(sha256, k -> new Claim());
        synchronized (c) {
            if (c.claimedBy < index) {
                return c.claimedName;
            }
            c.claimedBy = index;
            c.claimedName = name;
            return null;
        }
    }

    /**
     * Writes the output of input {@code index} unless an earlier copy's output is already written; says whether
     * it wrote.
     */
    boolean writeIfEarliest(String sha256, int index, Output output) throws IOException {
        Claim c = claims.computeIfAbsent(sha256, k -> new Claim());
        synchronized (c) {
            if (index < c.writtenBy) {
                output.write();
                c.writtenBy = index;
                return true;
            }
            return false;
        }
    }
}
