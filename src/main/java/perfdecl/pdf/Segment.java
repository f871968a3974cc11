package perfdecl.pdf;

/** An axis-parallel stroke on a page (top-left origin): a table ruling candidate. */
record Segment(double x1, double y1, double x2, double y2) {

    boolean horizontal() {
        return Math.abs(y1 - y2) < 0.5;
    }

    boolean vertical() {
        return Math.abs(x1 - x2) < 0.5;
    }
}
