package perfdecl.pdf;

import java.awt.image.BufferedImage;
import java.util.List;

/** No OCR engine ({@code --ocr none}): never available, so scans are read from their own text layer or refused. */
final class NoOcr extends OcrEngine {

    static final NoOcr INSTANCE = new NoOcr();

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
    String missing() {
        return "OCR is turned off (--ocr none); choose --ocr " + RAPIDOCR + " to OCR it";
    }

    @Override
    List<OcrWord> readPage(BufferedImage image, double scale) {
        return null;
    }

    @Override
    List<OcrReading> readBlocks(List<BufferedImage> images) {
        return List.of();
    }

    @Override
    double[] rereadEnlargements() {
        return new double[0];
    }
}
