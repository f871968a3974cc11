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

    /**
     * A strip above a table at 150 dpi: a title line (34 px high), a year line and the unit's line (20 px), and a
     * seal's ring (3 px of ink) stamped across all three, which leaves no blank row between them.
     */
    private static BufferedImage stripUnderSeal() {
        BufferedImage image = new BufferedImage(900, 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 160);
        g.setColor(Color.BLACK);
        for (int x = 200; x < 800; x += 38) {
            g.fillRect(x, 10, 30, 34);
        }
        for (int x = 380; x < 500; x += 22) {
            g.fillRect(x, 64, 16, 20);
        }
        for (int x = 20; x < 520; x += 22) {
            g.fillRect(x, 110, 18, 20);
        }
        g.setColor(new Color(70, 70, 70));
        g.setStroke(new java.awt.BasicStroke(3));
        g.drawOval(300, -30, 200, 200);
        g.dispose();
        return image;
    }

    @Test
    void linesJoinedByASealAcrossTheirBlankArePartedWhereTheirRowsHoldLeastInk() {
        List<Rectangle> lines = InkLines.find(stripUnderSeal(), new Rectangle(0, 0, 900, 160), 150 / 72.0);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        Rectangle title = lines.stream().filter(l -> l.x <= 200 + 30 && l.x + l.width >= 770).findFirst().orElseThrow();
        assertThat(title.y).isBetween(2, 10);
        assertThat(title.y + title.height).isBetween(44, 52);
        assertThat(lines).anyMatch(l -> l.x <= 20 && l.y >= 100 && l.y <= 110 && l.y + l.height >= 130
                && l.y + l.height <= 138);
    }

    @Test
    void aSealedStripIsOneBlockWithoutThePagesScale() {
        // the parting needs to know how tall a line of print can be: without the scale the strip stays whole
        List<Rectangle> lines = InkLines.find(stripUnderSeal(), new Rectangle(0, 0, 900, 160));

        assertThat(lines).noneMatch(l -> l.y + l.height <= 60 && l.width > 500);
    }
}
