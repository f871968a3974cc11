package perfdecl.pdf.scan;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import perfdecl.grid.Box;
import perfdecl.grid.Token;
import perfdecl.pdf.OcrEngine;

/**
 * PP-OCRv4's recogniser run on ONNX Runtime by the scan reader itself ({@link PpOcrRecogniser}), the text lines
 * found from the ink ({@link InkLines}) instead of by a detection network: the model and the native runtime come in
 * jars, so no system package is needed. All the lines of a page, or of the cells it is given, are recognised
 * together in a few batched calls. Each character stands where the recogniser read it along its line (the network
 * step that emitted it), as wide as its kind of character typically is, so gaps on the page stay gaps in the words.
 * The model is loaded once per JVM; calls are serialised.
 */
public final class PpOcr extends OcrEngine {

    public static final PpOcr INSTANCE = new PpOcr();

    private static final double[] ENLARGEMENTS = {1};
    /** A line's crop stands this many line heights off its ink: the margin a detector's box leaves. */
    private static final double PAD_X = 0.3;
    private static final double PAD_Y = 0.2;
    /** Below this mean character score a line of one or two characters is a speck read as text. */
    private static final double SPECK = 0.2;
    /** A blank between two characters' ink this many line heights wide is a gap in the text, not their spacing. */
    private static final double WIDE_GAP = 0.3;
    /**
     * The recogniser reads the hyphen of forms' item names ("继续教育 - 师资进修") as a full-width one, which
     * filers do not type.
     */
    private static final int FULL_WIDTH_HYPHEN = 0xFF0D;
    private static final int THREADS = Integer.getInteger("perfdecl.ocr.threads", 1);
    /**
     * A line read short of its ink ({@link DroppedCharacters}) has its characters' confidence lowered to this, below
     * {@link Token#UNCERTAIN}: the recogniser was sure of each character it kept, but a character is missing, so the
     * cell is read again and a value read from it is reported for a person to check.
     */
    static final double SHORT_OF_INK = Token.UNCERTAIN - 0.05;

    private static final boolean DEBUG = Boolean.getBoolean("perfdecl.ocr.debug");

    /**
     * {@code -Dperfdecl.ocr.dump=DIR} writes every line crop a page's first reading hands the recogniser to DIR as
     * numbered PNGs: the input of bench/RecBench.java, which times recognisers on the very lines a run reads.
     */
    private static final String DUMP = System.getProperty("perfdecl.ocr.dump");
    private static final AtomicInteger DUMPED = new AtomicInteger();

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
    public String missing() {
        return "the PP-OCR recogniser could not be loaded here (" + failure + "); install tesseract-ocr and"
                + " tesseract-ocr-chi-sim and choose --ocr " + TESSERACT + " to OCR it";
    }

    @Override
    public boolean readsCells() {
        return true;
    }

    @Override
    public double[] rereadEnlargements() {
        return ENLARGEMENTS.clone();
    }

