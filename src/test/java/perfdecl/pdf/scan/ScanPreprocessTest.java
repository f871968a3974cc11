package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScanPreprocessTest {

    /** A colour page of 400 × 300 px: grey-yellow paper lit unevenly, faded print, a red ring and a blue tick. */
    private static BufferedImage agedPage() {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                double light = 1 - 0.3 * x / 400.0; // darker to the right
                int p = (int) (225 * light);
                img.setRGB(x, y, new Color(p, p, (int) (p * 0.94)).getRGB());
            }
        }
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(70, 70, 70)); // faded ink
        g.fillRect(20, 50, 360, 2); // a ruling
        g.fillRect(330, 100, 30, 12); // "text" on the dark side
        g.setColor(new Color(205, 35, 40));
        g.setStroke(new BasicStroke(4f));
        g.draw(new Ellipse2D.Double(100, 120, 120, 120));
        g.setColor(new Color(25, 45, 160));
        g.fillRect(40, 200, 30, 4);
        g.dispose();
        return img;
    }

    private static int level(BufferedImage img, int x, int y) {
        return img.getRaster().getSample(x, y, 0);
    }

    @Test
    void paperBecomesWhiteAndFadedInkDarkWhateverTheLight() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(agedPage());
        assertThat(level(p.text(), 10, 10)).isGreaterThan(240);
        assertThat(level(p.text(), 390, 290)).isGreaterThan(240); // the dim side too
        assertThat(level(p.text(), 345, 106)).isLessThan(100);
        assertThat(level(p.text(), 200, 51)).isLessThan(100);
    }

    @Test
    void redSealAndBluePenLeaveThePrintImageAndOnlyThePenStaysInTheMarksImage() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(agedPage());
        assertThat(level(p.text(), 102, 180)).isGreaterThan(200); // the seal's ring
        assertThat(level(p.marks(), 102, 180)).isGreaterThan(200); // a seal over a box is no tick
        assertThat(level(p.text(), 55, 202)).isGreaterThan(200); // the pen
        assertThat(level(p.marks(), 55, 202)).isLessThan(120);
        assertThat(level(p.pen(), 55, 202)).isZero();
        assertThat(level(p.pen(), 102, 180)).isEqualTo(255); // red is no pen
        assertThat(p.chromatic()).isGreaterThan(0);
    }

    @Test
    void aWhiteEvenlyLitScanIsLeftAsScanned() {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(248, 248, 248));
        g.fillRect(0, 0, 200, 100);
        g.setColor(new Color(20, 20, 20));
        g.fillRect(20, 40, 150, 2);
        g.dispose();
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(img);
        assertThat(level(p.text(), 5, 5)).isEqualTo(248);
        assertThat(level(p.text(), 50, 40)).isEqualTo(20);
    }

    @Test
    void aScanWithoutColouredInkHasNoMarksOrPenImageToTurnAndDeskew() {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(230, 226, 220)); // toned paper, grey print: no pixel is coloured ink
        g.fillRect(0, 0, 200, 100);
        g.setColor(new Color(60, 60, 70));
        g.fillRect(20, 40, 150, 2);
        g.dispose();
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(img);
        assertThat(p.chromatic()).isZero();
        assertThat(p.marks()).isNull();
        assertThat(p.pen()).isNull();
        assertThat(level(p.text(), 50, 40)).isLessThan(100);
    }

    @Test
    void aBoxTickedOrRingedInBluePenIsRead() {
        BufferedImage img = new BufferedImage(300, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 80);
        g.setColor(new Color(25, 45, 160));
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(22, 40, 28, 52); // a tick running out of the first box
        g.drawLine(28, 52, 48, 22);
        g.draw(new Ellipse2D.Double(170, 20, 90, 40)); // a ring round the second box and its label
        g.setColor(Color.BLACK); // the print stays black under the pen
        g.setStroke(new BasicStroke(1f));
        g.drawRect(20, 30, 19, 19);
        g.drawRect(180, 30, 19, 19);
        g.dispose();
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(img);
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(new ScanRaster(p.text(), ScanDrawing.SCALE));
        assertThat(boxes).hasSize(2).noneMatch(ScanCheckboxes.Found::checked);
        List<ScanCheckboxes.Found> read = ScanCheckboxes.penTicks(
                ScanCheckboxes.remeasure(boxes, new ScanRaster(p.marks(), ScanDrawing.SCALE)),
                new ScanRaster(p.pen(), ScanDrawing.SCALE));
        assertThat(read).allMatch(ScanCheckboxes.Found::checked);
        assertThat(read.get(1).confidence()).isBetween(0.6, 0.8);
    }
    @Test
    void aBoxFilledInBluePenOverItsFrameIsReadTickedFromThePen() {
        // the pen covers the printed frame, which the print image turns to paper with it: no box is found there
        BufferedImage img = new BufferedImage(300, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 80);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(20, 30, 19, 19);
        g.drawRect(100, 30, 19, 19);
        g.drawRect(180, 30, 19, 19);
        g.drawRect(20, 64, 19, 12); // an oblong frame: no box
        g.setColor(new Color(25, 45, 160));
        g.fillRect(98, 28, 24, 23);
        g.fillRect(250, 2, 22, 22); // a blot off the boxes' line and column
        g.dispose();
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(img);
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(new ScanRaster(p.text(), ScanDrawing.SCALE));
        assertThat(boxes).extracting(ScanCheckboxes.Found::x).containsExactly(20, 180);
        List<ScanCheckboxes.Found> read = ScanCheckboxes.penFilled(boxes, new ScanRaster(p.pen(), ScanDrawing.SCALE));
        assertThat(read).hasSize(3);
        assertThat(read.get(2).x()).isBetween(97, 100);
        assertThat(read.get(2).checked()).isTrue();
        assertThat(read.get(2).confidence()).isEqualTo(1.0);
    }

    @Test
    void aBluePenRingRoundALongLabelTicksItsBoxAndLeavesThePrintImage() {
        // 市委市政府已确定的新增项目: a label thirteen characters long, far wider than a tick or a scribble
        BufferedImage img = new BufferedImage(480, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 80);
        g.setColor(new Color(40, 60, 165));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Double(8, 18, 330, 44));
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(20, 30, 19, 19);
        g.fillRect(46, 32, 280, 16); // the label's ink
        g.drawRect(400, 30, 19, 19);
        g.dispose();
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(img);
        ScanRaster print = new ScanRaster(p.text(), ScanDrawing.SCALE);
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(print);
        assertThat(boxes).hasSize(2).noneMatch(ScanCheckboxes.Found::checked);
        assertThat(ScanPenRings.find(print, ScanCheckboxes.commonSide(boxes))).isEmpty();
        ScanRaster pen = new ScanRaster(p.pen(), ScanDrawing.SCALE);
        List<ScanCheckboxes.Found> read = ScanPenRings.mark(
                ScanCheckboxes.penTicks(boxes, pen), ScanPenRings.find(pen, ScanCheckboxes.commonSide(boxes)), print);
        assertThat(read).extracting(ScanCheckboxes.Found::checked).containsExactly(true, false);
    }

    @Test
    void aDarkScannerStripAlongAnEdgeBecomesPaperAndARulingNearTheOtherEdgeStays() {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(40, 40, 40));
        g.fillRect(370, 0, 30, 300); // the lid's strip along the right edge, 30 px
        g.fillRect(4, 20, 2, 260); // the table's left side, just inside the left edge
        g.fillRect(100, 100, 120, 14); // "text"
        g.dispose();
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(img);
        assertThat(level(p.text(), 385, 150)).isEqualTo(255);
        assertThat(level(p.text(), 369, 150)).isEqualTo(255);
        assertThat(level(p.text(), 5, 150)).isLessThan(100);
        assertThat(level(p.text(), 150, 107)).isLessThan(100);
        assertThat(p.strips()).containsExactly(0, 0, 33, 0);
    }

    /**
     * A page on tinted paper lit unevenly, with a grainy lid strip {@code strip} px deep along its left edge and the
     * scanner's dark bed showing over the right {@code bed} px: the strip's grain, divided by a paper estimate that
     * took the strip partly for paper, turns to stripes of ink and paper.
     */
    private static BufferedImage lidAndBed(int strip, int bed) {
        int w = 600, h = 400;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.util.Random grain = new java.util.Random(7);
        int[] column = new int[w];
        for (int x = 0; x < w; x++) {
            column[x] = grain.nextInt(30); // a lid's felt runs in streaks along the edge
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p;
                if (x < strip) {
                    p = 20 + column[x] + grain.nextInt(8);
                } else if (x >= w - bed) {
                    p = 23;
                } else {
                    p = (int) (210 * (1 - 0.1 * y / h));
                }
                img.setRGB(x, y, new Color(p, p, (int) (p * 0.92)).getRGB());
            }
        }
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(60, 60, 60));
        for (int row = 0; row < 8; row++) {
            g.fillRect(120, 60 + 36 * row, 150 + 20 * row, 14); // "text" lines
        }
        g.dispose();
        return img;
    }

    @Test
    void aGrainyLidStripThatNormalisingTurnsToStripesBecomesPaper() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(lidAndBed(45, 0));
        for (int x = 0; x < 45; x += 3) {
            assertThat(level(p.text(), x, 200)).as("x=%d", x).isEqualTo(255);
        }
        assertThat(p.strips()[0]).isGreaterThanOrEqualTo(45);
        assertThat(level(p.text(), 150, 67)).isLessThan(100);
    }

    @Test
    void theScannersBedShowingOverAThirdOfTheScanBesideAPageBecomesPaperToItsEdge() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(lidAndBed(0, 220));
        // the bed's edge is no ruling: nothing dark is left where the paper meets it
        for (int x = 370; x < 600; x += 2) {
            assertThat(level(p.text(), x, 200)).as("x=%d", x).isGreaterThan(200);
        }
        assertThat(p.strips()[2]).isGreaterThanOrEqualTo(220);
        assertThat(level(p.text(), 150, 67)).isLessThan(100);
    }

    /**
     * A yellowed page as a JPEG scan keeps a blue pen stroke: clearly blue only along its middle, its edges dark and
     * only a little bluer than the paper, and a line of black print that the stroke crosses.
     */
    private static BufferedImage dullPenOnYellowedPaper() {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 197, 172));
        g.fillRect(0, 0, 300, 120);
        g.setColor(new Color(88, 88, 98)); // the stroke's dull edges: grey but for a little blue
        g.fillRect(100, 20, 9, 80);
        g.setColor(new Color(52, 58, 100)); // its middle, clearly bluer than the yellowed paper
        g.fillRect(102, 20, 5, 80);
        g.setColor(new Color(40, 48, 112)); // where the pen pressed harder, blue by any measure
        g.fillRect(102, 80, 5, 20);
        g.setColor(new Color(22, 16, 0)); // the print, tinted with the paper
        g.fillRect(20, 58, 80, 4);
        g.fillRect(109, 58, 170, 4);
        g.fillRect(40, 90, 30, 12); // "text" away from the pen
        g.setColor(new Color(6, 6, 14)); // black print under the pen, tinted by it
        g.fillRect(100, 58, 9, 4);
        g.dispose();
        return img;
    }

    @Test
    void aBluePenStrokesDullEdgesLeaveThePrintImageAndThePrintUnderItStays() {
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(dullPenOnYellowedPaper());
        assertThat(level(p.text(), 100, 40)).isGreaterThan(200); // the edge, grey by its luminance
        assertThat(level(p.text(), 104, 40)).isGreaterThan(200); // the middle
        assertThat(level(p.text(), 104, 59)).isLessThan(100); // the print under the pen
        assertThat(level(p.text(), 50, 95)).isLessThan(100);
        assertThat(level(p.pen(), 104, 40)).isZero(); // the middle is pen for reading ticks
        assertThat(level(p.pen(), 100, 40)).isEqualTo(255); // its edges would widen a filled box's blot
        assertThat(level(p.pen(), 50, 95)).isEqualTo(255);
    }

    @Test
    void slateGreyPrintWithoutClearlyBluePenIsLeftInThePrintImage() {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 197, 172));
        g.fillRect(0, 0, 300, 120);
        g.setColor(new Color(88, 88, 98)); // as dull as a pen's edge, with no blue stroke beside it
        g.fillRect(40, 40, 200, 6);
        g.setColor(new Color(205, 35, 40)); // a seal's red: the page is coloured
        g.fillRect(40, 90, 60, 6);
        g.dispose();
        ScanPreprocess.Prepared p = ScanPreprocess.prepare(img);
        assertThat(p.chromatic()).isGreaterThan(0);
        assertThat(level(p.text(), 120, 42)).isLessThan(150);
        assertThat(level(p.pen(), 120, 42)).isEqualTo(255);
    }
}
