package perfdecl.pdf;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import perfdecl.pdf.scan.NoOcr;
import perfdecl.pdf.scan.OcrReading;
import perfdecl.pdf.scan.OcrWord;
import perfdecl.pdf.scan.PpOcr;
import perfdecl.pdf.scan.RapidOcr;
import perfdecl.pdf.scan.ScanCellOcr;
import perfdecl.pdf.scan.TesseractOcr;
import perfdecl.pdf.scan.repair.ScanReread;

import perfdecl.grid.Box;

/**
 * An OCR engine the scan reader reads page and cell images with: a whole page into positioned words, or cell crops
 * each into a block of text, every reading with the engine's confidence. Engines are chosen by name
 * ({@link #NAMES}); one that cannot run here (not installed, its native code not loadable, or {@code none}) says
 * so through {@link #available()} and {@link #missing()}, and the scan reader then falls back on a scan's own text
 * layer or refuses the file with that reason. Implementations are thread-safe.
 */
public abstract class OcrEngine {

    /**
     * PP-OCR's recogniser run by the scan reader on ONNX Runtime, text lines found from the ink, many lines per
     * call; carried in the jar: no system package needed.
     */
    public static final String PPOCR = "ppocr";
    /** PP-OCR (PaddleOCR's Chinese models) through RapidOCR's native engine, carried in the jar. */
    public static final String RAPIDOCR = "rapidocr";
    /** The {@code tesseract} command with its Simplified Chinese model (Debian packages). */
    public static final String TESSERACT = "tesseract";
    /** No OCR: scans are read from their own text layer, image-only ones refused. */
    public static final String NONE = "none";
    /** The names {@link #named} knows. */
    public static final List<String> NAMES = List.of(PPOCR, RAPIDOCR, TESSERACT, NONE);
    /**
     * The engine used unless another is asked for: {@link #PPOCR}, which reads Chinese scans better than tesseract
     * (bench/OCR.md) and needs no system package, so a machine with only Java reads image-only scans.
     */
    public static final String DEFAULT = PPOCR;

    protected OcrEngine() {
    }

    /** The engine of that name ({@link #NAMES}, any case). */
    public static OcrEngine named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case PPOCR -> PpOcr.INSTANCE;
            case RAPIDOCR -> RapidOcr.INSTANCE;
            case TESSERACT -> TesseractOcr.INSTANCE;
            case NONE -> NoOcr.INSTANCE;
            default -> throw new IllegalArgumentException("unknown OCR engine \"" + name + "\" (one of "
                    + String.join(", ", NAMES) + ")");
        };
    }

    /** The default engine. */
    public static OcrEngine standard() {
        return named(DEFAULT);
    }

    public abstract String name();

    /** Whether the engine can OCR on this machine (probed once per JVM). */
    public abstract boolean available();

    /**
     * Why the engine cannot OCR here, as the end of a refusal ("…; install tesseract-ocr and tesseract-ocr-chi-sim
     * to OCR it").
     */
    public abstract String missing();

    /**
     * Reads a whole page image into words (or text lines) with boxes in page points ({@code scale} pixels per
     * point, top-left origin); {@code null} when the engine failed on it.
     */
    public abstract List<OcrWord> readPage(BufferedImage image, double scale);

    /**
     * Reads the regions of a page image (pixels) into words with boxes in page points, as {@link #readPage} would
     * read each region cut out; {@code null} when the engine failed. An engine that reads many lines at once
     * reads them all together.
     */
    public List<OcrWord> readRegions(BufferedImage image, List<Rectangle> regions, double scale) {
        List<OcrWord> out = new ArrayList<>();
        for (Rectangle r : regions) {
            List<OcrWord> words = readPage(image.getSubimage(r.x, r.y, r.width, r.height), scale);
            if (words == null) {
                return null;
            }
            double dx = r.x / scale, dy = r.y / scale;
            for (OcrWord w : words) {
                Box b = w.box();
                out.add(new OcrWord(w.text(), new Box(b.x() + dx, b.y() + dy, b.width(), b.height()),
                        w.confidence()));
            }
        }
        return out;
    }

    /**
     * Reads cell images, each as one block of text; one reading per image, {@code null} where nothing was read,
     * an empty list when the engine failed.
     */
    public abstract List<OcrReading> readBlocks(List<BufferedImage> images);

    /**
     * Whether the scan reader reads a page cell by cell ({@link ScanCellOcr}) rather than whole: for an engine
     * whose cost does not grow with the number of images it is given.
     */
    public boolean readsCells() {
        return false;
    }

    /**
     * The enlargements a badly read cell is cropped at for a re-read ({@link ScanReread}): the engine reads its
     * crops at each, and the surest reading is weighed against the page's.
     */
    public abstract double[] rereadEnlargements();

    @Override
    public String toString() {
        return name();
    }
}
