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

    /**
     * A page at 150 dpi: twelve lines of body print (17 px high) in the table, and above it a title of large print
     * (50 px) and the unit's line (17 px) under a seal's star left grey (20 px), joined to the line by a ring's
     * stroke a few pixels wide: one band of 47 px, under the tallest line of print.
     */
    private static BufferedImage pageWithGreyStarOverTheUnitsLine() {
        BufferedImage image = new BufferedImage(900, 560, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 560);
        g.setColor(Color.BLACK);
        for (int x = 200; x < 700; x += 56) {
            g.fillRect(x, 0, 50, 50);
        }
        for (int x = 20; x < 520; x += 22) {
            g.fillRect(x, 100, 16, 17);
        }
        for (int i = 0; i < 12; i++) {
            for (int x = 20; x < 820; x += 22) {
                g.fillRect(x, 240 + 26 * i, 16, 17);
            }
        }
        g.setColor(new Color(110, 110, 110));
        g.fillRect(300, 70, 60, 20);
        for (int y = 90; y < 100; y++) {
            g.fillRect(360 + (y - 90), y, 3, 1);
        }
        g.dispose();
        return image;
    }

    @Test
    void aLineUnderASealsGreyStarIsPartedFromItWhereItIsManyLinesHigh() {
        BufferedImage page = pageWithGreyStarOverTheUnitsLine();
        List<Rectangle> regions = List.of(new Rectangle(0, 0, 900, 130), new Rectangle(0, 230, 900, 330));

        List<Rectangle> lines = InkLines.find(page, regions, 150 / 72.0);

        assertThat(lines).anyMatch(l -> l.x == 20 && l.y >= 97 && l.y <= 100 && l.y + l.height >= 117
                && l.y + l.height <= 120);
        assertThat(lines).noneMatch(l -> l.y < 90 && l.y + l.height > 100);
        // the title's large print, higher than the line that parts it but with no thin rows across it, stays one
        assertThat(lines).contains(new Rectangle(200, 0, 498, 50));
    }

    @Test
    void eachRegionAloneLeavesTheStarAndTheLineOneBand() {
        // under the tallest line of print the band is not tried: only the page's usual line tells it is too high
        List<Rectangle> lines = InkLines.find(pageWithGreyStarOverTheUnitsLine(), new Rectangle(0, 0, 900, 130),
                150 / 72.0);

        assertThat(lines).anyMatch(l -> l.y == 70 && l.y + l.height == 117);
    }
}
