package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

class InkLinesTest {

    /** Two lines of print 40 px apart, and a fold (2 px of grey-black) from the strip's top to its bottom. */
    private static BufferedImage stripWithFold() {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        for (int x = 20; x < 220; x += 16) {
            g.fillRect(x, 40, 10, 14);
            g.fillRect(x, 94, 10, 14);
        }
        g.setColor(new Color(60, 60, 60));
        g.fillRect(300, 0, 2, 200);
        g.dispose();
        return image;
    }

    @Test
    void linesAreFoundApartWhenAFoldRunsThroughTheirStrip() {
        List<Rectangle> lines = InkLines.find(stripWithFold(), new Rectangle(0, 0, 400, 200), 1.0);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(new Rectangle(20, 40, 202, 14));
        assertThat(lines.get(1)).isEqualTo(new Rectangle(20, 94, 202, 14));
    }

    @Test
    void withoutThePagesScaleAFoldIsInkLikeAnyOtherAndJoinsTheLines() {
        // a re-read's crop has no page scale, so nothing there is taken for a fold: the strip is one block
        List<Rectangle> lines = InkLines.find(stripWithFold(), new Rectangle(0, 0, 400, 200));

        assertThat(lines).containsExactly(new Rectangle(20, 0, 282, 200));
    }

    @Test
    void aRunLongerThanTheLongestStrokeIsLeftOutAndShorterOnesStay() {
        int w = 10, h = 100;
        boolean[] ink = new boolean[w * h];
        for (int y = 0; y < 80; y++) {
            ink[y * w + 2] = true; // 80 long: a fold
        }
        for (int y = 10; y < 40; y++) {
            ink[y * w + 6] = true; // 30 long: a stroke
        }
        InkLines.eraseLongRuns(ink, w, h, 36);

        assertThat(ink[5 * w + 2]).isFalse();
        assertThat(ink[20 * w + 6]).isTrue();
    }
}
