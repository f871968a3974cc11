package perfdecl.pdf.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.imageio.ImageIO;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;

import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;

import perfdecl.grid.Box;
import perfdecl.pdf.OcrEngine;

/**
 * PP-OCRv4 (PaddleOCR's Chinese text detection and recognition) through RapidOCR's Java binding: ONNX Runtime and
 * the models come inside the jar and are unpacked to {@code java.io.tmpdir/ocrJava} on first use, so no system
 * package is needed. The engine reads an image file into text lines, each a quadrilateral with a score per
 * character; a line becomes one {@link OcrWord} per character, placed along the line by the characters' typical
 * widths (a Chinese character is as wide as the line is high, a digit or Latin letter about half), each with its own
 * score. The native engine is one per JVM and not reentrant: calls are serialised, one thread each.
 */
public final class RapidOcr extends OcrEngine {

    public static final RapidOcr INSTANCE = new RapidOcr();

    /** The recognition model reads any size: a crop is read as it stands, only once. */
    private static final double[] ENLARGEMENTS = {1};
    /** An em this much wider than the line is high means ink the recogniser did not read. */
    private static final double SWOLLEN = 1.15;
    /** A Chinese line's ink box is about as high as its characters are wide. */
    private static final double EM_OF_HEIGHT = 0.95;
    /** Below this mean character score a line of one or two characters is a speck read as text. */
    private static final double SPECK = 0.2;
    /** A gray level darker than this is ink. */
    private static final int INK = 140;
    /** Detection pads the image with this many white pixels. */
    private static final int PADDING = 50;

    private final Object lock = new Object();
    private volatile InferenceEngine engine;
    private volatile String failure;

    private RapidOcr() {
    }

    @Override
    public String name() {
        return RAPIDOCR;
    }

    @Override
    public boolean available() {
        return engine() != null;
    }

    /** Why the engine could not be loaded, {@code null} when it was (or has not been tried). */
    public String missingOrNull() {
        return failure;
    }

    @Override
    public String missing() {
        return "the PP-OCR engine could not be loaded here (" + failure + "); install tesseract-ocr and"
                + " tesseract-ocr-chi-sim and choose --ocr " + TESSERACT + " to OCR it";
    }

    /** Reading by cells ({@code -Dperfdecl.ocr.cells=false} reads pages whole): see bench/OCR.md. */
    private static final boolean BY_CELLS = !"false".equals(System.getProperty("perfdecl.ocr.cells"));

    @Override
    public boolean readsCells() {
        return BY_CELLS;
    }

    @Override
    public double[] rereadEnlargements() {
        return ENLARGEMENTS.clone();
    }

    private InferenceEngine engine() {
        InferenceEngine e = engine;
        if (e != null || failure != null) {
            return e;
        }
        synchronized (lock) {
            if (engine == null && failure == null) {
                try {
                    HardwareConfig hardware = HardwareConfig.getOnnxConfig();
                    hardware.setNumThread(1);
                    engine = InferenceEngine.getInstance(Model.ONNX_PPOCR_V4, hardware);
                } catch (Exception | LinkageError e2) {
                    failure = e2.getClass().getSimpleName() + ": " + e2.getMessage();
                }
            }
            return engine;
        }
    }

    private static ParamConfig params() {
        ParamConfig p = ParamConfig.getDefaultConfig();
        p.setPadding(PADDING);
        // the scan reader finds the page's orientation itself; text lines are upright
        p.setDoAngle(false);
        p.setMostAngle(false);
        return p;
    }

