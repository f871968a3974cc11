package perfdecl.pdf.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.content.Segment;
import perfdecl.pdf.layout.PageLayouter;

/**
 * OCR by the grid: the cells the page's rulings enclose are each read from their own crop, and the strips above and
 * below the table (title, unit, signatures) and between two tables (a disclosure's next heading and the next form's
 * title, set in the middle of a page) from theirs, so that every word read belongs to the cell it was read in
 * — a text line never runs from one cell into the next, nor a label's line into its value's. Cells without ink are
 * not read at all. A page without a table is read whole.
 */
public final class ScanCellOcr {

    /** Inside a cell's rulings: the painted-over rulings leave a pixel or two of grey. */
    private static final int INSET = 2;
    /** Darker than this is ink, and a crop with fewer inked pixels than this share is empty. */
    private static final int INK = 128;
    private static final double EMPTY = 0.002;
    /**
     * However large the cell, this many inked pixels (a quarter of them sampled) are worth reading: a lone "0" in a
     * wide amount cell inks less than {@link #EMPTY} of it, and read as empty it would be an amount lost.
     */
    private static final int WORTH_READING = 16;
    /** How far beyond the table's sides the strips above and below it are read (points). */
    private static final double STRIP_MARGIN = 12;

    private ScanCellOcr() {
    }

