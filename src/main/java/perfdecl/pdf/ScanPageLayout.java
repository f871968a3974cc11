package perfdecl.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;

/**
 * Lays out one scanned page without vector rulings: the page is rendered in gray, its skew measured and undone,
 * the table rulings and checkbox squares found in the pixels, the OCR words moved onto the deskewed page, and the
 * result handed to the born-digital {@link PageLayouter}. Misread box glyphs standing where a box is are dropped;
 * each box becomes a mark token read from its ink. Amount cells get their OCR confusions repaired, and cells that
 * still read badly are re-read by tesseract where it is installed (a bounded number per page).
 */
final class ScanPageLayout {

    static final float DPI = 150;
    private static final double SCALE = DPI / 72.0;
    private static final double LOW_CELL_CONFIDENCE = 0.6;

    private ScanPageLayout() {
    }

    /**
     * @param words the page's OCR words in page points as the scan stands (skewed); {@code null} to OCR the page
     *              with tesseract
     * @param rereadBudget how many cells tesseract may re-read on this page
     */
    static ScanPage layout(PDFRenderer renderer, ScanTextLayer.Page page, List<OcrWord> words, int rereadBudget)
            throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(page.page() - 1, DPI, ImageType.GRAY);
        ScanRaster raw = new ScanRaster(image, SCALE);
        double skew = ScanSkew.estimate(raw);
        AffineTransform correction = ScanSkew.correction(skew, raw.width, raw.height);
        BufferedImage straight = Math.abs(skew) < 0.05 ? image : ScanSkew.rotate(image, correction);
        ScanRaster raster = straight == image ? raw : new ScanRaster(straight, SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(raster);
        ScanRaster cleaned = raster.copy();
        ScanRulings.erase(cleaned, lines);
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(cleaned);

        List<ReaderNote> notes = new ArrayList<>();
        List<OcrWord> placed;
        if (words == null) {
            List<OcrWord> read = TesseractOcr.readPage(cleaned.toImage(), SCALE);
            placed = read == null ? List.of() : read;
            if (read == null) {
                notes.add(new ReaderNote("OCR_FAILED", page.page(), null, "tesseract could not read the page image"));
            }
        } else {
            placed = deskew(words, correction);
        }

        List<Box> boxPts = new ArrayList<>();
        Map<Box, Double> markConfidence = new HashMap<>();
        List<Glyph> glyphs = new ArrayList<>();
        for (ScanCheckboxes.Found f : boxes) {
            Box b = new Box(f.x() / SCALE, f.y() / SCALE, f.width() / SCALE, f.height() / SCALE);
            boxPts.add(b);
            markConfidence.put(b, f.confidence());
            glyphs.add(new Glyph(String.format(Locale.ROOT, "pixels ink=%.2f", f.ink()), b, b.bottom(), b.height(),
                    f.checked()));
        }
        List<OcrWord> kept = new ArrayList<>();
        for (OcrWord w : placed) {
            String text = w.text().replace("|", "").replace("_", "").replace("丨", "").strip();
            if (text.isEmpty() || ScanTextPlausibility.isStrokeNoise(text)) {
                continue;
            }
            int n = text.codePointCount(0, text.length());
            double cw = w.box().width() / n;
            int i = 0;
            StringBuilder keptText = new StringBuilder();
            for (int off = 0; off < text.length(); i++) {
                int cp = text.codePointAt(off);
                String ch = new String(Character.toChars(cp));
                off += Character.charCount(cp);
                Box cb = new Box(w.box().x() + i * cw, w.box().y(), cw, w.box().height());
                if (inAnyBox(ch, cb, boxPts)) {
                    continue;
                }
                keptText.append(ch);
                glyphs.add(new Glyph(ch, cb, cb.bottom(), Math.max(cb.height(), 1), null));
            }
            if (keptText.length() > 0) {
                kept.add(new OcrWord(keptText.toString(), w.box(), w.confidence()));
            }
        }

        List<Segment> segments = new ArrayList<>();
        for (ScanRulings.Line l : lines) {
            double at = l.at() / SCALE, from = l.from() / SCALE - 1, to = l.to() / SCALE + 1;
            segments.add(l.horizontal() ? new Segment(from, at, to, at) : new Segment(at, from, at, to));
        }
        List<LayoutRow> rows = PageLayouter.layout(new PageContent(page.page(), page.width(), page.height(),
                glyphs, segments, true));

        Map<Box, Double> cellConfidence = new HashMap<>();
        List<LayoutRow> out = new ArrayList<>();
        int[] budget = {rereadBudget};
        int before = rereadBudget;
        for (LayoutRow row : rows) {
            List<LayoutCell> cells = new ArrayList<>();
            for (LayoutCell c : row.cells()) {
                cells.add(finish(c, page.page(), kept, markConfidence, cellConfidence, notes, straight, budget,
                        words == null));
            }
            out.add(new LayoutRow(row.page(), row.top(), row.table(), row.tableTop(), row.tableBottom(), cells));
        }
        return new ScanPage(out, notes, cellConfidence, markConfidence, skew, before - budget[0]);
    }

