package perfdecl.grid;

/** A rectangle in PDF points, origin at the top-left corner of the page, y growing downwards. */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double area() {
        return width * height;
    }

    /** The smallest box holding both. */
    public Box union(Box o) {
        double nx = Math.min(x, o.x), ny = Math.min(y, o.y);
        return new Box(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }
}