    /**
     * The page's words in page points, read cell by cell; {@code null} when the engine failed.
     *
     * @param image    the deskewed page with its rulings painted over
     * @param segments the rulings in page points
     */
    static List<OcrWord> read(OcrEngine ocr, BufferedImage image, List<Segment> segments, double scale) {
        List<Box> cells = PageLayouter.cellBoxes(segments);
        if (cells.isEmpty()) {
            return ocr.readPage(image, scale);
        }
        double top = Double.MAX_VALUE, bottom = 0, left = Double.MAX_VALUE, right = 0;
        for (Box c : cells) {
            top = Math.min(top, c.y());
            bottom = Math.max(bottom, c.bottom());
            left = Math.min(left, c.x());
            right = Math.max(right, c.right());
        }
        // what a form prints above and below its table stands within the table's width; beyond it, at the page's
        // edges, are the scanner's: a lid's strip or its ragged rim inks every row of a full-width strip, and the
        // title, the year and the unit's line would be cut out as one block
        int stripLeft = (int) Math.floor((left - STRIP_MARGIN) * scale);
        int stripRight = (int) Math.ceil((right + STRIP_MARGIN) * scale);
        List<int[]> regions = new ArrayList<>();
        regions.add(new int[] {stripLeft, 0, stripRight, (int) Math.floor(top * scale)});
        for (Box c : cells) {
            regions.add(new int[] {(int) Math.ceil(c.x() * scale) + INSET, (int) Math.ceil(c.y() * scale) + INSET,
                    (int) Math.floor(c.right() * scale) - INSET, (int) Math.floor(c.bottom() * scale) - INSET});
        }
        for (double[] gap : gaps(cells, top, bottom)) {
            regions.add(new int[] {stripLeft, (int) Math.ceil(gap[0] * scale) + INSET, stripRight,
                    (int) Math.floor(gap[1] * scale) - INSET});
        }
        regions.add(new int[] {stripLeft, (int) Math.ceil(bottom * scale), stripRight, image.getHeight()});
        List<Box> spanning = spanning(cells);
        BufferedImage masked = spanning.isEmpty() ? image : without(image, nested(cells, spanning), scale);
        List<Rectangle> inked = new ArrayList<>(), inkedSpanning = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            int[] r = regions.get(i);
            // regions 1..cells.size() are the cells, in order
            boolean span = i >= 1 && i <= cells.size() && spanning.contains(cells.get(i - 1));
            BufferedImage from = span ? masked : image;
            int x0 = Math.max(0, r[0]), y0 = Math.max(0, r[1]);
            int x1 = Math.min(image.getWidth(), r[2]), y1 = Math.min(image.getHeight(), r[3]);
            if (x1 - x0 >= 8 && y1 - y0 >= 8 && inked(from, x0, y0, x1, y1)) {
                (span ? inkedSpanning : inked).add(new Rectangle(x0, y0, x1 - x0, y1 - y0));
            }
        }
        List<OcrWord> words = ocr.readRegions(image, inked, scale);
        if (words == null || inkedSpanning.isEmpty()) {
            return words;
        }
        List<OcrWord> more = ocr.readRegions(masked, inkedSpanning, scale);
        if (more == null) {
            return null;
        }
        List<OcrWord> all = new ArrayList<>(words);
        all.addAll(more);
        return all;
    }

    /**
     * The cells that other, smaller cells overlap. Tabula finds a cell at every corner, and where a ruling is lost
     * (a 1-bit copy breaks thin lines) the cell that spans it overlaps the cells beside it that kept all four
     * rulings; the layout puts a word into the smallest cell that holds it, so a spanning cell is read without the
     * smaller cells in it (each read on its own), or their lines would be read twice and the layout would
     * interleave the two readings' characters ("实实行行加加").
     */
    static List<Box> spanning(List<Box> cells) {
        List<Box> out = new ArrayList<>();
        for (Box c : cells) {
            for (Box d : cells) {
                if (spans(c, d)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** The cells that overlap a larger cell and hold no smaller one: painted out of the spanning cells' reading. */
    private static List<Box> nested(List<Box> cells, List<Box> spanning) {
        List<Box> out = new ArrayList<>();
        for (Box d : cells) {
            if (spanning.contains(d)) {
                continue;
            }
            for (Box c : spanning) {
                if (spans(c, d)) {
                    out.add(d);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code c} is larger than {@code d} and shares more with it than their rulings ({@link #SIDE} points). */
    private static boolean spans(Box c, Box d) {
        return d.area() < c.area() && Math.min(c.right(), d.right()) - Math.max(c.x(), d.x()) > SIDE
                && Math.min(c.bottom(), d.bottom()) - Math.max(c.y(), d.y()) > SIDE;
    }

    /** Rulings this close (points) are one edge. */
    private static final double SIDE = 2;

    /** A copy of the image with the cells painted over in paper white. */
    private static BufferedImage without(BufferedImage image, List<Box> cells, double scale) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.setColor(Color.WHITE);
        for (Box c : cells) {
            g.fillRect((int) Math.floor(c.x() * scale), (int) Math.floor(c.y() * scale),
                    (int) Math.ceil(c.width() * scale) + 1, (int) Math.ceil(c.height() * scale) + 1);
        }
        g.dispose();
        return out;
    }

    /**
     * The bands between {@code top} and {@code bottom} (points) that no cell reaches into, top to bottom: the paper
     * between one table and the next, where a disclosure prints the next form's heading and title.
     */
    static List<double[]> gaps(List<Box> cells, double top, double bottom) {
        List<Box> byTop = new ArrayList<>(cells);
        byTop.sort(java.util.Comparator.comparingDouble(Box::y));
        List<double[]> gaps = new ArrayList<>();
        double reached = top;
        for (Box c : byTop) {
            if (c.y() - reached >= MIN_GAP) {
                gaps.add(new double[] {reached, c.y()});
            }
            reached = Math.max(reached, c.bottom());
        }
        return gaps;
    }

    /** A band between tables lower than this (points) holds no line of text. */
    private static final double MIN_GAP = 6;

    private static boolean inked(BufferedImage image, int x0, int y0, int x1, int y1) {
        var raster = image.getRaster();
        long dark = 0, all = (long) (x1 - x0) * (y1 - y0);
        for (int y = y0; y < y1; y += 2) {
            for (int x = x0; x < x1; x += 2) {
                if (raster.getSample(x, y, 0) < INK) {
                    dark++;
                }
            }
        }
        return dark * 4 > Math.min(EMPTY * all, WORTH_READING);
    }
}
