package perfdecl.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page's visible area (its crop box) in PDF points: the frame every position on the page is given in, origin at
 * its top-left corner, y growing downwards.
 */
record PageFrame(double left, double top, double width, double height) {

    static PageFrame of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        return new PageFrame(crop.getLowerLeftX(), crop.getUpperRightY(), crop.getWidth(), crop.getHeight());
    }

    /** A point in PDF user space (origin bottom-left) as {x, y} in this frame. */
    double[] fromUserSpace(double x, double y) {
        return new double[] {x - left, top - y};
    }
}
