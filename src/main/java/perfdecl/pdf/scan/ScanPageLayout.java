package perfdecl.pdf.scan;

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
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.content.Glyph;
import perfdecl.pdf.content.PageContent;
import perfdecl.pdf.content.Segment;
import perfdecl.pdf.layout.LayoutRow;
import perfdecl.pdf.layout.PageLayouter;
import perfdecl.pdf.scan.repair.ScanCellReview;
import perfdecl.pdf.scan.repair.ScanPhantomQuotes;

/**
 * Lays out one scanned page without vector rulings: the page is rendered in gray, its skew measured and undone,
 * the table rulings and checkbox squares found in the pixels, the OCR words moved onto the deskewed page, and the
 * result handed to the born-digital {@link PageLayouter}. Misread box glyphs standing where a box is are dropped;
 * each box becomes a mark token read from its ink. Amount cells get their OCR confusions repaired, and cells that
 * still read badly are re-read by tesseract where it is installed (a bounded number per page).
 */
public final class ScanPageLayout {

    private static final ScanOrientation.Turn UPRIGHT = new ScanOrientation.Turn(0, 1);


    static final float DPI = 150;
    private static final double SCALE = DPI / 72.0;
    /** Mean word confidence of a page reading that is not worth a second one. */
    private static final double SURE_PAGE = 0.9;
    /** How much surer on average a second reading of a page must be to replace the first. */
    private static final double CLEARLY_SURER = 0.02;

    private ScanPageLayout() {
    }

    /**
     * @param words the page's OCR words in page points as the scan stands (skewed); {@code null} to OCR the page
     *              with {@code ocr}
     * @param reocr whether to OCR the deskewed page with {@code ocr} (when it can run) rather than trust the text
     *              layer, which an OCR of the skewed, ruled, noisy scan fills with misreadings
     * @param rereadBudget how many cells {@code ocr} may re-read on this page
     */
    public static ScanPage layout(PDFRenderer renderer, ScanTextLayer.Page page, List<OcrWord> words, boolean reocr,
                           int rereadBudget, OcrEngine ocr) throws IOException {
        long start = OcrStageClock.now();
        try {
            return layOut(renderer, page, words, reocr, rereadBudget, ocr);
        } finally {
            OcrStageClock.LAYOUT.addAndGet(OcrStageClock.now() - start);
            OcrStageClock.SCANNED.incrementAndGet();
        }
    }

