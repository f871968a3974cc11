package perfdecl.pdf.scan;

import java.awt.image.BufferedImage;
import java.util.List;
import perfdecl.pdf.OcrEngine;

/** No OCR engine ({@code --ocr none}): never available, so scans are read from their own text layer or refused. */
public final class NoOcr extends OcrEngine {

    public static final NoOcr INSTANCE = new NoOcr();

    private NoOcr() {
    }

    @Override
    public String name() {
        return NONE;
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public String missing() {
        return "OCR is turned off (--ocr none); choose --ocr " + PPOCR + " to OCR it";
    }

    @Override
    public List<OcrWord> readPage(BufferedImage image, double scale) {
        return null;
    }

    @Override
    public List<OcrReading> readBlocks(List<BufferedImage> images) {
        return List.of();
    }

    @Override
    public double[] rereadEnlargements() {
        return new double[0];
    }
}
