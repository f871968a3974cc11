package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The connected shapes of ink on a page image: ink pixels that touch, diagonals included. Shapes are grown one at a
 * time from a start pixel and labelled 1, 2, ... in the order they are grown; a pixel belongs to one shape only.
 */
final class InkComponents {

    /** Which pixels count as ink; outside the image none do. */
    @FunctionalInterface
    interface Ink {
        boolean at(int x, int y);
    }

    /** One shape: its label, its bounding box (inclusive) and how many pixels it has. */
    record Shape(int label, int minX, int minY, int maxX, int maxY, int size) {

        int width() {
            return maxX - minX + 1;
        }

        int height() {
            return maxY - minY + 1;
        }
    }

    private final int width, height;
    private final Ink ink;
    /**
     * The ink as an array of pixels ({@code y * width + x}), when it is one ({@link #dark}, {@link #inked}): read directly
     * rather than through {@link #ink}, whose call, made for every pixel and every neighbour a shape grows into,
     * cost most of the growing.
     */
    private final boolean[] mask;
    private final int[] label;
    private int[] stack = new int[256];
    private int[] pixels = new int[256];
    private int size, count, top = 0, bottom;

    InkComponents(int width, int height, Ink ink) {
        this(width, height, ink, null);
    }

    private InkComponents(int width, int height, Ink ink, boolean[] mask) {
        this.width = width;
        this.height = height;
        this.ink = ink;
        this.mask = mask;
        this.label = new int[width * height];
        this.bottom = height;
    }

    /**
     * The pixels {@code ink} holds ({@code y * width + x}), read live: a caller that clears ink as it goes clears it
     * there too.
     */
    static InkComponents of(int width, int height, boolean[] ink) {
        return new InkComponents(width, height, (x, y) -> ink[y * width + x], ink);
    }

    /** The dark pixels of a page image. */
    static InkComponents dark(ScanRaster r) {
        return new InkComponents(r.width, r.height, r::dark, r.darkPixels());
    }

    /** The dark or visibly gray pixels of a page image. */
    static InkComponents inked(ScanRaster r) {
        // a mask made once: the callback, asked for every pixel and every neighbour, cost more than the growing
        boolean[] inked = r.inkedPixels();
        return new InkComponents(r.width, r.height, (x, y) -> inked[y * r.width + x], inked);
    }

    /** Every shape of the image, grown in reading order (row by row, left to right) of their first pixel. */
    List<Shape> all() {
        List<Shape> out = new ArrayList<>();
        for (int y = 0, start = 0; y < height; y++) {
            for (int x = 0; x < width; x++, start++) {
                Shape s = grow(start, x, y);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * Limits growth to rows {@code from} (inclusive) to {@code to} (exclusive): a text line's shapes, cut where they
     * leave the line.
     */
    void rows(int from, int to) {
        top = from;
        bottom = to;
    }

    /**
     * The shape that holds pixel {@code start} (index {@code y * width + x}), labelled; {@code null} when that pixel
     * is no ink, lies outside the rows or already belongs to a shape.
     */
    Shape grow(int start) {
        return label[start] != 0 ? null : grow(start, start % width, start / width);
    }

    private Shape grow(int start, int sx, int sy) {
        if (label[start] != 0 || !inRows(sy) || !at(sx, sy)) {
            return null;
        }
        count++;
        int sp = 0, minX = sx, maxX = sx, minY = sy, maxY = sy;
        size = 0;
        stack[sp++] = start;
        label[start] = count;
        while (sp > 0) {
            int p = stack[--sp], y = p / width, x = p - y * width;
            if (size == pixels.length) {
                pixels = Arrays.copyOf(pixels, 2 * size);
            }
            pixels[size++] = p;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            // the neighbours row by row, left to right, as the shapes' pixel order has always been
            boolean left = x > 0, right = x < width - 1;
            for (int ny = y - 1; ny <= y + 1; ny++) {
                if (!inRows(ny)) {
                    continue;
                }
                int q = ny * width + x;
                if (left) {
                    sp = reach(q - 1, x - 1, ny, sp);
                }
                sp = reach(q, x, ny, sp);
                if (right) {
                    sp = reach(q + 1, x + 1, ny, sp);
                }
            }
        }
        return new Shape(count, minX, minY, maxX, maxY, size);
    }

    /**
     * Labels pixel {@code q} at (x, y) and pushes it when it is ink no shape has reached; the label first: a pixel
     * already reached needs no look at its ink. Returns the stack's new depth.
     */
    private int reach(int q, int x, int y, int sp) {
        if (label[q] == 0 && (mask != null ? mask[q] : ink.at(x, y))) {
            label[q] = count;
            if (sp == stack.length) {
                stack = Arrays.copyOf(stack, 2 * sp);
            }
            stack[sp++] = q;
        }
        return sp;
    }

    /** The pixel indices of the shape grown last, in the order they were reached. */
    int[] pixels() {
        return Arrays.copyOf(pixels, size);
    }

    /** The label of each pixel (0 where no shape has reached it); the finder's own array, not a copy. */
    int[] labels() {
        return label;
    }

    /** How many shapes have been grown. */
    int count() {
        return count;
    }

    /** Whether pixel (x, y), inside the image, is ink. */
    private boolean at(int x, int y) {
        return mask != null ? mask[y * width + x] : ink.at(x, y);
    }

    private boolean inRows(int y) {
        return y >= 0 && y >= top && y < bottom && y < height;
    }
}