    private static ScanPage layOut(PDFRenderer renderer, ScanTextLayer.Page page, List<OcrWord> words, boolean reocr,
                                   int rereadBudget, OcrEngine ocr) throws IOException {
        long start = OcrStageClock.now();
        ScanPreprocess.Prepared prepared = ScanPreprocess.prepare(
                renderer.renderImageWithDPI(page.page() - 1, DPI, ImageType.RGB));
        OcrStageClock.PREPARE.addAndGet(OcrStageClock.now() - start);
        List<ReaderNote> notes = new ArrayList<>();
        BufferedImage image = prepared.text(), marksImage = prepared.marks(), penImage = prepared.pen(),
                penWholeImage = prepared.penWhole();
        int rawWidth = image.getWidth(), rawHeight = image.getHeight();
        // a page drawn in vectors (a born-digital PDF whose text could not be used) is rendered as it is shown,
        // upright by construction: only a scanned image can stand turned
        boolean vector = isVectorPage(page);
        ScanOrientation.Turn quarter = vector ? UPRIGHT : ScanOrientation.quarterTurn(new ScanRaster(image, SCALE));
        AffineTransform toPage = ScanOrientation.transform(quarter.degrees(), rawWidth, rawHeight);
        boolean coloured = prepared.chromatic() > 0;
        image = ScanOrientation.turn(image, quarter.degrees());
        marksImage = coloured ? ScanOrientation.turn(marksImage, quarter.degrees()) : null;
        penImage = coloured ? ScanOrientation.turn(penImage, quarter.degrees()) : null;
        penWholeImage = coloured ? ScanOrientation.turn(penWholeImage, quarter.degrees()) : null;
        ScanRaster raw = new ScanRaster(image, SCALE);
        double skew = ScanSkew.estimate(raw);
        AffineTransform correction = ScanSkew.correction(skew, raw.width, raw.height);
        boolean level = Math.abs(skew) < 0.05;
        BufferedImage straight = level ? image : ScanSkew.rotate(image, correction);
        BufferedImage marks = level || !coloured ? marksImage : ScanSkew.rotate(marksImage, correction);
        BufferedImage pen = level || !coloured ? penImage : ScanSkew.rotate(penImage, correction);
        BufferedImage penWhole = level || !coloured ? penWholeImage : ScanSkew.rotate(penWholeImage, correction);
        ScanRaster raster = straight == image ? raw : new ScanRaster(straight, SCALE);
        List<ScanRulings.Line> lines = ScanRulings.ruled(raster);
        ScanRaster cleaned = raster.copy();
        ScanRulings.erase(cleaned, lines);
        AffineTransform backToScan = inverse(correction);
        int[] strips = turnedStrips(prepared.strips(), quarter.degrees());
        int width = raster.width, height = raster.height;
        ScanOrientation.Turn half = vector ? UPRIGHT : ScanOrientation.halfTurn(lines, cleaned,
                (x, y) -> ScanRulings.atScanEdge(x, y, width, height, backToScan, strips));
        if (!vector && half.confidence() < 1 && reocr && ocr.available()) {
            half = ScanReadTurn.settle(withoutRulings(straight, lines), SCALE, half, ocr);
        }
        toPage.preConcatenate(correction);
        AffineTransform toScan = inverse(correction);
        if (half.degrees() == 180) {
            toPage.preConcatenate(ScanOrientation.transform(180, raster.width, raster.height));
            toScan.concatenate(ScanOrientation.transform(180, raster.width, raster.height));
            straight = ScanOrientation.turn(straight, 180);
            marks = coloured ? ScanOrientation.turn(marks, 180) : null;
            pen = coloured ? ScanOrientation.turn(pen, 180) : null;
            penWhole = coloured ? ScanOrientation.turn(penWhole, 180) : null;
            raster = new ScanRaster(straight, SCALE);
            lines = ScanRulings.ruled(raster);
            cleaned = raster.copy();
            ScanRulings.erase(cleaned, lines);
        }
        lines = ScanRulings.withFaintRows(raster, lines);
        boolean rowsLost = ScanRulings.rowsLost(lines, raster.height), rowsCarried = false;
        if (ScanLostRows.everyRowLost(lines)) {
            // a 1-bit copy may have lost every row rule, and the column rulings that met none with them
            List<ScanRulings.Line> restored = ScanLostRows.restored(cleaned, lines, ScanRulings.verticalRuns(raster));
            rowsLost |= !restored.equals(lines);
            lines = restored;
        } else {
            // or a pale row rule in some columns only
            List<ScanRulings.Line> carried = ScanCarriedRows.carried(cleaned, lines);
            rowsCarried = !carried.equals(lines);
            lines = carried;
        }
        int turned = (quarter.degrees() + half.degrees()) % 360;
        if (turned == 90 && half.degrees() == 180) {
            turned = 270;
        }
        noteTurn(notes, page.page(), turned, Math.min(quarter.confidence(), half.confidence()));
        boolean sideways = quarter.degrees() % 180 != 0;
        double pageWidth = sideways ? page.height() : page.width(), pageHeight = sideways ? page.width() : page.height();
        List<ScanCheckboxes.Found> boxes = ScanBracketBoxes.add(ScanCheckboxes.find(cleaned), cleaned);
        double boxSide = ScanCheckboxes.commonSide(boxes);
        // a ring drawn round an option in black pen, or in any pen on a grey scan, is in the print image: it
        // ticks the box it holds and is no text. It is looked for where the table's rulings are erased but not
        // where it crosses them, nor where its flat top or bottom passed for a ruling of its own
        ScanRaster ringView = raster.copy();
        List<ScanRulings.Line> table = ScanRulings.framed(lines, raster.width, SCALE);
        ScanRulings.eraseKeepingCrossings(ringView, table, raster);
        List<ScanPenRings.Ring> printedRings = ScanPenRings.besideBoxes(boxes, ScanPenRings.find(ringView, boxSide,
                (x, y) -> ScanRulings.underAny(table, x, y), boxes), cleaned);
        List<ScanRulings.Line> offRings = ScanPenRings.offRings(lines, printedRings);
        if (offRings.size() < lines.size()) {
            // the ring's stroke erased as a ruling cut into the label and the box it runs along
            lines = offRings;
            cleaned = raster.copy();
            ScanRulings.erase(cleaned, lines);
            boxes = ScanBracketBoxes.add(ScanCheckboxes.find(cleaned), cleaned);
        }
        boxes = ScanPenRings.withoutRingCrossed(ScanPenRings.withoutRingSides(boxes, printedRings), printedRings);
        ScanPenRings.erase(cleaned, printedRings);
        boxes = ScanPenRings.mark(boxes, printedRings, cleaned);
        if (coloured) {
            // ticks made by coloured pen are not in the print image the boxes were found on: read their ink
            // from the luminance, where the pen shows
            ScanRaster penned = new ScanRaster(marks, SCALE);
            ScanRulings.erase(penned, lines);
            // a stroke is followed whole (a ring round a box is one shape only so), a box filled in by the pen's
            // bluer middle alone (its dull edges make the blot larger than a box)
            ScanRaster penInk = new ScanRaster(pen, SCALE), strokes = new ScanRaster(penWhole, SCALE);
            boxes = ScanCheckboxes.penFilled(ScanCheckboxes.penTicks(ScanCheckboxes.remeasure(boxes, penned), strokes),
                    penInk);
            boxes = ScanPenRings.mark(boxes, ScanPenRings.find(strokes, boxSide), cleaned);
        }

        List<ScanRulings.Line> framed = ScanRulings.closeCutFrame(lines, raster.width, raster.height, toScan,
                turnedStrips(prepared.strips(), quarter.degrees()));
        if (ScanRulings.cut(lines, framed)) {
            notes.add(new ReaderNote("SCAN_FRAME_CUT", page.page(), null, "page " + page.page() + ": the table"
                    + " runs off the scanned image (shifted or cropped); its frame was closed at the image's edge,"
                    + " and whatever stood beyond the edge is lost"));
        }
        List<OcrWord> placed = null;
        boolean pageOcr = reocr && ocr.available();
        if (pageOcr) {
            BufferedImage ocrImage = withoutRulings(straight, lines);
            ScanPenRings.erase(ocrImage, printedRings);
            ScanMarkedBoxes.eraseRunOut(ocrImage, cleaned, boxes);
            placed = isVectorPage(page) ? readVectorPage(ocrImage, ocr, segments(lines))
                    : ocr.readsCells() ? ScanCellOcr.read(ocr, ocrImage, segments(framed), SCALE)
                    : ocr.readPage(ocrImage, SCALE);
            if (placed == null) {
                notes.add(new ReaderNote("OCR_FAILED", page.page(), null, words == null
                        ? ocr.name() + " could not read the page image" : ocr.name() + " could not read the page"
                        + " image; the scan's own text layer was used"));
            }
        }
        if (placed == null) {
            placed = words == null ? List.of() : deskew(words, toPage);
        }

        ScanRaster erased = cleaned;
        List<OcrWord> ordered = ScanSpecks.strip(ScanSpeckMarks.strip(ScanWordOrder.untangle(
                ScanWordHeights.fit(placed, erased)).stream().map(w -> ScanPhantomQuotes.strip(w, erased)).toList(),
                erased));
        boxes = ScanBareTicks.add(boxes, cleaned, ordered);
        // a note or a signature written on the form is no print: read as words it becomes a row of its own
        ordered = ScanHandwriting.strip(ordered, cleaned, coloured ? new ScanRaster(pen, SCALE) : null, page.page(),
                notes);
        List<Box> sureBoxes = new ArrayList<>();
        Map<Box, Double> markConfidence = new HashMap<>();
        List<Glyph> glyphs = new ArrayList<>();
        for (ScanCheckboxes.Found f : boxes) {
            Box b = new Box(f.x() / SCALE, f.y() / SCALE, f.width() / SCALE, f.height() / SCALE);
            // OCR may read one word through a box and the gap beyond it (two labels run together): a square set
            // apart from the text round it by paper is a box whatever OCR read there
            if (!ScanCheckboxes.setApart(cleaned, f.x(), f.y(), f.width(), f.height())
                    && ScanBoxOrCharacter.isCharacter(b, f.confidence(), ordered, BOX_READINGS)) {
                continue;
            }
            if (f.confidence() >= ScanBoxOrCharacter.SURE) {
                sureBoxes.add(b);
            }
            markConfidence.put(b, f.confidence());
            glyphs.add(new Glyph(String.format(Locale.ROOT, "pixels ink=%.2f", f.ink()), b, b.bottom(), b.height(),
                    f.checked()));
        }
        List<OcrWord> kept = new ArrayList<>();
        for (OcrWord w : ordered) {
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
                if (inAnyBox(ch, cb, sureBoxes)) {
                    continue;
                }
                keptText.append(ch);
                glyphs.add(new Glyph(ch, cb, cb.bottom(), Math.max(cb.height(), 1), null));
            }
            if (keptText.length() > 0) {
                kept.add(new OcrWord(keptText.toString(), w.box(), w.confidence()));
            }
        }

