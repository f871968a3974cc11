package perfdecl.pdf.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import perfdecl.grid.Box;
import perfdecl.grid.GridReader;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.layout.CellTextBuilder;

/**
 * The {@code tesseract} command with its Simplified Chinese model, run as a separate process with a timeout: a
 * whole page read into positioned words (TSV), or one cell re-read as a text block. Its availability is probed
 * once per JVM ({@code tesseract --list-langs} must list {@code chi_sim}). Each call costs 0.3–1 s per cell and
 * several seconds per page; one thread per call, so parallel extraction is not oversubscribed.
 */
public final class TesseractOcr extends OcrEngine {

    public static final TesseractOcr INSTANCE = new TesseractOcr(System.getProperty("perfdecl.tesseract", "tesseract"));
    static final String INSTALL = "install tesseract-ocr and tesseract-ocr-chi-sim, or choose --ocr " + PPOCR
            + " (built in), to OCR it";
    /**
     * Tesseract reads Chinese best at about 300 dpi: a page rendered at 150 dpi has lost detail that one resampling
     * keeps better than another, so a cell is re-read enlarged twice and three times.
     */
    private static final double[] ENLARGEMENTS = {2, 3};

    private static final long CELL_TIMEOUT_S = 10, PAGE_TIMEOUT_S = 120;
    private final String command;
    private volatile Boolean available;

    /** The engine run as {@code command} (a path or a name on the PATH). */
    public TesseractOcr(String command) {
        this.command = command;
    }

    @Override
    public String name() {
        return TESSERACT;
    }

    @Override
    public String missing() {
        return INSTALL;
    }

    @Override
    public double[] rereadEnlargements() {
        return ENLARGEMENTS.clone();
    }

    @Override
    public boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    private boolean probe() {
        try {
            Result r = run(List.of(command, "--list-langs"), 10);
            return r.exit == 0 && r.out.lines().anyMatch(l -> l.strip().equals("chi_sim"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Re-reads cell images as blocks of text, all in one tesseract run (the model loads once); one reading per
     * image, {@code null} where nothing was read, an empty list when tesseract failed or timed out.
     */
    @Override
    public List<OcrReading> readBlocks(List<BufferedImage> images) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("perfdecl-ocr");
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < images.size(); i++) {
                Path png = dir.resolve("cell-" + i + ".png");
                ImageIO.write(images.get(i), "png", png.toFile());
                list.append(png).append('\n');
            }
            Path listFile = dir.resolve("cells.txt");
            Files.writeString(listFile, list.toString(), StandardCharsets.UTF_8);
            List<TsvWord> words = tsv(listFile, "6", CELL_TIMEOUT_S * images.size());
            List<OcrReading> out = new ArrayList<>();
            if (words == null) {
                return out;
            }
            for (int i = 0; i < images.size(); i++) {
                int page = i + 1;
                out.add(block(words.stream().filter(w -> w.page == page).toList()));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        } finally {
            deleteQuietly(dir);
        }
    }

    private static OcrReading block(List<TsvWord> words) {
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        double min = 1, weighted = 0;
        int chars = 0;
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
            weighted += w.confidence * w.text.length();
            chars += w.text.length();
        }
        return new OcrReading(text.toString(), min, weighted / chars);
    }

    /** Reads a whole page image into words with pixel boxes scaled to points by {@code scale}. */
    @Override
    public List<OcrWord> readPage(BufferedImage image, double scale) {
        Path dir = null;
        List<TsvWord> words;
        try {
            dir = Files.createTempDirectory("perfdecl-ocr");
            Path png = dir.resolve("page.png");
            ImageIO.write(image, "png", png.toFile());
            words = tsv(png, "3", PAGE_TIMEOUT_S);
        } catch (IOException | RuntimeException e) {
            words = null;
        } finally {
            deleteQuietly(dir);
        }
        if (words == null) {
            return null;
        }
        // a word's box hugs its ink (一 is a flat sliver, ， sits low): give every word of a line the line's typical
        // height, and its typical middle unless the word stands a line away (the engine took two lines for one)
        java.util.Map<Integer, List<Integer>> heights = new java.util.HashMap<>();
        java.util.Map<Integer, List<Double>> middles = new java.util.HashMap<>();
        for (TsvWord w : words) {
            heights.computeIfAbsent(w.lineKey, k -> new ArrayList<>()).add(w.height);
            middles.computeIfAbsent(w.lineKey, k -> new ArrayList<>()).add(w.top + w.height / 2.0);
        }
        List<OcrWord> out = new ArrayList<>();
        for (TsvWord w : words) {
            double h = Math.max(median(heights.get(w.lineKey)), 1);
            double lineMiddle = median(middles.get(w.lineKey));
            double own = w.top + w.height / 2.0;
            double cy = Math.abs(own - lineMiddle) < 0.5 * h ? lineMiddle : own;
            out.add(new OcrWord(w.text, new Box(w.left / scale, (cy - h / 2) / scale, w.width / scale, h / scale),
                    w.confidence));
        }
        return out;
    }

    private static <T extends Number & Comparable<T>> double median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2).doubleValue();
    }

    private record TsvWord(int page, int lineKey, int left, int top, int width, int height, double confidence,
                           String text) {
    }

    /** Runs tesseract on an image (or a list file of images) and parses its TSV words; {@code null} on failure. */
    private List<TsvWord> tsv(Path input, String psm, long timeoutSeconds) throws IOException {
        Result r = run(List.of(command, input.toString(), "-", "-l", "chi_sim", "--psm", psm, "tsv"), timeoutSeconds);
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
            words.add(new TsvWord(Integer.parseInt(f[1]), key, Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                    Integer.parseInt(f[8]), Integer.parseInt(f[9]), Math.max(0, Math.min(1, conf / 100)), text));
        }
        return words;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    private record Result(int exit, String out) {
    }

    /** Where tesseract's own messages go: nowhere, or this process's stderr when diagnostics are asked for. */
    static ProcessBuilder.Redirect stderr() {
        return Boolean.getBoolean(GridReader.DIAGNOSTICS) ? ProcessBuilder.Redirect.INHERIT
                : ProcessBuilder.Redirect.DISCARD;
    }

    private static Result run(List<String> command, long timeoutSeconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr());
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
}
