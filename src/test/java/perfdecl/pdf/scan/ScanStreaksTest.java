package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScanStreaksTest {

    private static final int W = 300, H = 400;

    /** Paper 240 with a column ruling over 80 % of the height, a row ruling, and a 2 px streak darkened to 60 %. */
    private static int[] streakedPage() {
        int[] v = new int[W * H];
        java.util.Arrays.fill(v, 240);
        for (int y = 40; y < 360; y++) {
            v[y * W + 80] = 20;
            v[y * W + 81] = 20;
        }
        for (int x = 40; x < 260; x++) {
            v[100 * W + x] = 20;
        }
        for (int y = 0; y < H; y++) {
            v[y * W + 150] = v[y * W + 150] * 6 / 10;
            v[y * W + 151] = v[y * W + 151] * 6 / 10;
        }
        return v;
    }

    @Test
    void streakDownTheWholeScanIsLightenedToPaperWhileTheRulingsItCrossesStayDark() {
        int[] v = streakedPage();
        assertThat(ScanStreaks.remove(v, W, H)).isEqualTo(2);
        assertThat(v[50 * W + 150]).isGreaterThanOrEqualTo(235);
        assertThat(v[300 * W + 151]).isGreaterThanOrEqualTo(235);
        assertThat(v[100 * W + 150]).isLessThan(60); // the row ruling where the streak crossed it
        assertThat(v[200 * W + 80]).isEqualTo(20); // a column ruling keeps margins above and below: no streak
    }

    @Test
    void streakAcrossTheWholeScanOfAPageStoredTurnedIsLightenedToPaperWhileTheRulingsItCrossesStayDark() {
        // the same page stored a quarter turned: its streak runs along pixel rows from edge to edge
        int[] upright = streakedPage();
        int[] v = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                v[x * H + y] = upright[y * W + x];
            }
        }
        assertThat(ScanStreaks.remove(v, H, W)).isEqualTo(2);
        assertThat(v[150 * H + 50]).isGreaterThanOrEqualTo(235);
        assertThat(v[151 * H + 300]).isGreaterThanOrEqualTo(235);
        assertThat(v[150 * H + 100]).isLessThan(60); // the column ruling where the streak crossed it
        assertThat(v[80 * H + 200]).isEqualTo(20); // a row ruling keeps margins left and right: no streak
    }

    @Test
    void pageWithoutStreaksIsLeftAlone() {
        int[] v = streakedPage();
        for (int y = 0; y < H; y++) {
            v[y * W + 150] = 240;
            v[y * W + 151] = 240;
        }
        int[] before = v.clone();
        assertThat(ScanStreaks.remove(v, W, H)).isZero();
        assertThat(v).isEqualTo(before);
    }

    @Test
    void columnRulingPassedCloselyBySlantedStreakIsFoundWhenTheSkewedPageIsStraightened() {
        // a table scanned 2.5° askew, a scanner streak straight down the image crossing its middle column ruling
        BufferedImage page = ScanDrawing.image(600, 800, g -> {
            Graphics2D t = (Graphics2D) g.create();
            t.setColor(new Color(30, 30, 30));
            t.transform(AffineTransform.getRotateInstance(Math.toRadians(2.5), 300, 400));
            for (int x : new int[] {100, 250, 500}) {
                t.draw(new Line2D.Double(x, 150, x, 650));
            }
            for (int y = 150; y <= 650; y += 50) {
                t.draw(new Line2D.Double(100, y, 500, y));
            }
            t.dispose();
        });
        for (int y = 0; y < 800; y++) {
            for (int x = 252; x < 254; x++) { // dust on the sensor darkens whatever passes under it
                page.getRaster().setSample(x, y, 0, page.getRaster().getSample(x, y, 0) * 55 / 100);
            }
        }
        BufferedImage rgb = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(page, 0, 0, null);
        BufferedImage text = ScanPreprocess.prepare(rgb).text();
        ScanRaster raw = new ScanRaster(text, ScanDrawing.SCALE);
        double skew = ScanSkew.estimate(raw);
        ScanRaster straight = new ScanRaster(ScanSkew.rotate(text, ScanSkew.correction(skew, 600, 800)),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> columns = ScanRulings.ruled(straight).stream().filter(l -> !l.horizontal()).toList();
        assertThat(columns).filteredOn(l -> Math.abs(l.at() - 250) <= 4 && l.to() - l.from() >= 450).hasSize(1);
        assertThat(columns).filteredOn(l -> l.to() - l.from() >= 450).hasSize(3);
    }

    @Test
    void faintStreakAcrossAPageStoredTurnedWithFadedPrintIsTakenOutThoughTheStretchDarkensIt() {
        // a sheet of faded print (gray 130 on paper 240) stored a quarter turned: the sensor's dust darkened one
        // pixel row by a third from edge to edge. Stretching the faded ink to black darkens the streak with it, to
        // well under half the paper's light, where a printed ruling would be
        BufferedImage page = ScanDrawing.image(W, H, g -> {
            g.setColor(ScanDrawing.gray(130));
            g.setStroke(new java.awt.BasicStroke(2f));
            g.draw(new Line2D.Double(40, 60, 260, 60));
            g.draw(new Line2D.Double(40, 340, 260, 340));
            g.draw(new Line2D.Double(150, 60, 150, 340));
            for (int y = 80; y < 330; y += 24) {
                g.fillRect(50, y, 80, 10); // lines of text
                g.fillRect(165, y, 70, 10);
            }
        });
        for (int x = 0; x < W; x++) {
            for (int y = 215; y < 217; y++) {
                page.getRaster().setSample(x, y, 0, page.getRaster().getSample(x, y, 0) * 2 / 3);
            }
        }
        BufferedImage rgb = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(page, 0, 0, null);
        BufferedImage text = ScanPreprocess.prepare(rgb).text();
        int paperBeside = text.getRaster().getSample(20, 219, 0);
        assertThat(text.getRaster().getSample(20, 215, 0)).isGreaterThanOrEqualTo(paperBeside - 15);
        assertThat(text.getRaster().getSample(140, 216, 0)).isGreaterThanOrEqualTo(paperBeside - 15);
        assertThat(text.getRaster().getSample(150, 215, 0)).isLessThan(100); // the column ruling it crossed
    }
}