    /** The text lines the engine reads in the image, in pixels; {@code null} when it failed. */
    List<TextBlock> lines(BufferedImage image) {
        InferenceEngine e = engine();
        if (e == null) {
            return null;
        }
        Path file = null;
        try {
            file = Files.createTempFile("perfdecl-ocr", ".png");
            ImageIO.write(image, "png", file.toFile());
            OcrResult result;
            synchronized (lock) {
                result = e.runOcr(file.toString(), params());
            }
            return result == null ? null : new ArrayList<>(result.getTextBlocks());
        } catch (IOException | RuntimeException ex) {
            return null;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    @Override
    public List<OcrWord> readPage(BufferedImage image, double scale) {
        List<TextBlock> lines = lines(image);
        if (lines == null) {
            return null;
        }
        List<OcrWord> out = new ArrayList<>();
        for (TextBlock line : lines) {
            if (!isSpeck(line)) {
                out.addAll(characters(line, scale, image));
            }
        }
        return out;
    }

    @Override
    public List<OcrReading> readBlocks(List<BufferedImage> images) {
        List<OcrReading> out = new ArrayList<>();
        for (BufferedImage image : images) {
            List<TextBlock> lines = lines(image);
            if (lines == null) {
                return List.of();
            }
            out.add(block(lines));
        }
        return out;
    }

    /**
     * A line of one or two characters the recogniser all but rejected: what detection makes of a speck, a stroke
     * of a seal or the edge of a ruling, which would otherwise start a cell's text with a stray character.
     */
    static boolean isSpeck(TextBlock line) {
        float[] scores = line.getCharScores();
        String text = line.getText() == null ? "" : line.getText().strip();
        return text.codePointCount(0, text.length()) <= 2 && scores != null && scores.length > 0
                && average(scores) < SPECK;
    }

    /** A cell's lines top to bottom as one reading; {@code null} when nothing was read. */
    static OcrReading block(List<TextBlock> lines) {
        List<TextBlock> read = new ArrayList<>(lines.stream().filter(l -> !l.getText().isBlank()).toList());
        if (read.isEmpty()) {
            return null;
        }
        read.sort(Comparator.comparingDouble(RapidOcr::middleY));
        StringBuilder text = new StringBuilder();
        double min = 1, sum = 0;
        int chars = 0;
        for (TextBlock l : read) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(l.getText().strip());
            float[] scores = l.getCharScores();
            for (int i = 0; scores != null && i < scores.length; i++) {
                min = Math.min(min, scores[i]);
                sum += scores[i];
                chars++;
            }
        }
        return new OcrReading(text.toString(), chars == 0 ? 0 : min, chars == 0 ? 0 : sum / chars);
    }

    private static double middleY(TextBlock l) {
        return l.getBoxPoint().stream().mapToDouble(Point::getY).average().orElse(0);
    }

    /**
     * The line's characters, each placed along the line's middle by its typical width. Detection boxes stand a
     * margin out from the ink on every side (the same margin, the model's "unclip"), so the ink's em follows from
     * the box: a line of {@code W} ems in a box {@code w} by {@code h} has em {@code (w - h) / (W - 1)}. Where
     * that em comes out clearly wider than the line is high, the box holds ink the recogniser read as nothing —
     * a checkbox beside its label, most often: the characters keep the em of the line's height and stand at the
     * end of the box where the ink leaves a gap after (or before) them.
     */
    static List<OcrWord> characters(TextBlock line, double scale, BufferedImage image) {
        String text = line.getText();
        List<Point> p = line.getBoxPoint();
        if (text == null || text.isBlank() || p == null || p.size() != 4) {
            return List.of();
        }
        int[] cps = text.codePoints().toArray();
        double[] weight = new double[cps.length];
        double ems = 0;
        for (int i = 0; i < cps.length; i++) {
            weight[i] = width(cps[i]);
            ems += weight[i];
        }
        // corners: top-left, top-right, bottom-right, bottom-left
        double lx = (p.get(0).getX() + p.get(3).getX()) / 2.0, ly = (p.get(0).getY() + p.get(3).getY()) / 2.0;
        double rx = (p.get(1).getX() + p.get(2).getX()) / 2.0, ry = (p.get(1).getY() + p.get(2).getY()) / 2.0;
        double w = Math.hypot(rx - lx, ry - ly);
        double h = (Math.hypot(p.get(3).getX() - p.get(0).getX(), p.get(3).getY() - p.get(0).getY())
                + Math.hypot(p.get(2).getX() - p.get(1).getX(), p.get(2).getY() - p.get(1).getY())) / 2;
        if (w < 1 || h < 1) {
            return List.of();
        }
        double em = ems > 1.5 ? (w - h) / (ems - 1) : 0.8 * h;
        double ux = (rx - lx) / w, uy = (ry - ly) / w;
        double margin;
        if (ems > 1.5 && em > SWOLLEN * h && image != null) {
            em = EM_OF_HEIGHT * h;
            margin = unreadEnd(image, lx, ly, ux, uy, w, h, em * ems, em) ? (h - em) / 2 : w - (h - em) / 2 - em * ems;
        } else {
            em = Math.max(0.5 * h, Math.min(em, h));
            if (em * ems > w) {
                em = w / ems;
            }
            margin = (w - em * ems) / 2;
        }
        float[] scores = line.getCharScores();
        double lineScore = scores == null || scores.length == 0 ? line.getBoxScore() : average(scores);
        List<OcrWord> out = new ArrayList<>();
        double at = margin;
        int scored = 0;
        for (int i = 0; i < cps.length; i++) {
            double cw = weight[i] * em;
            String ch = new String(Character.toChars(cps[i]));
            if (!Character.isWhitespace(cps[i])) {
                double cx = lx + ux * (at + cw / 2), cy = ly + uy * (at + cw / 2);
                // the recogniser scores every character it emits, spaces excepted
                double score = scores != null && scored < scores.length ? scores[scored] : lineScore;
                out.add(new OcrWord(ch, new Box((cx - cw / 2) / scale, (cy - em / 2) / scale, cw / scale, em / scale),
                        Math.max(0, Math.min(1, score))));
            }
            if (!Character.isWhitespace(cps[i]) || (scores != null && scores.length == cps.length)) {
                scored++;
            }
            at += cw;
        }
        return out;
    }

    /**
     * Whether text {@code textWidth} wide stands at the start of the box (the unread ink after it) rather than at
     * its end: the side whose boundary between text and the rest falls in blank columns.
     */
    private static boolean unreadEnd(BufferedImage image, double lx, double ly, double ux, double uy, double w,
                                     double h, double textWidth, double em) {
        double start = (h - em) / 2, end = w - (h - em) / 2;
        double atStart = inkAround(image, lx, ly, ux, uy, h, start + textWidth, em);
        double atEnd = inkAround(image, lx, ly, ux, uy, h, end - textWidth, em);
        return atStart <= atEnd;
    }

    /** The share of inked columns within a fifth of an em either side of {@code at} along the line. */
    private static double inkAround(BufferedImage image, double lx, double ly, double ux, double uy, double h,
                                    double at, double em) {
        int inked = 0, columns = 0;
        for (double t = at - 0.2 * em; t <= at + 0.2 * em; t += 1) {
            columns++;
            double cx = lx + ux * t, cy = ly + uy * t;
            for (double v = -0.35 * h; v <= 0.35 * h; v += 1) {
                int x = (int) Math.round(cx), y = (int) Math.round(cy + v);
                if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()
                        && (image.getRaster().getSample(x, y, 0)) < INK) {
                    inked++;
                    break;
                }
            }
        }
        return columns == 0 ? 0 : inked / (double) columns;
    }

    private static double average(float[] values) {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s / values.length;
    }

    /** A character's typical advance in ems: CJK and full-width forms 1, digits and Latin about half. */
    static double width(int cp) {
        if (Character.isWhitespace(cp)) {
            return 0.3;
        }
        if (cp < 0x80) {
            if (Character.isDigit(cp) || Character.isUpperCase(cp)) {
                return 0.55;
            }
            if (Character.isLetter(cp)) {
                return 0.5;
            }
            return ".,:;'|!".indexOf(cp) >= 0 ? 0.3 : 0.45;
        }
        return 1;
    }
}
