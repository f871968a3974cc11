package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.io.File;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.ScanRaster;

class ScanInlineSignsTest {

    private static final int WIDTH = 420;
    private static final Box CELL = new Box(0, 0, WIDTH / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);

    /** One line of Song text, 21 px, baseline at y = 28, starting at x = 10, with {@code signs} drawn on it. */
    private static ScanRaster line(String text, Consumer<Graphics2D> signs) throws Exception {
        return line(ScanDrawing.SONG, text, signs);
    }

    private static ScanRaster line(String fontFile, String text, Consumer<Graphics2D> signs) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(fontFile)).deriveFont(21f);
        return new ScanRaster(ScanDrawing.image(WIDTH, 40, g -> {
            g.setFont(font);
            g.drawString(text, 10, 28);
            signs.accept(g);
        }), ScanDrawing.SCALE);
    }

    /** ≤ as tall as the digits: a chevron pointing left with its tip in the upper part, a level bar under it. */
    private static void lessOrEqual(Graphics2D g, int x) {
        g.drawLine(x + 11, 13, x, 18);
        g.drawLine(x, 18, x + 11, 23);
        g.drawLine(x, 27, x + 11, 27);
    }

    /** ⩽ as Song fonts draw it: the bar slanted, beside the lower arm. */
    private static void slantedLessOrEqual(Graphics2D g, int x) {
        g.drawLine(x + 11, 12, x, 17);
        g.drawLine(x, 17, x + 11, 22);
        g.drawLine(x, 21, x + 11, 27);
    }

    /** A bare &lt;, half the line's height, its tip halfway down. */
    private static void less(Graphics2D g, int x) {
        g.drawLine(x + 9, 15, x, 20);
        g.drawLine(x, 20, x + 9, 25);
    }

    @Test
    void signsInsideASentenceAreReadFromTheirShapeInReadingOrder() throws Exception {
        // 时间 _ 30 分钟内，时间 _ 24: the signs drawn in the gaps left for them
        ScanRaster r = line("时间    30分钟内，时间      24", g -> {
            lessOrEqual(g, 58);
            slantedLessOrEqual(g, 248);
        });

        assertThat(ScanInlineSigns.chevrons(r, CELL)).extracting(ScanInlineSigns.Chevron::sign)
                .containsExactly("≤", "≤");
        ScanInlineSigns.Review review = ScanInlineSigns.repair("时间<30分钟内，时间入24", r, CELL);
        assertThat(review.text()).isEqualTo("时间≤30分钟内，时间≤24");
        assertThat(review.evidence()).contains("\"<\" → \"≤\"").contains("\"入\" → \"≤\"");
    }

    @Test
    void aBareChevronHalfTheLineTallIsLessThan() throws Exception {
        ScanRaster r = line("成本    4.97元", g -> less(g, 58));

        assertThat(ScanInlineSigns.chevrons(r, CELL)).extracting(ScanInlineSigns.Chevron::sign).containsExactly("<");
        assertThat(ScanInlineSigns.repair("成本<4.97元", r, CELL)).isNull();
        assertThat(ScanInlineSigns.repair("成本入4.97元", r, CELL).text()).isEqualTo("成本<4.97元");
    }

    @Test
    void chineseTextAndDigitsHaveNoChevrons() throws Exception {
        for (String font : new String[] {ScanDrawing.SONG, ScanDrawing.HEI}) {
            for (String text : new String[] {"故障处理时间71387200分钟，项目总预算（元）", "第2次达100%以上，《人社部发》",
                    "以及公众参与满意度 456789 长效机制", "3、投诉事件率人数以《公众》之比"}) {
                assertThat(ScanInlineSigns.chevrons(line(font, text, g -> { }), CELL)).as(font + " " + text)
                        .isEmpty();
            }
        }
    }

    @Test
    void anyCharacterBeforeANumberWhereAChevronStandsIsTheSign() throws Exception {
        ScanRaster r = line("时间    30分钟内，时间      24", g -> {
            lessOrEqual(g, 58);
            slantedLessOrEqual(g, 248);
        });

        assertThat(ScanInlineSigns.repair("时间科30分钟内，时间笃24", r, CELL).text()).isEqualTo("时间≤30分钟内，时间≤24");
    }

    @Test
    void aSignLikeCharacterWithNoChevronNearItStays() throws Exception {
        ScanRaster r = line("时间    30分钟内，时间    24", g -> lessOrEqual(g, 58));

        assertThat(ScanInlineSigns.repair("时间<30分钟内，时间<24", r, CELL).text()).isEqualTo("时间≤30分钟内，时间<24");
    }

    @Test
    void aChevronFarFromTheSignLikeCharacterChangesNothing() throws Exception {
        // 12333和962218: a real 和 before a number, and a chevron at the other end of the line
        ScanRaster r = line("整合现有12333和962218平台    1", g -> less(g, 290));

        assertThat(ScanInlineSigns.chevrons(r, CELL)).hasSize(1);
        assertThat(ScanInlineSigns.repair("整合现有12333和962218平台<1", r, CELL)).isNull();
        assertThat(ScanInlineSigns.repair("整合现有12333和962218平台入1", r, CELL).text())
                .isEqualTo("整合现有12333和962218平台<1");
    }
}
