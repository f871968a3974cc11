package perfdecl.pdf.content;

/** An axis-parallel stroke on a page (top-left origin): a table ruling candidate. */
public record Segment(double x1, double y1, double x2, double y2) {

    public boolean horizontal() {
        return Math.abs(y1 - y2) < 0.5;
    }

    public boolean vertical() {
        return Math.abs(x1 - x2) < 0.5;
    }
}
