package perfdecl.pipeline;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it either appears whole or not at all: the content goes to a temporary file beside the
 * target, which is then renamed over it. An interrupted run leaves no half-written output.
 */
public final class AtomicFile {

    /** Writes text content. */
    interface TextContent {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes binary content. */
    interface BinaryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A file being assembled from pieces — text, or byte ranges of other files copied without passing through
     * the heap: appears at its target on {@link #commit()}, never if closed before.
     */
    static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path tmp;
        private final FileChannel channel;
        private boolean closed;

        private Pending(Path target, Path tmp) throws IOException {
            this.target = target;
            this.tmp = tmp;
            this.channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        void write(String text) throws IOException {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }

        /** Appends {@code count} bytes of {@code source} from {@code position}. */
        void copy(FileChannel source, long position, long count) throws IOException {
            for (long done = 0; done < count; ) {
                long n = source.transferTo(position + done, count - done, channel);
                if (n <= 0) {
                    throw new IOException("source ended " + (count - done) + " bytes short");
                }
                done += n;
            }
        }

        void commit() throws IOException {
            channel.close();
            closed = true;
            moveOver(tmp, target);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                channel.close();
                closed = true;
            }
            Files.deleteIfExists(tmp);
        }
    }

    private AtomicFile() {
    }

    static Pending open(Path target) throws IOException {
        return new Pending(target, temporaryBeside(target));
    }

    /**
     * A fresh temporary name in the target's folder, which is created. Not createTempFile: its owner-only
     * permissions would stick to the output after the rename.
     */
    private static Path temporaryBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return dir.resolve(".tmp-" + target.getFileName() + "-" + Long.toHexString(RANDOM.nextLong()) + ".part");
    }

    static void writeText(Path target, TextContent content) throws IOException {
        place(stageText(target, content), target);
    }

    /** Writes a short text, with no buffers beyond its bytes: a batch's parent writes one per input. */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        place(stage(target, tmp -> Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)),
                target);
    }

    static void writeBinary(Path target, BinaryContent content) throws IOException {
        place(stage(target, tmp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
        }), target);
    }

    /**
     * Writes text content to a temporary file beside {@code target} and returns it, whole and closed; it becomes
     * the target on {@link #moveOver}. Lets one process write a file and another decide whether it appears.
     */
    static Path stageText(Path target, TextContent content) throws IOException {
        return stage(target, tmp -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
                content.writeTo(w);
            }
        });
    }

    /** Writes a temporary file. */
    private interface Writing {
        void to(Path tmp) throws IOException;
    }

    /** The temporary file {@code writing} filled, whole; nothing is left behind when it fails. */
    private static Path stage(Path target, Writing writing) throws IOException {
        Path tmp = temporaryBeside(target);
        boolean whole = false;
        try {
            writing.to(tmp);
            whole = true;
            return tmp;
        } finally {
            if (!whole) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Renames a staged file over its target; the temporary file is gone either way. */
    private static void place(Path tmp, Path target) throws IOException {
        try {
            moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Whether {@code file} is a temporary file of this class (left behind only by a process that died). */
    static boolean isTemporary(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.startsWith(".tmp-") && name.endsWith(".part");
    }

    static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
