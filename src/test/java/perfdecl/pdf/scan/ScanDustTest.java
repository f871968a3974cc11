package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class ScanDustTest {

    private static final int W = 420, H = 80;

    private static Font font() throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.HEI)).deriveFont(21f);
    }

    private static int[] levels(Consumer<Graphics2D> draw) {
        BufferedImage img = ScanDrawing.image(W, H, draw);
        return img.getRaster().getSamples(0, 0, W, H, 0, new int[W * H]);
    }

    private static BufferedImage image(int[] v) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSamples(0, 0, W, H, 0, v);
        return img;
    }

    private static int ink(int[] v) {
        int n = 0;
        for (int level : v) {
            if (level < ScanDust.PAPER) {
                n++;
            }
        }
        return n;
    }

    /** Two lines of a cell 30 px apart, as {@link ScanDrawing#textLines} sets them. */
    private static void twoLines(Graphics2D g, Font font) {
        g.setFont(font);
        g.drawString("项目实施计划按月受理", 10, 28);
        g.drawString("补贴申请和质量评估", 10, 58);
    }

    /**
     * Specks of 2 × 2 px down the 9 px blank between the lines (rows 31 to 39), each at its own height and place
     * along it: the first and the last stand by the lines' ink, those between stand alone.
     */
    private static void specksBetweenLines(Graphics2D g) {
        for (int i = 0; i < 5; i++) {
            g.fillRect(SPECK_X + 60 * i, 31 + 2 * i, 2, 2);
        }
    }

    private static final int SPECK_X = 40;

    @Test
    void specksStrewnOverTheBlankBetweenTwoLinesNoLongerJoinThemIntoOneLine() throws Exception {
        Font font = font();
        int[] clean = levels(g -> twoLines(g, font));
        int[] dusty = levels(g -> {
            twoLines(g, font);
            specksBetweenLines(g);
        });
        Rectangle all = new Rectangle(0, 0, W, H);
        assertThat(InkLines.find(image(clean), all)).hasSize(2);
        assertThat(InkLines.find(image(dusty), all)).hasSize(1);

        assertThat(ScanDust.clear(dusty, W, H, ScanDrawing.SCALE)).isBetween(3, 5);

        assertThat(InkLines.find(image(dusty), all)).hasSize(2);
        for (int i = 1; i <= 3; i++) {
            assertThat(dusty[(33 + 2 * (i - 1)) * W + SPECK_X + 60 * i]).isEqualTo(255);
        }
        for (int p = 0; p < clean.length; p++) {
            if (clean[p] < ScanDust.PAPER) {
                assertThat(dusty[p]).isEqualTo(clean[p]);
            }
        }
    }

    @Test
    void decimalPointColonAndFullStopBesideTheirCharactersStayPrint() throws Exception {
        Font font = font();
        int[] v = levels(g -> {
            g.setFont(font);
            g.drawString("名称：3.25。", 10, 40);
        });
        int before = ink(v);

        assertThat(ScanDust.clear(v, W, H, ScanDrawing.SCALE)).isZero();
        assertThat(ink(v)).isEqualTo(before);
    }

    @Test
    void loneDashInACellIsLongerThanAnySpeckAndStays() throws Exception {
        Font font = font();
        int[] v = levels(g -> {
            g.setFont(font);
            g.drawString("-", 200, 40);
            g.fillRect(60, 20, 2, 2);
        });
        int dash = ink(levels(g -> {
            g.setFont(font);
            g.drawString("-", 200, 40);
        }));
        assertThat(dash).isGreaterThan(0);

        assertThat(ScanDust.clear(v, W, H, ScanDrawing.SCALE)).isEqualTo(1);
        assertThat(ink(v)).isEqualTo(dash);
    }
}
