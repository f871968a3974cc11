package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ScanSealsTest {

    private static final int W = 760, H = 560;
    /** The seal's centre and ring radius (px at 150 dpi: 56 pt, a 40 mm seal). */
    private static final int CX = 300, CY = 250, R = 117;

    /**
     * A page head as scanned in grey: three lines of print (a title, a year, the unit's line) above a table whose
     * top ruling and a column ruling run under a seal stamped over the unit's line: ring, star, characters round
     * the top, inked unevenly in {@code seal} (a mid grey for red ink scanned grey, black for a bilevel copy).
     */
    private static BufferedImage sealedHead(Color seal) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(246, 246, 246));
        g.fillRect(0, 0, W, H);
        g.setColor(seal);
        g.setStroke(new BasicStroke(7f));
        g.draw(new Ellipse2D.Double(CX - R, CY - R, 2 * R, 2 * R));
        Path2D star = new Path2D.Double();
        for (int k = 0; k < 5; k++) {
            double a = -Math.PI / 2 + k * 4 * Math.PI / 5;
            double x = CX + 0.3 * R * Math.cos(a), y = CY + 0.3 * R * Math.sin(a);
            if (k == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        g.fill(star);
        g.setStroke(new BasicStroke(3f));
        for (int k = 0; k < 12; k++) {
            // the unit's name round the top: short strokes along the arc, as its characters ink
            double a = -Math.PI / 2 - 1.9 + 3.8 * (k + 0.5) / 12;
            double x = CX + 0.72 * R * Math.cos(a), y = CY + 0.72 * R * Math.sin(a);
            g.drawLine((int) (x - 8), (int) y, (int) (x + 8), (int) y);
            g.drawLine((int) x, (int) (y - 9), (int) x, (int) (y + 9));
        }
        g.setColor(new Color(20, 20, 20));
        for (int x = 180; x < 600; x += 30) {
            g.fillRect(x, 120, 24, 26); // the title, large
        }
        for (int x = 330; x < 420; x += 16) {
            g.fillRect(x, 170, 10, 14); // the year
        }
        for (int x = 60; x < 420; x += 16) {
            g.fillRect(x, 238, 10, 14); // the unit's line, under the seal's centre
        }
        g.fillRect(40, 300, 680, 2); // the table's top ruling, through the seal's lower half
        g.fillRect(40, 400, 680, 2);
        g.fillRect(40, 300, 2, 240);
        g.fillRect(240, 300, 2, 240); // a column ruling crossing the ring
        g.fillRect(718, 300, 2, 240);
        for (int x = 260; x < 600; x += 16) {
            g.fillRect(x, 340, 10, 14); // a cell's text
        }
        g.dispose();
        // a stamp never inks evenly: lighten the seal's pixels at random, the print's stay
        Random random = new Random(7);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int p = img.getRGB(x, y) & 0xff;
                if (p == (seal.getRGB() & 0xff) && p > 20) {
                    int q = Math.min(240, p + random.nextInt(50));
                    img.setRGB(x, y, new Color(q, q, q).getRGB());
                }
            }
        }
        return img;
    }

    private static int level(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }

    /** A point on the ring at {@code degrees} (0 to the right, clockwise). */
    private static int[] onRing(double degrees) {
        double a = Math.toRadians(degrees);
        return new int[] {(int) Math.round(CX + R * Math.cos(a)), (int) Math.round(CY + R * Math.sin(a))};
    }

    @Test
    void aGreySealIsFoundByItsRing() {
        List<ScanSeals.Seal> seals = ScanSeals.find(grey(sealedHead(new Color(150, 150, 150))), W, H,
                ScanDrawing.SCALE);

        assertThat(seals).singleElement().satisfies(s -> {
            assertThat(s.x()).isCloseTo(CX, org.assertj.core.data.Offset.offset(3.0));
            assertThat(s.y()).isCloseTo(CY, org.assertj.core.data.Offset.offset(3.0));
            assertThat(s.radius()).isCloseTo(R, org.assertj.core.data.Offset.offset(3.0));
        });
    }

    @Test
    void aGreySealLeavesThePrintImageAndThePrintUnderItStays() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(sealedHead(new Color(150, 150, 150)));

        int[] left = onRing(180), upper = onRing(-60);
        assertThat(level(p.text(), left[0], left[1] - 20)).isGreaterThan(240); // the ring, where no print is
        assertThat(level(p.text(), upper[0], upper[1])).isGreaterThan(240);
        assertThat(level(p.text(), CX, CY + 8)).isGreaterThan(240); // the star below the unit's line
        assertThat(level(p.text(), 285, 245)).isLessThan(60); // the unit's line under the star
        assertThat(level(p.text(), 250, 301)).isLessThan(60); // the ruling under the ring
        assertThat(level(p.text(), 240, 330)).isLessThan(60); // the column ruling inside the seal
    }

    @Test
    void withTheGreySealGoneTheTitleTheYearAndTheUnitsLineAreLinesApart() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(sealedHead(new Color(150, 150, 150)));

        List<Rectangle> lines = InkLines.find(p.text(), new Rectangle(0, 0, W, 296), ScanDrawing.SCALE);

        assertThat(lines).extracting(l -> l.y).containsExactly(120, 170, 238);
    }

    @Test
    void aSealAsDarkAsThePrintLosesItsRingButNotTheRulingsCrossingIt() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(sealedHead(new Color(10, 10, 10)));

        int[] left = onRing(180);
        assertThat(level(p.text(), left[0], left[1] - 20)).isGreaterThan(240);
        int[] upper = onRing(-30);
        assertThat(level(p.text(), upper[0], upper[1])).isGreaterThan(240);
        assertThat(level(p.text(), 250, 301)).isLessThan(60); // the top ruling where the ring crosses it
        int[] crossing = {240, (int) Math.round(CY + Math.sqrt(R * R - 60.0 * 60))};
        assertThat(level(p.text(), crossing[0], crossing[1])).isLessThan(60); // the column ruling there
        List<ScanRulings.Line> rulings = ScanRulings.find(new ScanRaster(p.text(), ScanDrawing.SCALE));
        assertThat(rulings).filteredOn(ScanRulings.Line::horizontal).extracting(l -> (int) Math.floor(l.at()))
                .containsExactlyInAnyOrder(300, 400);
        assertThat(rulings).filteredOn(l -> !l.horizontal()).extracting(l -> (int) Math.floor(l.at()))
                .containsExactlyInAnyOrder(40, 240, 718);
    }

    /**
     * A grey seal's ring (inked unevenly) whose lower band a character's vertical stroke runs into and ends in: the
     * stroke is print, dark in its middle, with the lighter columns a scan's blur gives it on either side, and lines
     * of print above the seal set the page's print level.
     */
    private static BufferedImage ringOverAStroke() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(246, 246, 246));
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(150, 150, 150));
        g.setStroke(new BasicStroke(7f));
        g.draw(new Ellipse2D.Double(CX - R, CY - R, 2 * R, 2 * R));
        g.dispose();
        Random random = new Random(11);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if ((img.getRGB(x, y) & 0xff) == 150) {
                    fill(img, x, y, 1, 1, 150 + random.nextInt(40));
                }
            }
        }
        for (int line = 0; line < 3; line++) {
            for (int x = 60; x < 700; x += 16) {
                fill(img, x, 20 + 30 * line, 10, 14, 20);
            }
        }
        fill(img, CX - 1, CY + R - 40, 1, 40, 110); // the stroke's blurred edges
        fill(img, CX + 2, CY + R - 40, 1, 40, 110);
        fill(img, CX, CY + R - 40, 2, 40, 20); // ends in the middle of the ring's band
        return img;
    }

    private static void fill(BufferedImage img, int x0, int y0, int width, int height, int level) {
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                img.setRGB(x, y, new Color(level, level, level).getRGB());
            }
        }
    }

    @Test
    void aGreySealsRingLeavesNoStubBeyondTheEndOfAStrokeItCrosses() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(ringOverAStroke());

        assertThat(level(p.text(), CX, CY + R - 20)).isLessThan(60); // the stroke stays
        assertThat(level(p.text(), CX - 1, CY + R - 20)).isLessThan(130); // and its blurred edge
        for (int x = CX - 1; x <= CX + 2; x++) {
            for (int y = CY + R + 2; y <= CY + R + 3; y++) {
                assertThat(level(p.text(), x, y)).as("(%d, %d)", x, y).isGreaterThan(240); // the ring below it
            }
        }
    }

    @Test
    void aGreySealsInkTouchingAStrokeGoesWhereNoPaperIsBesideIt() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(ringOverAStroke());

        // the ring's ink right under the stroke's end has the ring round it: no blurred edge of the print
        assertThat(level(p.text(), CX, CY + R)).isGreaterThan(240);
        assertThat(level(p.text(), CX + 1, CY + R)).isGreaterThan(240);
        // the stroke's blurred edge, above the ring, has paper beside it and stays
        assertThat(level(p.text(), CX + 2, CY + R - 30)).isLessThan(130);
    }

    /** Top left corner of the checkbox whose top side the ring's band runs along, and its side (px). */
    private static final int BOX_X = 291, BOX_Y = 133, BOX = 19;

    /**
     * The print as scanned without a seal, levels 0..255 (paper 246): lines of thin print above (their level, a mid
     * grey, the page's print level), and a checkbox (sides two pixels dark, each with a pixel of blur either side of
     * it, {@code blur} level) where the seal's ring will pass along its top side.
     */
    private static int[] boxPrint(int blur) {
        int[] print = new int[W * H];
        java.util.Arrays.fill(print, 246);
        for (int line = 0; line < 3; line++) {
            for (int x = 60; x < 700; x += 16) {
                paint(print, x, 20 + 30 * line, 10, 14, 60);
            }
        }
        paint(print, BOX_X - 1, BOX_Y - 1, BOX + 2, BOX + 2, blur);
        paint(print, BOX_X, BOX_Y, BOX, BOX, 20);
        paint(print, BOX_X + 2, BOX_Y + 2, BOX - 4, BOX - 4, blur);
        paint(print, BOX_X + 3, BOX_Y + 3, BOX - 6, BOX - 6, 246);
        return print;
    }

    private static void paint(int[] v, int x0, int y0, int width, int height, int level) {
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                v[y * W + x] = level;
            }
        }
    }

    /**
     * The print with a grey seal's ring (a 9 px band, its ink unevenly 128–142) stamped over it: the stamp's ink
     * lets through its share of what lies under it, so that print under the band comes out darker than it is.
     */
    private static int[] stamped(int[] print) {
        int[] v = print.clone();
        Random random = new Random(5);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (Math.abs(Math.hypot(x - CX, y - CY) - R) <= 4.5) {
                    int seal = 128 + random.nextInt(15);
                    v[y * W + x] = v[y * W + x] * seal / 246;
                }
            }
        }
        return v;
    }

    @Test
    void printUnderAGreySealsInkComesOutAsLightAsItIsUnsealed() {
        int[] print = boxPrint(170);
        int[] v = stamped(print);
        int halo = (BOX_Y + 2) * W + BOX_X - 1; // the blur beside the box's left side, under the band
        assertThat(v[halo]).isLessThan(97); // stamped: darker than halfway between the print (60) and the seal

        ScanSeals.clear(v, W, H, ScanDrawing.SCALE);

        assertThat(v[halo]).isCloseTo(print[halo], org.assertj.core.data.Offset.offset(25));
        int inside = (BOX_Y + 2) * W + BOX_X + BOX / 2; // the blur along the top side's inner edge
        assertThat(v[inside]).isCloseTo(print[inside], org.assertj.core.data.Offset.offset(25));
        assertThat(v[(BOX_Y + 1) * W + BOX_X + BOX / 2]).isLessThan(60); // the side itself stays print
        int[] band = onRing(-60);
        assertThat(v[band[1] * W + band[0]]).isEqualTo(255); // the band where no print is
    }

    @Test
    void aBoxWhoseSideAGreySealsRingRunsAlongIsFoundAsWideAsUnsealedWithAClearInside() {
        ScanCheckboxes.Found unsealed = box(boxPrint(170));
        int[] v = stamped(boxPrint(170));

        ScanSeals.clear(v, W, H, ScanDrawing.SCALE);

        assertThat(box(v)).satisfies(b -> {
            assertThat(b.width()).isEqualTo(unsealed.width());
            assertThat(b.height()).isEqualTo(unsealed.height());
            assertThat(b.strokeAcross()).isFalse();
            assertThat(b.checked()).isFalse();
        });
    }

    /** The one checkbox below the lines of print on the image. */
    private static ScanCheckboxes.Found box(int[] v) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSamples(0, 0, W, H, 0, v);
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(new ScanRaster(img, ScanDrawing.SCALE));
        assertThat(boxes).filteredOn(b -> b.y() > 100).hasSize(1);
        return boxes.stream().filter(b -> b.y() > 100).findFirst().orElseThrow();
    }

    /** Paper (246) with three lines of dark print (level 40) above where the seal will be, setting the print level. */
    private static int[] darkLines() {
        int[] print = new int[W * H];
        java.util.Arrays.fill(print, 246);
        for (int line = 0; line < 3; line++) {
            for (int x = 60; x < 700; x += 16) {
                paint(print, x, 20 + 30 * line, 10, 14, 40);
            }
        }
        return print;
    }

    @Test
    void aRulingAsLightAsAGreySealCrossingItsInsideStays() {
        int[] print = darkLines();
        paint(print, 40, CY + 40, 680, 2, 150); // a ruling printed as light as the seal's ink, under its star
        int[] v = stamped(print);

        ScanSeals.clear(v, W, H, ScanDrawing.SCALE);

        assertThat(v[(CY + 40) * W + CX]).isLessThan(ScanSeals.INKED); // inside the seal, off its ring
        assertThat(v[(CY + 41) * W + CX - 60]).isLessThan(ScanSeals.INKED);
        int[] band = onRing(-60);
        assertThat(v[band[1] * W + band[0]]).isEqualTo(255); // the ring's ink goes all the same
    }

    @Test
    void aRulingPrintedLighterThanInkUnderAGreySealStays() {
        int[] print = darkLines();
        paint(print, 40, CY + 40, 680, 1, 224); // a grey rule between rows: lighter than ink, darker than paper
        int[] v = stamped(print);

        ScanSeals.clear(v, W, H, ScanDrawing.SCALE);

        for (int x : new int[] {CX - 60, CX, CX + 60}) {
            assertThat(v[(CY + 40) * W + x]).as("x %d", x).isEqualTo(224);
        }
    }

    /**
     * Lines of thin print: each character's strokes a pixel of dark ink with two pixels of its blur, mid grey,
     * either side, so that most of the page's ink is blur as light as a grey seal's.
     */
    private static int[] thinLines() {
        int[] print = new int[W * H];
        java.util.Arrays.fill(print, 246);
        for (int line = 0; line < 3; line++) {
            for (int x = 60; x < 700; x += 16) {
                for (int stroke = 0; stroke < 3; stroke++) {
                    paint(print, x + 5 * stroke, 20 + 30 * line, 5, 14, 150);
                    paint(print, x + 5 * stroke + 2, 20 + 30 * line, 1, 14, 40);
                }
            }
        }
        return print;
    }

    @Test
    void aGreySealOverThinPrintLosesItsStarToo() {
        int[] v = stamped(thinLines());
        for (int y = CY - 25; y <= CY + 25; y++) {
            for (int x = CX - 25; x <= CX + 25; x++) {
                if (Math.hypot(x - CX, y - CY) <= 25) {
                    v[y * W + x] = 135; // the star's body
                }
            }
        }

        ScanSeals.clear(v, W, H, ScanDrawing.SCALE);

        assertThat(v[CY * W + CX]).isEqualTo(255);
        assertThat(v[(CY + 20) * W + CX]).isEqualTo(255);
        int[] band = onRing(-60);
        assertThat(v[band[1] * W + band[0]]).isEqualTo(255);
        assertThat(v[21 * W + 62]).isEqualTo(40); // the print stays
    }

    @Test
    void aTableOfPrintWithBoxesAndASmallCircleHasNoSeal() {
        BufferedImage img = ScanDrawing.image(W, H, g -> {
            for (int y = 40; y < 520; y += 40) {
                g.fillRect(20, y, 720, 2);
                for (int x = 40; x < 700; x += 16) {
                    g.fillRect(x, y + 12, 10, 14);
                }
            }
            for (int x = 20; x <= 740; x += 180) {
                g.fillRect(x, 40, 2, 442);
            }
            g.setStroke(new BasicStroke(2f));
            g.drawOval(600, 100, 60, 30); // a ring round an option made by pen
            g.drawRect(300, 200, 18, 18);
        });

        assertThat(ScanSeals.find(grey(img), W, H, ScanDrawing.SCALE)).isEmpty();
    }

    @Test
    void theRingsChordAlongALineIsItsBandsLengthThere() {
        assertThat(ScanSeals.chord(0, 100, 110)).isEqualTo(10.0);
        assertThat(ScanSeals.chord(105, 100, 110)).isCloseTo(2 * Math.sqrt(110 * 110 - 105 * 105),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ScanSeals.chord(120, 100, 110)).isZero();
    }

    private static int[] grey(BufferedImage img) {
        int[] v = new int[img.getWidth() * img.getHeight()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                v[y * img.getWidth() + x] = (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff))
                        / 1000;
            }
        }
        return v;
    }
}
