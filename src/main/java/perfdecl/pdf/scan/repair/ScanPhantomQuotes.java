package perfdecl.pdf.scan.repair;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.OcrWord;
import perfdecl.pdf.scan.ScanRaster;

/**
 * Drops the quotation marks OCR invents at the ends of words. Tesseract often starts the first word of a cell with
 * “ or ends a label with ” where the page has no such mark (“考试平台使用费, 项目名称”). A real quotation mark is a
 * small blob in the upper half of the line; where nothing like it is drawn near the word's end, the mark OCR put
 * there is an invention and is dropped.
 */
public final class ScanPhantomQuotes {

    private static final String QUOTES = "“”\"‘’'";

    private ScanPhantomQuotes() {
    }

    /**
     * The word without a leading or trailing quotation mark its ink does not show, its box short of that mark's
     * even share of the width (the share each character gets where OCR words are placed); the same word otherwise.
     */
    public static OcrWord strip(OcrWord word, ScanRaster r) {
        String text = word.text();
        int n = text.codePointCount(0, text.length());
        if (n < 2) {
            return word;
        }
        Box box = word.box();
        double share = box.width() / n;
        int first = text.codePointAt(0), last = text.codePointBefore(text.length());
        if (QUOTES.indexOf(first) >= 0 && isPhantom(word.box(), r, true)) {
            text = text.substring(Character.charCount(first));
            box = new Box(box.x() + share, box.y(), box.width() - share, box.height());
        }
        if (text.codePointCount(0, text.length()) >= 2 && QUOTES.indexOf(last) >= 0
                && isPhantom(word.box(), r, false)) {
            text = text.substring(0, text.length() - Character.charCount(last));
            box = new Box(box.x(), box.y(), box.width() - share, box.height());
        }
        return text.equals(word.text()) ? word : new OcrWord(text, box, word.confidence());
    }

    /**
     * Whether no quotation mark is drawn at the word's start ({@code fromLeft}) or end: no run of inked columns
     * within a character either side of that end (OCR places a word's ends loosely) is a small blob in the upper
     * part of the line.
     */
    static boolean isPhantom(Box box, ScanRaster r, boolean fromLeft) {
        int y0 = (int) Math.floor(box.y() * r.scale), y1 = (int) Math.ceil(box.bottom() * r.scale);
        int h = y1 - y0;
        if (h < 4) {
            return false;
        }
        double end = (fromLeft ? box.x() : box.right()) * r.scale;
        int x0 = (int) Math.floor(end - h), x1 = (int) Math.ceil(end + h);
        boolean anyInk = false;
        for (int x = x0; x < x1; x++) {
            if (!columnInk(r, x, y0, y1)) {
                continue;
            }
            anyInk = true;
            int start = x, bottom = -1;
            for (; x < x1 && columnInk(r, x, y0, y1); x++) {
                for (int y = y0; y < y1; y++) {
                    if (r.inked(x, y)) {
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            if (x - start <= 0.5 * h && bottom <= y0 + 0.6 * h) {
                return false;
            }
        }
        return anyInk;
    }

    private static boolean columnInk(ScanRaster r, int x, int y0, int y1) {
        for (int y = y0; y < y1; y++) {
            if (r.inked(x, y)) {
                return true;
            }
        }
        return false;
    }
}
