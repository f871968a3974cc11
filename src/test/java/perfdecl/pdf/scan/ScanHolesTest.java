package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class ScanHolesTest {

    private static final int W = 600, H = 300;

    private static int[] levels(Consumer<Graphics2D> draw) {
        BufferedImage img = ScanDrawing.image(W, H, draw);
        return img.getRaster().getSamples(0, 0, W, H, 0, new int[W * H]);
    }

    private static boolean anyInk(int[] v, int x0, int y0, int x1, int y1) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (v[y * W + x] < 200) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * At 150 dpi: a punched hole's shadow (6 mm, 35 px) in the margin, a bold label beside it, a filled checkbox
     * (■, 3.5 mm), a big bold title character, and a hole touching the frame's ruling.
     */
    private static void page(Graphics2D g) {
        g.setColor(ScanDrawing.gray(15));
        g.fillOval(10, 40, 35, 35);
        try {
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.HEI)).deriveFont(Font.BOLD, 42f));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        g.drawString("项目名称", 80, 80);
        g.drawString("回", 420, 80);
        g.fillRect(300, 50, 21, 21);
        g.setStroke(new BasicStroke(3f));
        g.drawLine(80, 150, 80, 290);
        g.fillOval(50, 200, 35, 35);
    }

    @Test
    void aPunchedHolesShadowIsMadePaperAndPrintIsNot() {
        int[] v = levels(ScanHolesTest::page);

        assertThat(ScanHoles.clear(v, W, H, ScanDrawing.SCALE)).isEqualTo(1);
        assertThat(anyInk(v, 5, 35, 50, 80)).isFalse();
        assertThat(anyInk(v, 80, 40, 280, 85)).isTrue();   // the label
        assertThat(anyInk(v, 300, 50, 320, 70)).isTrue();  // the filled checkbox
        assertThat(anyInk(v, 420, 40, 470, 85)).isTrue();  // the title character
        assertThat(anyInk(v, 50, 200, 85, 235)).isTrue();  // the hole on the ruling, one shape with it
    }
}