    private PpOcrRecogniser recogniser() {
        PpOcrRecogniser r = recogniser;
        if (r != null || failure != null) {
            return r;
        }
        synchronized (lock) {
            if (recogniser == null && failure == null) {
                long start = OcrStageClock.now();
                try {
                    recogniser = new PpOcrRecogniser(THREADS);
                    OcrStageClock.LOAD.addAndGet(OcrStageClock.now() - start);
                } catch (Exception | LinkageError e) {
                    failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            return recogniser;
        }
    }

    @Override
    public List<OcrWord> readPage(BufferedImage image, double scale) {
        return readRegions(image, List.of(new Rectangle(0, 0, image.getWidth(), image.getHeight())), scale);
    }

    @Override
    public List<OcrWord> readRegions(BufferedImage image, List<Rectangle> regions, double scale) {
        long start = OcrStageClock.now();
        List<Rectangle> lines = InkLines.find(image, regions, scale);
        OcrStageClock.FIND.addAndGet(OcrStageClock.now() - start);
        OcrStageClock.PAGES.incrementAndGet();
        List<DroppedCharacters.Ink> inks = new ArrayList<>();
        for (Rectangle l : lines) {
            inks.add(ink(image, l));
        }
        List<PpOcrRecogniser.Line> read = recognise(image, lines, inks);
        if (read == null) {
            return null;
        }
        List<OcrWord> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DroppedCharacters.Ink ink = inks.get(i);
            read.set(i, checked(read.get(i), ink));
            if (DEBUG) {
                System.err.println("line " + lines.get(i) + " " + read.get(i).text() + " ("
                        + ink.check(read.get(i).text(), read.get(i).centres()).evidence() + ")");
            }
            if (!isSpeck(read.get(i))) {
                out.addAll(characters(read.get(i), lines.get(i), crop(image, lines.get(i)), image, scale));
            }
        }
        return out;
    }

    @Override
    public List<OcrReading> readBlocks(List<BufferedImage> images) {
        List<BufferedImage> crops = new ArrayList<>();
        List<DroppedCharacters.Ink> inks = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            BufferedImage image = images.get(i);
            for (Rectangle l : InkLines.find(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()))) {
                Rectangle c = crop(image, l);
                crops.add(image.getSubimage(c.x, c.y, c.width, c.height));
                inks.add(ink(image, l));
                owner.add(i);
            }
        }
        List<PpOcrRecogniser.Line> read = recogniseCrops(crops, inks);
        if (read == null) {
            return List.of();
        }
        read = new ArrayList<>(read);
        for (int k = 0; k < read.size(); k++) {
            read.set(k, checked(read.get(k), inks.get(k)));
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

    private List<PpOcrRecogniser.Line> recognise(BufferedImage image, List<Rectangle> lines,
                                                List<DroppedCharacters.Ink> inks) {
        List<BufferedImage> crops = new ArrayList<>();
        for (Rectangle l : lines) {
            Rectangle c = crop(image, l);
            crops.add(image.getSubimage(c.x, c.y, c.width, c.height));
        }
        if (DUMP != null) {
            dump(crops);
        }
        List<PpOcrRecogniser.Line> read = recogniseCrops(crops, inks);
        return read == null ? null : new ArrayList<>(read);
    }

    /** The line's ink columns as its crop ({@link #crop}) holds them. */
    private static DroppedCharacters.Ink ink(BufferedImage image, Rectangle line) {
        return new DroppedCharacters.Ink(InkLines.inkedColumns(image, line), line.x - crop(image, line).x,
                line.height);
    }

    /** The line as read, its characters' confidence lowered to {@link #SHORT_OF_INK} when its ink says one is lost. */
    static PpOcrRecogniser.Line checked(PpOcrRecogniser.Line line, DroppedCharacters.Ink ink) {
        if (line.text().isBlank()) {
            return line;
        }
        DroppedCharacters.Finding f = ink.check(line.text(), line.centres());
        if (!f.lost()) {
            return line;
        }
        if (DEBUG) {
            System.err.println("short of ink: \"" + line.text() + "\": " + f.evidence());
        }
        float[] scores = line.scores().clone();
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (float) Math.min(scores[i], SHORT_OF_INK);
        }
        return new PpOcrRecogniser.Line(line.text(), scores, line.centres());
    }

    private List<PpOcrRecogniser.Line> recogniseCrops(List<BufferedImage> crops, List<DroppedCharacters.Ink> inks) {
        PpOcrRecogniser r = recogniser();
        if (r == null) {
            return null;
        }
        if (crops.isEmpty()) {
            return List.of();
        }
        try {
            // no lock: an ONNX Runtime session runs concurrent calls, so the page ranges of one bundle and the
            // lanes of a batch recognise side by side (a lock here made --jobs 2 as slow as --jobs 1)
            long start = OcrStageClock.now();
            List<PpOcrRecogniser.Line> read = r.read(crops, inks);
            OcrStageClock.RECOGNISE.addAndGet(OcrStageClock.now() - start);
            OcrStageClock.LINES.addAndGet(crops.size());
            OcrStageClock.CHARACTERS.addAndGet(read.stream().mapToLong(l -> l.text().length()).sum());
            return read;
        } catch (Exception e) {
            return null;
        }
    }

