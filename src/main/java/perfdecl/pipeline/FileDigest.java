package perfdecl.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a whole file, as lower-case hex: the stable identity of an input. */
public final class FileDigest {

    /**
     * A batch's parent digests every input: a fresh 64 KB buffer each time was most of what it allocated, and
     * made its collector grow the heap over a long run.
     */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    private FileDigest() {
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = newSha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = BUFFER.get();
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return hex(md);
    }

    /** A fresh SHA-256 digest (every Java platform has one). */
    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@code md} has digested, as lower-case hex. */
    static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest());
    }

    /** The SHA-256 of {@code file}, or null when it is not a regular file or cannot be read (its reader says why). */
    public static String sha256OrNull(Path file) {
        try {
            return Files.isRegularFile(file) ? sha256(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