    private static List<OcrWord> deskew(List<OcrWord> words, AffineTransform correction) {
        List<OcrWord> out = new ArrayList<>();
        for (OcrWord w : words) {
            Point2D c = ScanSkew.map(correction, w.box().centerX() * SCALE, w.box().centerY() * SCALE);
            double cx = c.getX() / SCALE, cy = c.getY() / SCALE;
            Box b = new Box(cx - w.box().width() / 2, cy - w.box().height() / 2, w.box().width(), w.box().height());
            out.add(new OcrWord(w.text(), b, w.confidence()));
        }
        return out;
    }

    /** What OCR makes of a checkbox: a box-like character, or a speck of punctuation from its frame. */
    private static final String BOX_READINGS = "口回日曰囗田図□☐☑☒■▢◻加团园凶圆|[]()（）「」【】\"“”'‘’。.,，、:：;；*";

    /**
     * Whether a character is a misreading of a detected box: anything centred inside the box, or a box-like
     * character or speck within a box's width of it (OCR word boxes are a few points off the pixels).
     */
    private static boolean inAnyBox(String ch, Box glyph, List<Box> boxes) {
        boolean boxLike = BOX_READINGS.contains(ch);
        for (Box b : boxes) {
            double pad = boxLike ? b.width() : 0;
            if (glyph.centerX() > b.x() - pad && glyph.centerX() < b.right() + pad
                    && glyph.centerY() > b.y() - b.height() * 0.3 && glyph.centerY() < b.bottom() + b.height() * 0.3) {
                return true;
            }
        }
        return false;
    }

    /** Joins CJK text, sets the cell's confidence, repairs amounts and re-reads what still reads badly. */
    private static LayoutCell finish(LayoutCell c, int page, List<OcrWord> words, Map<Box, Double> markConfidence,
                                     Map<Box, Double> cellConfidence, List<ReaderNote> notes, BufferedImage image,
                                     int[] budget, boolean pageWasOcred) {
        if (c.content().isEmpty()) {
            return c;
        }
        CellContent content = ScanCjkText.join(c.content());
        double confidence = 1;
        boolean anyWord = false;
        for (OcrWord w : words) {
            if (inside(w.box(), c.box())) {
                confidence = Math.min(confidence, w.confidence());
                anyWord = true;
            }
        }
        for (Token t : content.tokens()) {
            if (t.isMark() && markConfidence.containsKey(t.box())) {
                confidence = Math.min(confidence, markConfidence.get(t.box()));
            }
        }
        if (!anyWord && !content.text().isEmpty()) {
            confidence = Math.min(confidence, ScanTextPlausibility.TEXT_LAYER);
        }
        String text = content.text();
        boolean hasMarks = content.tokens().stream().anyMatch(Token::isMark);
        if (!hasMarks && ScanAmounts.isDigitLike(text) && !ScanAmounts.isNumber(text)) {
            String repaired = ScanAmounts.repair(text);
            if (repaired != null) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, c.box(),
                        "read \"" + text.replaceAll("\\s+", "") + "\" as \"" + repaired + "\""));
                content = replaced(content, repaired);
                confidence = Math.min(confidence, 0.7);
            }
        }
        boolean needsReread = !hasMarks && (ScanAmounts.isDigitLike(content.text())
                ? !ScanAmounts.isNumber(content.text()) : confidence < LOW_CELL_CONFIDENCE);
        if (needsReread && budget[0] > 0 && !pageWasOcred && TesseractOcr.available()) {
            budget[0]--;
            ScanReread.Outcome r = ScanReread.reread(image, c.box(), SCALE, content.text(), confidence);
            if (r != null) {
                notes.add(new ReaderNote("OCR_REREAD", page, c.box(), r.evidence()));
                if (r.replaced()) {
                    content = replaced(content, r.text());
                    confidence = r.confidence();
                }
            }
        }
        cellConfidence.put(c.box(), confidence);
        return new LayoutCell(c.box(), content, c.continuation(), c.mergedDown());
    }

    private static boolean inside(Box in, Box cell) {
        return in.centerX() >= cell.x() && in.centerX() <= cell.right() && in.centerY() >= cell.y()
                && in.centerY() <= cell.bottom();
    }

    /** The cell's text replaced by another reading: one text token per line. */
    private static CellContent replaced(CellContent old, String text) {
        List<Token> tokens = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                tokens.add(Token.text(lines[i].strip(), i, old.textBox()));
            }
        }
        return new CellContent(text, tokens, old.textBox());
    }
}