    private static void dump(List<BufferedImage> crops) {
        for (BufferedImage crop : crops) {
            try {
                ImageIO.write(crop, "png", new File(DUMP, String.format(Locale.ROOT, "%06d.png",
                        DUMPED.incrementAndGet())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
            text.append(asPrinted(l.text().strip()));
            for (float s : l.scores()) {
                min = Math.min(min, s);
                sum += s;
                chars++;
            }
        }
        return text.length() == 0 ? null : new OcrReading(text.toString(), chars == 0 ? 0 : min,
                chars == 0 ? 0 : sum / chars);
    }

    // a cell's re-read maps the hyphen as the page's reading does, or the same ink reads two ways
    private static int asPrinted(int cp) {
        return cp == FULL_WIDTH_HYPHEN ? '-' : cp;
    }

    private static String asPrinted(String text) {
        return text.replace((char) FULL_WIDTH_HYPHEN, '-');
    }

    /**
     * The line's characters in page points, placed on the line's ink (its column profile): the recogniser says
     * where along the line it read each character (the network step that emitted it, to within a few pixels); the
     * line is cut halfway between neighbouring characters, no further than about a character's width from its
     * centre, and each piece narrowed to the columns that hold ink. Where the blank between two characters' ink is
     * narrow, their boxes meet (the digits of a number stay one word); where it is wide (a space round a dash, a
     * checkbox the recogniser read as nothing), it stays a gap between them. A Chinese character is as high as the
     * line; a Latin letter, digit or sign as high as its own ink, as a text layer's glyph box is.
     */
    static List<OcrWord> characters(PpOcrRecogniser.Line line, Rectangle ink, Rectangle crop, BufferedImage image,
                                     double scale) {
        int[] all = line.text().codePoints().toArray();
        int n = Math.min(all.length, line.centres().length);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!Character.isWhitespace(all[i])) {
                keep.add(i);
            }
        }
        int m = keep.size();
        double em = ink.height;
        boolean[] inked = InkLines.inkedColumns(image, ink);
        double[] c = new double[m];
        double[] left = new double[m], right = new double[m];
        int[] inkFrom = new int[m], inkTo = new int[m];
        for (int k = 0; k < m; k++) {
            int i = keep.get(k);
            c[k] = crop.x + line.centres()[i] - ink.x;
            double reach = (0.5 * RapidOcr.width(all[i]) + 0.35) * em;
            left[k] = Math.max(0, c[k] - reach);
            right[k] = Math.min(ink.width, c[k] + reach);
        }
        for (int k = 0; k + 1 < m; k++) {
            double mid = (c[k] + c[k + 1]) / 2;
            right[k] = Math.min(right[k], mid);
            left[k + 1] = Math.max(left[k + 1], mid);
        }
        for (int k = 0; k < m; k++) {
            int a = Math.max(0, (int) Math.floor(left[k])), b = Math.min(inked.length, (int) Math.ceil(right[k]));
            while (a < b && !inked[a]) {
                a++;
            }
            while (b > a && !inked[b - 1]) {
                b--;
            }
            inkFrom[k] = a;
            inkTo[k] = b;
        }
        List<OcrWord> out = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            int i = keep.get(k);
            double x0, x1;
            if (inkFrom[k] < inkTo[k]) {
                x0 = inkFrom[k];
                x1 = inkTo[k];
                if (k > 0 && inkFrom[k - 1] < inkTo[k - 1] && inkFrom[k] - inkTo[k - 1] < WIDE_GAP * em) {
                    x0 = Math.min(x0, (c[k - 1] + c[k]) / 2);
                }
                if (k + 1 < m && inkFrom[k + 1] < inkTo[k + 1] && inkFrom[k + 1] - inkTo[k] < WIDE_GAP * em) {
                    x1 = Math.max(x1, (c[k] + c[k + 1]) / 2);
                }
            } else {
                // read where there is no ink (a faint stroke): its typical width round where it was read
                double w = Math.max(1, Math.min(right[k] - left[k], RapidOcr.width(all[i]) * em));
                x0 = c[k] - w / 2;
                x1 = c[k] + w / 2;
            }
            double y0 = ink.y, h = em;
            int cp = asPrinted(all[i]);
            if (cp < 0x80 && inkFrom[k] < inkTo[k]) {
                // from its own ink's top down to the line's foot: on the line, and as small as it is
                int[] rows = InkLines.inkedRows(image, new Rectangle(ink.x + inkFrom[k], ink.y,
                        inkTo[k] - inkFrom[k], ink.height));
                y0 = ink.y + rows[0];
                h = Math.max(1, ink.height - rows[0]);
            }
            out.add(new OcrWord(new String(Character.toChars(cp)), new Box((ink.x + x0) / scale, y0 / scale,
                    (x1 - x0) / scale, h / scale), Math.max(0, Math.min(1, line.scores()[i]))));
        }
        return out;
    }
}
