package perfdecl.pdf.scan.repair;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.layout.CellContent;
import perfdecl.pdf.layout.LayoutCell;
import perfdecl.pdf.layout.LayoutRow;
import perfdecl.pdf.scan.OcrReading;
import perfdecl.pdf.scan.OcrWord;
import perfdecl.pdf.scan.ScanRaster;
import perfdecl.pdf.scan.ScanTextPlausibility;

/**
 * Reviews the cells of one laid-out scanned page: joins Chinese text, gives each cell the lowest confidence of
 * the words and marks read into it, repairs OCR confusions in amounts and target values, and has tesseract re-read
 * the cells that still fail (an amount that is no number, a short cell read with low confidence), all of a page's
 * crops in one tesseract run, at most {@code budget} of them, amounts first.
 */
public final class ScanCellReview {

    /**
     * Cells read below this are read again: above {@link Token#UNCERTAIN}, where a value is reported, since a
     * cell read just above it is as often misread (a re-read costs some 20 ms).
     */
    private static final double LOW_CELL_CONFIDENCE = 0.7;
    /** Labels, indicator names and targets: short cells whose misreading costs a field, worth a re-read. */
    private static final int SHORT_CELL = 24;
    private static final double REPAIRED = 0.7;
    /** Below {@link Token#UNCERTAIN}: two readings neither of which wins. */
    private static final double UNSURE = 0.55;

    private ScanCellReview() {
    }

    /** The page's rows with reviewed cells, each cell's confidence by its rectangle, and the re-reads spent. */
    public record Reviewed(List<LayoutRow> rows, Map<Box, Double> cellConfidence, int rereads) {
    }

    private static final class Draft {
        final int row, cell;
        final LayoutCell original;
        CellContent content;
        double confidence;
        boolean amount, reread, inkOnly;

        Draft(int row, int cell, LayoutCell original) {
            this.row = row;
            this.cell = cell;
            this.original = original;
        }
    }

