package perfdecl.pdf.content;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import perfdecl.grid.Box;

/**
 * A page as it is shown: its visible area (the crop box) turned by the page's {@code /Rotate}, in PDF points, origin
 * at the shown top-left corner, y growing downwards — the frame every position on the page is given in. Text drawn
 * upright on a rotated page has PDFBox's direction-adjusted coordinates in this same frame.
 *
 * @param left, bottom, right, top the crop box in user space
 * @param rotation                   the page's rotation, clockwise: 0, 90, 180 or 270
 */
public record PageFrame(double left, double bottom, double right, double top, int rotation) {

    public static PageFrame of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360);
        return new PageFrame(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getUpperRightX(),
                crop.getUpperRightY(), rotation - rotation % 90);
    }

    /** The width of the page as shown. */
    public double width() {
        return turned() ? top - bottom : right - left;
    }

    /** The height of the page as shown. */
    public double height() {
        return turned() ? right - left : top - bottom;
    }

    private boolean turned() {
        return rotation == 90 || rotation == 270;
    }

    /** A point in PDF user space (origin bottom-left of the unrotated page) as {x, y} in this frame. */
    double[] fromUserSpace(double x, double y) {
        return switch (rotation) {
            case 90 -> new double[] {y - bottom, x - left};
            case 180 -> new double[] {right - x, y - bottom};
            case 270 -> new double[] {top - y, right - x};
            default -> new double[] {x - left, top - y};
        };
    }

    /** A rectangle in user space (such as an annotation's) as a box in this frame. */
    public Box fromUserSpace(PDRectangle r) {
        double[] a = fromUserSpace(r.getLowerLeftX(), r.getLowerLeftY());
        double[] b = fromUserSpace(r.getUpperRightX(), r.getUpperRightY());
        return new Box(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    }
}