        ScanEdgeWords.note(kept, erased, toScan, strips, SCALE, page.page(), notes);
        if (rowsLost) {
            notes.add(new ReaderNote("SCAN_ROWS_LOST", page.page(), null, "page " + page.page() + ": the table's"
                    + " column rulings were found but not its row rulings (a 1-bit copy or a faint print lost them);"
                    + (ScanRulings.rowsLost(framed, raster.height) ? " cells of several rows may have been read as one"
                    : " its rows were parted where the text leaves a blank band across the table, so a cell's"
                    + " paragraphs set a blank line apart may have been read as two rows")));
        } else if (rowsCarried) {
            notes.add(new ReaderNote("SCAN_ROWS_LOST", page.page(), null, "page " + page.page() + ": row rulings"
                    + " the scan lost across some of the table's columns were carried on from the columns that kept"
                    + " them, where the text leaves a blank band between two rows; check the values of those rows"));
        }
        List<LayoutRow> rows = PageLayouter.layout(new PageContent(page.page(), pageWidth, pageHeight,
                glyphs, segments(framed), true));

        ScanCellReview.Reviewed reviewed = ScanCellReview.review(rows, page.page(), kept, markConfidence, notes,
                straight, cleaned, rereadBudget, pageOcr, ocr);
        return new ScanPage(reviewed.rows(), notes, reviewed.cellConfidence(), markConfidence, skew,
                reviewed.rereads());
    }

    /** The strips (left, top, right, bottom) of an image as they stand once it is turned {@code degrees} clockwise. */
    static int[] turnedStrips(int[] s, int degrees) {
        return switch (degrees) {
            case 90 -> new int[] {s[3], s[0], s[1], s[2]};
            case 180 -> new int[] {s[2], s[3], s[0], s[1]};
            case 270 -> new int[] {s[1], s[2], s[3], s[0]};
            default -> s;
        };
    }

    private static AffineTransform inverse(AffineTransform t) {
        try {
            return t.createInverse();
        } catch (java.awt.geom.NoninvertibleTransformException e) {
            throw new IllegalStateException("a rotation is invertible", e);
        }
    }

    /** The rulings found in the pixels as segments in page points. */
    private static List<Segment> segments(List<ScanRulings.Line> lines) {
        List<Segment> segments = new ArrayList<>();
        for (ScanRulings.Line l : lines) {
            double at = l.at() / SCALE, from = l.from() / SCALE - 1, to = l.to() / SCALE + 1;
            segments.add(l.horizontal() ? new Segment(from, at, to, at) : new Segment(at, from, at, to));
        }
        return segments;
    }

    /**
     * Says that a page was read turned, and warns where its orientation could not be told surely (a page with
     * little ink or none of the form's usual layout), turned or not, so a reading of a page upside down is never
     * silent.
     */
    static void noteTurn(List<ReaderNote> notes, int page, int degrees, double confidence) {
        if (degrees != 0) {
            notes.add(new ReaderNote("SCAN_PAGE_TURNED", page, null, String.format(Locale.ROOT,
                    "page %d was scanned turned: read it turned %d° clockwise (confidence %.2f)", page, degrees,
                    confidence)));
        }
        // a page read as it stands on weak evidence may as well lie upside down: unsure either way is said
        if (confidence < ScanOrientation.SURE) {
            notes.add(new ReaderNote("SCAN_ORIENTATION_UNSURE", page, null, String.format(Locale.ROOT,
                    "page %d: which way up it stands is unsure (confidence %.2f); %s", page, confidence,
                    degrees == 0 ? "read as it stands" : "read turned " + degrees + "°")));
        }
    }

    /**
     * OCR of a page drawn in vectors, its hairline strokes made heavier ({@link ScanStrokeWeight#thicken}). Where
     * tesseract was not sure of that reading, the page is read again with its strokes only widened
     * ({@link ScanStrokeWeight#widen}), and that reading kept if OCR was clearly surer of it: thickened, the lines of
     * a tight two-line cell can close up into one, which shows as a page of doubtful words.
     */
    private static List<OcrWord> readVectorPage(BufferedImage page, OcrEngine ocr, List<Segment> rulings) {
        List<OcrWord> thick = read(ocr, ScanStrokeWeight.thicken(page), rulings);
        if (thick != null && meanConfidence(thick) >= SURE_PAGE) {
            return thick;
        }
        List<OcrWord> wide = read(ocr, ScanStrokeWeight.widen(page), rulings);
        if (thick == null || wide == null) {
            return thick == null ? wide : thick;
        }
        return meanConfidence(wide) >= meanConfidence(thick) + CLEARLY_SURER ? wide : thick;
    }

    /** The page read by its cells where the engine reads cells, else whole. */
    private static List<OcrWord> read(OcrEngine ocr, BufferedImage page, List<Segment> rulings) {
        return ocr.readsCells() ? ScanCellOcr.read(ocr, page, rulings, SCALE) : ocr.readPage(page, SCALE);
    }

    static double meanConfidence(List<OcrWord> words) {
        return words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
    }

    /**
     * Whether a page is drawn in vectors rather than being one page-sized image (a scan): its render has hairline
     * strokes, which OCR reads only once thickened ({@link ScanStrokeWeight}).
     */
    static boolean isVectorPage(ScanTextLayer.Page page) {
        return page.imageCoverage() < ScanGridReader.PAGE_IMAGE;
    }

    /** The deskewed page with its rulings painted over in paper white: lines next to text make OCR invent strokes. */
    static BufferedImage withoutRulings(BufferedImage straight, List<ScanRulings.Line> lines) {
        BufferedImage out = new BufferedImage(straight.getWidth(), straight.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.setData(straight.getData());
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            for (ScanRulings.Line l : lines) {
                int half = l.thickness() / 2 + 2, c = (int) Math.round(l.at());
                if (l.horizontal()) {
                    g.fillRect(l.from(), c - half, l.to() - l.from(), 2 * half + 1);
                } else {
                    g.fillRect(c - half, l.from(), 2 * half + 1, l.to() - l.from());
                }
            }
        } finally {
            g.dispose();
        }
        return out;
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
    private static final String BOX_READINGS = "口回日曰囗田図□☐☑☒■▢◻√✓✔加团园凶圆|[]()（）「」【】\"“”'‘’。.,，、:：;；*";

    /**
     * Whether a character is a misreading of a detected box: a box-like character or speck within a box's width
     * of it (OCR word boxes are a few points off the pixels). Other characters stay even where they overlap a
     * box: OCR boxes are too loose to tell a label's last character from the box beside it.
     */
    private static boolean inAnyBox(String ch, Box glyph, List<Box> boxes) {
        if (!BOX_READINGS.contains(ch)) {
            return false;
        }
        for (Box b : boxes) {
            if (glyph.centerY() > b.y() - b.height() * 0.3 && glyph.centerY() < b.bottom() + b.height() * 0.3
                    && glyph.centerX() > b.x() - b.width() && glyph.centerX() < b.right() + b.width()) {
                return true;
            }
        }
        return false;
    }

}