    /**
     * @param pageWasOcred the words come from tesseract's own reading of the page, so only short cells and
     *                     amounts are worth reading again
     */
    public static Reviewed review(List<LayoutRow> rows, int page, List<OcrWord> words, Map<Box, Double> markConfidence,
                           List<ReaderNote> notes, BufferedImage image, ScanRaster cleaned, int budget,
                           boolean pageWasOcred, OcrEngine ocr) {
        double scale = cleaned.scale;
        List<Draft> drafts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).cells().size(); c++) {
                LayoutCell cell = rows.get(r).cells().get(c);
                if (!cell.content().isEmpty()) {
                    Draft d = new Draft(r, c, cell);
                    firstReading(d, page, words, markConfidence, notes, cleaned, pageWasOcred);
                    drafts.add(d);
                } else if (rows.get(r).table() && !cell.continuation() && hasInk(cleaned, cell.box())) {
                    // OCR's page layout skips text it takes for a picture, often a label in a narrow cell
                    Draft d = new Draft(r, c, cell);
                    d.content = cell.content();
                    d.confidence = 0;
                    d.reread = true;
                    d.inkOnly = true;
                    drafts.add(d);
                }
            }
        }
        List<Draft> rereads = new ArrayList<>(drafts.stream().filter(d -> d.reread).toList());
        rereads.sort(Comparator.comparing((Draft d) -> !(d.amount || d.inkOnly)).thenComparingDouble(d -> d.confidence));
        double[] enlargements = ocr.rereadEnlargements();
        if (budget <= 0 || !ocr.available() || enlargements.length == 0) {
            rereads.clear();
        } else if (rereads.size() > budget) {
            rereads = rereads.subList(0, budget);
        }
        List<BufferedImage> crops = new ArrayList<>();
        List<Draft> cropped = new ArrayList<>();
        for (Draft d : rereads) {
            List<BufferedImage> variants = ScanReread.crops(image, d.original.box(), scale, enlargements);
            if (!variants.isEmpty()) {
                crops.addAll(variants);
                cropped.add(d);
            }
        }
        List<OcrReading> readings = crops.isEmpty() ? List.of() : ocr.readBlocks(crops);
        int perCell = enlargements.length;
        for (int i = 0; i < cropped.size() && (i + 1) * perCell <= readings.size(); i++) {
            Draft d = cropped.get(i);
            ScanReread.Outcome o = ScanReread.choose(d.content.text(), d.confidence,
                    readings.subList(i * perCell, (i + 1) * perCell), ocr.name());
            if (o == null) {
                continue;
            }
            // a re-read that changed nothing is not worth the user's attention; one that did is shown with both
            if (o.replaced()) {
                notes.add(new ReaderNote("OCR_REREAD", page, d.original.box(), o.evidence()));
                d.content = replaced(d.content, o.text(), d.original.box());
                d.confidence = o.confidence();
            }
        }
        for (Draft d : drafts) {
            boolean hasMarks = d.content.tokens().stream().anyMatch(Token::isMark);
            ScanBrackets.Review inked = hasMarks ? null : ScanBrackets.review(d.content.text(), cleaned, d.original.box());
            if (inked != null) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read \"" + d.content.text()
                        + "\" as \"" + inked.text() + "\" (the brackets' shape in the image: " + inked.evidence() + ")"));
                d.content = replaced(d.content, inked.text(), d.original.box());
                d.confidence = Math.max(d.confidence, REPAIRED);
            }
            String brackets = hasMarks ? null : ScanCjkText.repairBrackets(d.content.text());
            if (brackets != null) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read \"〈\" closed by \")\" as"
                        + " \"(\" in \"" + oneLine(d.content.text()) + "\""));
                d.content = replaced(d.content, brackets, d.original.box());
            }
            String quotes = ScanCjkText.pairQuotes(d.content.text());
            if (quotes != null) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read a straight quote paired with"
                        + " a curly one as curly in \"" + oneLine(d.content.text()) + "\""));
                d.content = hasMarks ? quotesPaired(d.content, quotes) : replaced(d.content, quotes, d.original.box());
            }
            String wide = hasMarks ? null : ScanCjkText.fullWidthPunctuation(d.content.text());
            if (wide != null && !wide.equals(d.content.text())) {
                d.content = replaced(d.content, wide, d.original.box());
            }
            InkReview round = hasMarks ? null
                    : ScanBracketWidths.review(d.content.text(), cleaned, d.original.box());
            if (round != null && !round.text().equals(d.content.text())) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read \"" + oneLine(d.content.text())
                        + "\" as \"" + oneLine(round.text()) + "\" (the blank round the bracket in the image: "
                        + round.evidence() + ")"));
                d.content = replaced(d.content, round.text(), d.original.box());
                d.confidence = Math.min(d.confidence, REPAIRED);
            }
            if (round != null && round.unsure()) {
                notes.add(new ReaderNote("OCR_REREAD", page, d.original.box(), "a bracket in \""
                        + oneLine(d.content.text()) + "\" may be half- or full-width (" + round.evidence() + ")"));
                d.confidence = Math.min(d.confidence, UNSURE);
            }
            InkReview widths = hasMarks ? null
                    : ScanSemicolons.review(d.content.text(), cleaned, d.original.box());
            if (widths != null && !widths.text().equals(d.content.text())) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read \"" + oneLine(d.content.text())
                        + "\" as \"" + oneLine(widths.text()) + "\" (the blank round the mark in the image: "
                        + widths.evidence() + ")"));
                d.content = replaced(d.content, widths.text(), d.original.box());
                d.confidence = Math.min(d.confidence, REPAIRED);
            }
            if (widths != null && widths.unsure()) {
                notes.add(new ReaderNote("OCR_REREAD", page, d.original.box(), "a semicolon or colon in \""
                        + oneLine(d.content.text()) + "\" may be half- or full-width (" + widths.evidence() + ")"));
                d.confidence = Math.min(d.confidence, UNSURE);
            }
            InkReview dashes = hasMarks ? null : ScanDashes.review(d.content.text(), cleaned, d.original.box());
            if (dashes != null && !dashes.text().equals(d.content.text())) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read \"" + d.content.text()
                        + "\" as \"" + dashes.text() + "\" (the bar's shape in the image: " + dashes.evidence() + ")"));
                d.content = replaced(d.content, dashes.text(), d.original.box());
                d.confidence = Math.min(d.confidence, REPAIRED);
            }
            if (dashes != null && dashes.unsure()) {
                notes.add(new ReaderNote("OCR_REREAD", page, d.original.box(), "a bar in \"" + d.content.text()
                        + "\" may be a dash or 一 (" + dashes.evidence() + ")"));
                d.confidence = Math.min(d.confidence, UNSURE);
            }
            InkReview doubled = hasMarks ? null : ScanDoubledAmounts.review(d.content.text(), cleaned, d.original.box());
            if (doubled != null && !doubled.unsure()) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read \"" + oneLine(d.content.text())
                        + "\" as \"" + doubled.text() + "\" (" + doubled.evidence() + ")"));
                d.content = replaced(d.content, doubled.text(), d.original.box());
                d.confidence = Math.min(d.confidence, REPAIRED);
            }
            if (doubled != null && doubled.unsure()) {
                notes.add(new ReaderNote("OCR_REREAD", page, d.original.box(), "may be one amount read twice or two"
                        + " amounts run together: " + doubled.evidence()));
                d.confidence = Math.min(d.confidence, UNSURE);
            }
            String percent = hasMarks ? null : ScanAmounts.repairPercentTail(d.content.text());
            if (percent != null) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read \"" + d.content.text()
                        + "\" as \"" + percent + "\""));
                d.content = replaced(d.content, percent, d.original.box());
                d.confidence = Math.min(d.confidence, REPAIRED);
            }
            String signed = hasMarks ? null : ScanSigns.repair(d.content.text(), cleaned, d.original.box());
            if (signed == null && !hasMarks && rows.get(d.row).table()) {
                signed = ScanSigns.lone(d.content.text(), cleaned, d.original.box());
            }
            if (signed != null) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read \"" + d.content.text()
                        + "\" as \"" + signed + "\" (the sign's shape in the image)"));
                d.content = replaced(d.content, signed, d.original.box());
                d.confidence = Math.min(d.confidence, REPAIRED);
            }
            ScanInlineSigns.Review inline = hasMarks ? null
                    : ScanInlineSigns.repair(d.content.text(), cleaned, d.original.box());
            if (inline != null) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, d.original.box(), "read \""
                        + oneLine(d.content.text()) + "\" as \"" + oneLine(inline.text())
                        + "\" (the signs' shape in the image: " + inline.evidence() + ")"));
                d.content = replaced(d.content, inline.text(), d.original.box());
                d.confidence = Math.min(d.confidence, REPAIRED);
            }
        }
        Map<Box, Double> confidence = new HashMap<>();
        List<List<LayoutCell>> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(new ArrayList<>(r.cells())));
        for (Draft d : drafts) {
            LayoutCell o = d.original;
            if (d.content.isEmpty()) {
                continue;
            }
            cells.get(d.row).set(d.cell, new LayoutCell(o.box(), d.content, o.continuation(), o.mergedDown()));
            confidence.put(o.box(), d.confidence);
        }
        List<LayoutRow> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            LayoutRow row = rows.get(r);
            out.add(new LayoutRow(row.page(), row.top(), row.table(), row.tableTop(), row.tableBottom(), cells.get(r)));
        }
        return new Reviewed(out, confidence, cropped.size());
    }

    private static void firstReading(Draft d, int page, List<OcrWord> words, Map<Box, Double> markConfidence,
                                     List<ReaderNote> notes, ScanRaster cleaned, boolean pageWasOcred) {
        Box box = d.original.box();
        CellContent content = ScanCjkText.join(d.original.content());
        double confidence = 1;
        boolean anyWord = false;
        for (OcrWord w : words) {
            if (w.box().centerX() >= box.x() && w.box().centerX() <= box.right() && w.box().centerY() >= box.y()
                    && w.box().centerY() <= box.bottom()) {
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
        boolean hasMarks = content.tokens().stream().anyMatch(Token::isMark);
        if (!hasMarks) {
            String text = content.text();
            String repaired = ScanAmounts.isDigitLike(text) ? ScanAmounts.repair(text) : null;

            if (repaired == null) {
                repaired = ScanAmounts.repairAtLeast(text);
            }
            if (repaired != null) {
                notes.add(new ReaderNote("OCR_REPAIRED", page, box,
                        "read \"" + text.replace('\n', ' ') + "\" as \"" + repaired + "\""));
                content = replaced(content, repaired, box);
                confidence = Math.min(confidence, REPAIRED);
            }
        }
        d.content = content;
        d.confidence = confidence;
        d.amount = !hasMarks && ScanAmounts.isDigitLike(content.text());
        d.reread = !hasMarks && (d.amount ? !ScanAmounts.isNumber(content.text())
                : confidence < LOW_CELL_CONFIDENCE && (!pageWasOcred || content.text().length() <= SHORT_CELL));
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }

    /** Ink in the cell's inside, away from its rulings: more than a speck or two. */
    private static boolean hasInk(ScanRaster cleaned, Box cell) {
        int inset = (int) Math.ceil(2 * cleaned.scale);
        int x0 = (int) (cell.x() * cleaned.scale) + inset, y0 = (int) (cell.y() * cleaned.scale) + inset;
        int x1 = (int) (cell.right() * cleaned.scale) - inset, y1 = (int) (cell.bottom() * cleaned.scale) - inset;
        return x1 > x0 && y1 > y0 && cleaned.ink(x0, y0, x1, y1) > 0.01;
    }

    /** The cell's text replaced by another reading: one text token per line. */
    /**
     * The cell with its text's quotes as {@code paired} ({@link ScanCjkText#pairQuotes} of it) has them. Only quote
     * characters change, one for one, so the cell's tokens keep their places and any mark among them: an
     * enclosed character such as 园 taken for a box leaves a mark in a text cell, which must not cost the cell
     * this repair.
     */
    static CellContent quotesPaired(CellContent content, String paired) {
        String text = content.text();
        // the tokens' quotes in reading order are the text's, so the n-th straight quote of the tokens is the
        // text's n-th
        List<Character> made = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                made.add(paired.charAt(i));
            }
        }
        int next = 0;
        List<Token> tokens = new ArrayList<>();
        for (Token t : content.tokens()) {
            if (t.isMark() || t.text().indexOf('"') < 0) {
                tokens.add(t);
                continue;
            }
            StringBuilder b = new StringBuilder(t.text());
            for (int i = 0; i < b.length(); i++) {
                if (b.charAt(i) == '"') {
                    b.setCharAt(i, next < made.size() ? made.get(next++) : '"');
                }
            }
            tokens.add(new Token(t.kind(), b.toString(), t.checked(), t.line(), t.box(), t.confidence()));
        }
        return new CellContent(paired, tokens, content.textBox());
    }

    static CellContent replaced(CellContent old, String text, Box cell) {
        Box where = old.textBox() != null ? old.textBox() : cell;
        List<Token> tokens = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                tokens.add(Token.text(lines[i].strip(), i, where));
            }
        }
        return new CellContent(text, tokens, where);
    }
}
