package perfdecl.pdf.scan;

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

    /**
     * A table whose cell sides are filled one-pixel rectangles too light to be dark pixels, framed a second time
     * 1.5 pt (three pixels) outside, as office exports draw it.
     */
    private static void doubleFramedTable(Graphics2D g) {
        g.setColor(ScanDrawing.gray(175));
        for (int y : ROWS) {
            g.fillRect(COLUMNS[0], y, COLUMNS[COLUMNS.length - 1] - COLUMNS[0] + 1, 1);
        }
        for (int x : COLUMNS) {
            g.fillRect(x, ROWS[0], 1, ROWS[ROWS.length - 1] - ROWS[0] + 1);
        }
        int left = COLUMNS[0] - 3, top = ROWS[0] - 3, right = COLUMNS[COLUMNS.length - 1] + 3,
                bottom = ROWS[ROWS.length - 1] + 3;
        g.fillRect(left, top, right - left + 1, 1);
        g.fillRect(left, bottom, right - left + 1, 1);
        g.fillRect(left, top, 1, bottom - top + 1);
        g.fillRect(right, top, 1, bottom - top + 1);
    }

    @Test
    void aFrameDrawnDoubleIsOneRulingAlongItsWholeLength() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::doubleFramedTable),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        List<ScanRulings.Line> horizontal = lines.stream().filter(ScanRulings.Line::horizontal).toList();
        List<ScanRulings.Line> vertical = lines.stream().filter(l -> !l.horizontal())
                .sorted(java.util.Comparator.comparingDouble(ScanRulings.Line::at)).toList();
        assertThat(horizontal).extracting(ScanRulings.Line::at).containsExactly(98.5, 160.0, 240.0, 301.5);
        assertThat(vertical).extracting(ScanRulings.Line::at).containsExactly(78.5, 260.0, 521.5);
        assertThat(vertical.get(0).from()).isBetween(96, 100);
        assertThat(vertical.get(0).to()).isBetween(300, 305);
        assertThat(horizontal.get(3).from()).isBetween(76, 80);
        assertThat(horizontal.get(3).to()).isBetween(520, 525);
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
