package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScanRulingsTest {

    private static final int[] ROWS = {100, 160, 240, 300}, COLUMNS = {80, 260, 520};

    /** A 3 × 2 table drawn with faint thin rulings, a line of character-like strokes inside, and a tall title stroke. */
    private static void table(Graphics2D g) {
        g.setColor(ScanDrawing.gray(170));
        g.setStroke(new BasicStroke(1f));
        for (int y : ROWS) {
            g.drawLine(COLUMNS[0], y, COLUMNS[COLUMNS.length - 1], y);
        }
        for (int x : COLUMNS) {
            g.drawLine(x, ROWS[0], x, ROWS[ROWS.length - 1]);
        }
        g.setColor(ScanDrawing.gray(30));
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < 10; i++) {
            int x = 280 + i * 22;              // 田田田 at 10.5 pt: 22 px advance, 3 px between the glyphs
            g.drawRect(x, 112, 17, 20);
            g.drawLine(x, 122, x + 17, 122);
            g.drawLine(x + 9, 112, x + 9, 132);
        }
        g.drawLine(300, 20, 300, 70);          // a stroke of a big title character, far from any ruling
    }

    @Test
    void faintRulingsAreFoundAndTextAndTitleStrokesAreNot() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::table), ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        assertThat(lines.stream().filter(ScanRulings.Line::horizontal).map(l -> (int) Math.round(l.at())))
                .containsExactly(100, 160, 240, 300);
        assertThat(lines.stream().filter(l -> !l.horizontal()).map(l -> (int) Math.round(l.at())).sorted())
                .containsExactly(80, 260, 520);
        ScanRulings.Line top = lines.get(0);
        assertThat(top.from()).isBetween(78, 82);
        assertThat(top.to()).isBetween(518, 523);
    }

    @Test
    void skewIsMeasuredAndUndoneBeforeTheRulingsAreFound() {
        BufferedImage straight = ScanDrawing.image(620, 360, ScanRulingsTest::table);
        BufferedImage skewed = ScanSkew.rotate(straight, ScanSkew.correction(-1.2, 620, 360));
        double skew = ScanSkew.estimate(new ScanRaster(skewed, ScanDrawing.SCALE));
        assertThat(skew).isCloseTo(1.2, within(0.1));

        BufferedImage undone = ScanSkew.rotate(skewed, ScanSkew.correction(skew, 620, 360));
        List<ScanRulings.Line> lines = ScanRulings.find(new ScanRaster(undone, ScanDrawing.SCALE));
        assertThat(lines.stream().filter(ScanRulings.Line::horizontal).map(ScanRulings.Line::at))
                .hasSize(4).allSatisfy(y -> assertThat(nearestRow(y)).isCloseTo(y, within(2.0)));
        assertThat(lines.stream().filter(l -> !l.horizontal())).hasSize(3);
    }

    @Test
    void aPageWithoutSkewMeasuresZero() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::table), ScanDrawing.SCALE);
        assertThat(ScanSkew.estimate(r)).isCloseTo(0.0, within(0.05));
    }

    private static double nearestRow(double y) {
        double best = ROWS[0];
        for (int row : ROWS) {
            if (Math.abs(row - y) < Math.abs(best - y)) {
                best = row;
            }
        }
        return best;
    }
}
