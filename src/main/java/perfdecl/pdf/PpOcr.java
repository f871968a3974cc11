package perfdecl.pdf;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;

/**
 * PP-OCRv4's recogniser run on ONNX Runtime by the scan reader itself ({@link PpOcrRecogniser}), the text lines
 * found from the ink ({@link InkLines}) instead of by a detection network: the model and the native runtime come in
 * jars, so no system package is needed. All the lines of a page, or of the cells it is given, are recognised
 * together in a few batched calls. Each character stands where the recogniser read it along its line (the network
 * step that emitted it), as wide as its kind of character typically is, so gaps on the page stay gaps in the words.
 * The model is loaded once per JVM; calls are serialised.
 */
final class PpOcr extends OcrEngine {

    static final PpOcr INSTANCE = new PpOcr();

    private static final double[] ENLARGEMENTS = {1};
    /** A line's crop stands this many line heights off its ink: the margin a detector's box leaves. */
    private static final double PAD_X = 0.3;
    private static final double PAD_Y = 0.2;
    /** Below this mean character score a line of one or two characters is a speck read as text. */
    private static final double SPECK = 0.2;
    private static final int THREADS = Integer.getInteger("perfdecl.ocr.threads", 1);

    private final Object lock = new Object();
    private volatile PpOcrRecogniser recogniser;
    private volatile String failure;

    private PpOcr() {
    }

    @Override
    public String name() {
        return PPOCR;
    }

    @Override
    public boolean available() {
        return recogniser() != null;
    }

    @Override
    String missing() {
        return "the PP-OCR recogniser could not be loaded here (" + failure + "); install tesseract-ocr and"
                + " tesseract-ocr-chi-sim and choose --ocr " + TESSERACT + " to OCR it";
    }

    @Override
    boolean readsCells() {
        return true;
    }

    @Override
    double[] rereadEnlargements() {
        return ENLARGEMENTS.clone();
    }

    private PpOcrRecogniser recogniser() {
        PpOcrRecogniser r = recogniser;
        if (r != null || failure != null) {
            return r;
        }
        synchronized (lock) {
            if (recogniser == null && failure == null) {
                try {
                    recogniser = new PpOcrRecogniser(THREADS);
                } catch (Exception | LinkageError e) {
                    failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            return recogniser;
        }
    }

    @Override
    List<OcrWord> readPage(BufferedImage image, double scale) {
        return readRegions(image, List.of(new Rectangle(0, 0, image.getWidth(), image.getHeight())), scale);
    }

    @Override
    List<OcrWord> readRegions(BufferedImage image, List<Rectangle> regions, double scale) {
        List<Rectangle> lines = new ArrayList<>();
        for (Rectangle r : regions) {
            lines.addAll(InkLines.find(image, r));
        }
        List<PpOcrRecogniser.Line> read = recognise(image, lines);
        if (read == null) {
            return null;
        }
        List<OcrWord> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!isSpeck(read.get(i))) {
                out.addAll(characters(read.get(i), lines.get(i), crop(image, lines.get(i)), scale));
            }
        }
        return out;
    }

    @Override
    List<OcrReading> readBlocks(List<BufferedImage> images) {
        List<BufferedImage> crops = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            BufferedImage image = images.get(i);
            for (Rectangle l : InkLines.find(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()))) {
                crops.add(image.getSubimage(crop(image, l).x, crop(image, l).y, crop(image, l).width,
                        crop(image, l).height));
                owner.add(i);
            }
        }
        List<PpOcrRecogniser.Line> read = recogniseCrops(crops);
        if (read == null) {
            return List.of();
        }
        List<OcrReading> out = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            List<PpOcrRecogniser.Line> mine = new ArrayList<>();
            for (int k = 0; k < read.size(); k++) {
                if (owner.get(k) == i && !isSpeck(read.get(k))) {
                    mine.add(read.get(k));
                }
            }
            out.add(block(mine));
        }
        return out;
    }

    private List<PpOcrRecogniser.Line> recognise(BufferedImage image, List<Rectangle> lines) {
        List<BufferedImage> crops = new ArrayList<>();
        for (Rectangle l : lines) {
            Rectangle c = crop(image, l);
            crops.add(image.getSubimage(c.x, c.y, c.width, c.height));
        }
        return recogniseCrops(crops);
    }

    private List<PpOcrRecogniser.Line> recogniseCrops(List<BufferedImage> crops) {
        PpOcrRecogniser r = recogniser();
        if (r == null) {
            return null;
        }
        if (crops.isEmpty()) {
            return List.of();
        }
        try {
            synchronized (lock) {
                return r.read(crops);
            }
        } catch (Exception e) {
            return null;
        }
    }

    /** The line's ink with the margin the recogniser was trained on, inside the image. */
    static Rectangle crop(BufferedImage image, Rectangle line) {
        int px = (int) Math.round(PAD_X * line.height), py = (int) Math.round(PAD_Y * line.height) + 1;
        Rectangle c = new Rectangle(line.x - px, line.y - py, line.width + 2 * px, line.height + 2 * py);
        return c.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
    }

    static boolean isSpeck(PpOcrRecogniser.Line line) {
        String text = line.text().strip();
        if (text.isEmpty()) {
            return true;
        }
        double mean = 0;
        for (float s : line.scores()) {
            mean += s;
        }
        mean /= Math.max(1, line.scores().length);
        return text.codePointCount(0, text.length()) <= 2 && mean < SPECK;
    }

    /** A cell's lines, in reading order, as one reading; {@code null} when nothing was read. */
    static OcrReading block(List<PpOcrRecogniser.Line> lines) {
        StringBuilder text = new StringBuilder();
        double min = 1, sum = 0;
        int chars = 0;
        for (PpOcrRecogniser.Line l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(l.text().strip());
            for (float s : l.scores()) {
                min = Math.min(min, s);
                sum += s;
                chars++;
            }
        }
        return text.length() == 0 ? null : new OcrReading(text.toString(), chars == 0 ? 0 : min,
                chars == 0 ? 0 : sum / chars);
    }

    /**
     * The line's characters in page points: each centred where the recogniser read it ({@code crop} is the image
     * the line was read from), as high as the line's ink and as wide as its kind of character typically is for
     * that height, but no wider than halfway to its neighbours.
     */
    static List<OcrWord> characters(PpOcrRecogniser.Line line, Rectangle ink, Rectangle crop, double scale) {
        String text = line.text();
        int[] cps = text.codePoints().toArray();
        double em = ink.height;
        List<OcrWord> out = new ArrayList<>();
        double[] centres = line.centres();
        for (int i = 0; i < cps.length && i < centres.length; i++) {
            if (Character.isWhitespace(cps[i])) {
                continue;
            }
            double cx = crop.x + centres[i];
            double w = RapidOcr.width(cps[i]) * em;
            if (i > 0) {
                w = Math.min(w, centres[i] - centres[i - 1]);
            }
            if (i + 1 < centres.length) {
                w = Math.min(w, centres[i + 1] - centres[i]);
            }
            w = Math.max(w, 0.3 * em);
            double x0 = Math.max(ink.x, cx - w / 2), x1 = Math.min(ink.x + ink.width, cx + w / 2);
            if (x1 - x0 < 1) {
                x0 = cx - w / 2;
                x1 = cx + w / 2;
            }
            out.add(new OcrWord(new String(Character.toChars(cps[i])), new Box(x0 / scale, ink.y / scale,
                    (x1 - x0) / scale, em / scale), Math.max(0, Math.min(1, line.scores()[i]))));
        }
        return out;
    }
}
