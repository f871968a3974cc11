package perfdecl.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import perfdecl.grid.Box;

/**
 * The {@code tesseract} command with its Simplified Chinese model, run as a separate process with a timeout: a
 * whole page read into positioned words (TSV), or one cell re-read as a text block. Its availability is probed
 * once per JVM ({@code tesseract --list-langs} must list {@code chi_sim}). Each call costs 0.3–1 s per cell and
 * several seconds per page; one thread per call, so parallel extraction is not oversubscribed.
 */
final class TesseractOcr {

    static final String MISSING = "scanned image without text; install tesseract-ocr and tesseract-ocr-chi-sim to OCR it";

    private static final String COMMAND = System.getProperty("perfdecl.tesseract", "tesseract");
    private static final long CELL_TIMEOUT_S = 10, PAGE_TIMEOUT_S = 120;
    private static volatile Boolean available;

    private TesseractOcr() {
    }

    /** A cell's reading: its text (lines joined by "\n") and the lowest word confidence, 0–1. */
    record Reading(String text, double confidence) {
    }

    static boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    private static boolean probe() {
        try {
            Result r = run(List.of(COMMAND, "--list-langs"), null, 10);
            return r.exit == 0 && r.out.lines().anyMatch(l -> l.strip().equals("chi_sim"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Re-reads one cell image as a block of text; {@code null} when tesseract failed or timed out. */
    static Reading readBlock(BufferedImage image) {
        List<TsvWord> words = tsv(image, "6", CELL_TIMEOUT_S);
        if (words == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        double min = 1;
        int line = -1;
        for (TsvWord w : words) {
            if (line >= 0 && w.lineKey != line) {
                text.append('\n');
            } else if (line >= 0 && CellTextBuilder.isLatinAlnum(text.charAt(text.length() - 1))
                    && CellTextBuilder.isLatinAlnum(w.text.charAt(0))) {
                text.append(' ');
            }
            line = w.lineKey;
            text.append(w.text);
            min = Math.min(min, w.confidence);
        }
        return new Reading(text.toString(), words.isEmpty() ? 0 : min);
    }

    /** Reads a whole page image into words with pixel boxes scaled to points by {@code scale}. */
    static List<OcrWord> readPage(BufferedImage image, double scale) {
        List<TsvWord> words = tsv(image, "3", PAGE_TIMEOUT_S);
        if (words == null) {
            return null;
        }
        List<OcrWord> out = new ArrayList<>();
        for (TsvWord w : words) {
            out.add(new OcrWord(w.text, new Box(w.left / scale, w.top / scale, w.width / scale, w.height / scale),
                    w.confidence));
        }
        return out;
    }

    private record TsvWord(int lineKey, int left, int top, int width, int height, double confidence, String text) {
    }

    private static List<TsvWord> tsv(BufferedImage image, String psm, long timeoutSeconds) {
        Path png = null;
        try {
            png = Files.createTempFile("perfdecl-ocr", ".png");
            ImageIO.write(image, "png", png.toFile());
            Result r = run(List.of(COMMAND, png.toString(), "-", "-l", "chi_sim", "--psm", psm, "tsv"),
                    null, timeoutSeconds);
            if (r.exit != 0) {
                return null;
            }
            List<TsvWord> words = new ArrayList<>();
            for (String row : r.out.split("\n")) {
                String[] f = row.split("\t", -1);
                if (f.length < 12 || !f[0].equals("5")) {
                    continue;
                }
                String text = f[11].strip();
                if (text.isEmpty()) {
                    continue;
                }
                int key = Integer.parseInt(f[2]) * 10000 + Integer.parseInt(f[3]) * 100 + Integer.parseInt(f[4]);
                double conf = Double.parseDouble(f[10]);
                words.add(new TsvWord(key, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Integer.parseInt(f[9]), Math.max(0, Math.min(1, conf / 100)), text));
            }
            return words;
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            if (png != null) {
                try {
                    Files.deleteIfExists(png);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    private record Result(int exit, String out) {
    }

    private static Result run(List<String> command, byte[] stdin, long timeoutSeconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        try {
            p.getOutputStream().close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> {
                try (InputStream in = p.getInputStream()) {
                    in.transferTo(out);
                } catch (IOException ignored) {
                    // the exit code tells
                }
            }, "tesseract-output");
            reader.setDaemon(true);
            reader.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "");
            }
            reader.join(TimeUnit.SECONDS.toMillis(2));
            return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(-1, "");
        }
    }

    static String describe(double confidence) {
        return String.format(Locale.ROOT, "%.2f", confidence);
    }
}
