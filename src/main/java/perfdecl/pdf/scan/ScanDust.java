package perfdecl.pdf.scan;

/**
 * Makes paper of the dust a photocopier prints: specks of a pixel or a few standing alone, far from any other ink.
 * On a copier's 1-bit page they are strewn over every blank, between a cell's lines and round its labels; left
 * there, a speck in the blank between two lines joins them into one band that the recogniser reads as nothing
 * (the line finder's blank rows hold no ink), and a speck beside a label is read as a dot or a colon that makes
 * the label unknown (·一级指标·) or the title a sentence (申报表：(2022年)). Print is never so small and so alone
 * on its line: a full stop, a decimal point, a comma or a colon's dots stand within half a character's width of the
 * character before them. A speck touching print, or just above or below it, stays: it cannot be told from it.
 */
final class ScanDust {

    /** Lighter than this is paper: a speck's grey fringe, left by rendering the 1-bit page smaller, goes with it. */
    static final int PAPER = 200;
    /** The largest speck, in square points (a 10 pt full stop is about 1.5 pt² and never alone). */
    private static final double LARGEST_PT2 = 1.4;
    /** Its widest side, in points: a lone hyphen or dash is longer. */
    private static final double WIDEST_PT = 1.5;
    /**
     * How far from any other ink a speck lies along its line, in points: farther than a full stop, a comma or a
     * colon from the character before it (a full-width colon's dot stands about a third of an em from it).
     */
    private static final double ALONE_ALONG_PT = 5;
    /**
     * How far from any other ink a speck lies across the lines, in points: less than the blank between two lines,
     * where the specks that join them lie. A colon's dots, one over the other, stand by the character before them.
     */
    private static final double ALONE_ACROSS_PT = 1;

    private ScanDust() {
    }

    /**
     * Clears every speck of {@code v} ({@code w} × {@code h} grey levels, white paper) to white; {@code scale} is
     * pixels per point. Returns how many were cleared.
     */
    static int clear(int[] v, int w, int h, double scale) {
        int largest = Math.max(1, (int) Math.floor(LARGEST_PT2 * scale * scale));
        int widest = Math.max(1, (int) Math.floor(WIDEST_PT * scale));
        int along = Math.max(1, (int) Math.round(ALONE_ALONG_PT * scale));
        int across = Math.max(1, (int) Math.round(ALONE_ACROSS_PT * scale));
        boolean[] ink = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            ink[i] = v[i] < PAPER;
        }
        InkComponents shapes = InkComponents.of(w, h, ink);
        int[] labels = shapes.labels();
        int cleared = 0;
        for (int start = 0; start < v.length; start++) {
            InkComponents.Shape s = shapes.grow(start);
            if (s == null || s.size() > largest || s.width() > widest || s.height() > widest
                    || !alone(v, w, h, s, along, across, labels)) {
                continue;
            }
            for (int p : shapes.pixels()) {
                v[p] = 255;
                ink[p] = false;
            }
            cleared++;
        }
        return cleared;
    }

    /**
     * Whether no ink but the shape's own ({@code labels}: the finder's labels) lies within {@code along} pixels of
     * its box to the left or right or within {@code across} above or below.
     */
    private static boolean alone(int[] v, int w, int h, InkComponents.Shape s, int along, int across, int[] labels) {
        for (int y = Math.max(0, s.minY() - across); y <= Math.min(h - 1, s.maxY() + across); y++) {
            for (int x = Math.max(0, s.minX() - along); x <= Math.min(w - 1, s.maxX() + along); x++) {
                int p = y * w + x;
                if (v[p] < PAPER && labels[p] != s.label()) {
                    return false;
                }
            }
        }
        return true;
    }
}
