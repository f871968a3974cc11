package perfdecl.pdf.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PageFrameTest {

    /** A 600 × 800 page shown turned: the user-space point near its top-left corner and where the viewer sees it. */
    private static double[] shown(int rotation, double x, double y) {
        PDPage page = new PDPage(new PDRectangle(10, 20, 600, 800));
        page.setRotation(rotation);
        return PageFrame.of(page).fromUserSpace(x, y);
    }

    @Test
    void anUnrotatedPageHasItsOriginAtTheCropBoxTopLeft() {
        assertThat(shown(0, 10, 820)).containsExactly(0, 0);
        assertThat(shown(0, 610, 20)).containsExactly(600, 800);
    }

    @Test
    void aPageTurnedClockwiseShowsItsLowerLeftCornerAtTheTopLeft() {
        assertThat(shown(90, 10, 20)).containsExactly(0, 0);
        assertThat(shown(90, 610, 820)).containsExactly(800, 600);
        assertThat(shown(180, 610, 20)).containsExactly(0, 0);
        assertThat(shown(270, 610, 820)).containsExactly(0, 0);
    }

    @Test
    void aTurnedPageSwapsItsShownWidthAndHeight() {
        PDPage page = new PDPage(new PDRectangle(600, 800));
        page.setRotation(-90);
        PageFrame frame = PageFrame.of(page);
        assertThat(frame.rotation()).isEqualTo(270);
        assertThat(frame.width()).isEqualTo(800);
        assertThat(frame.height()).isEqualTo(600);
    }
}
