package perfdecl.corrections;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import perfdecl.model.Correction;

/**
 * {@code corrections.jsonl}: one {@link Correction} per line, UTF-8. {@link #append} writes whole lines under an
 * exclusive lock on the file (other processes) and a lock per file in this JVM (other threads), and forces them to
 * the disk before it returns, so that what a caller acknowledges survives a killed process or machine. A line cut
 * short by a kill is skipped on replay and reported; the next append starts on a line of its own.
 */
public final class CorrectionLog {

    /** The log's name inside an output folder. */
    public static final String FILE_NAME = "corrections.jsonl";

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The log's lines in order, and the lines that could not be read (1-based line number and why). */
    public record Replay(List<Correction> corrections, List<String> damaged) {
    }

    private final Path file;

    public CorrectionLog(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** Appends {@code corrections} as consecutive lines and forces them to disk before returning. */
    public void append(List<Correction> corrections) throws IOException {
        if (corrections.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Correction c : corrections) {
            lines.append(line(c)).append('\n');
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
             FileLock ignored = ch.lock()) {
            long end = ch.size();
            ByteBuffer out;
            if (end > 0 && !endsWithNewline(ch, end)) {
                out = ByteBuffer.allocate(bytes.length + 1).put((byte) '\n').put(bytes);
            } else {
                out = ByteBuffer.allocate(bytes.length).put(bytes);
            }
            out.flip();
            long at = end;
            while (out.hasRemaining()) {
                at += ch.write(out, at);
            }
            ch.force(true);
        } finally {
            local.unlock();
        }
    }

    /** Appends one correction durably. */
    public void append(Correction c) throws IOException {
        append(List.of(c));
    }

    /** Every readable line in order; no file reads as empty. */
    public Replay replay() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Replay(List.of(), List.of());
        }
        List<Correction> out = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            try {
                Correction c = MAPPER.readValue(s, Correction.class);
                if (c == null || c.id() == null) {
                    throw new IOException("no id");
                }
                out.add(c);
            } catch (IOException | RuntimeException e) {
                damaged.add(FILE_NAME + " line " + (i + 1) + ": " + oneLine(e.getMessage()));
            }
        }
        return new Replay(List.copyOf(out), List.copyOf(damaged));
    }

    /** One correction as its JSON line, without the line end. */
    public static String line(Correction c) {
        try {
            return MAPPER.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("correction is not JSON: " + c, e);
        }
    }

    private static boolean endsWithNewline(FileChannel ch, long end) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, end - 1);
        return last.get(0) == '\n';
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s+", " ").strip();
    }
}
