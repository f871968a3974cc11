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

    /**
     * The table above with the rule between its first two rows printed light (12 levels under the paper, as some
     * templates draw the rules between indicator rows), and a light stroke of the same shade inside a cell that
     * starts and ends away from any column ruling.
     */
    private static void tableWithALightRowRule(Graphics2D g) {
        g.setColor(ScanDrawing.gray(170));
        g.setStroke(new BasicStroke(1f));
        for (int y : new int[] {ROWS[0], ROWS[2], ROWS[3]}) {
            g.drawLine(COLUMNS[0], y, COLUMNS[COLUMNS.length - 1], y);
        }
        for (int x : COLUMNS) {
            g.drawLine(x, ROWS[0], x, ROWS[ROWS.length - 1]);
        }
        g.setColor(ScanDrawing.gray(ScanDrawing.PAPER - 12));
        g.fillRect(COLUMNS[0], ROWS[1], COLUMNS[2] - COLUMNS[0], 1);
        g.fillRect(300, 200, 150, 1);
    }

    @Test
    void aRowRulePrintedLightIsFoundWhereItRunsFromColumnToColumnAndALightStrokeInACellIsNot() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::tableWithALightRowRule),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        assertThat(lines.stream().filter(ScanRulings.Line::horizontal).map(l -> (int) Math.round(l.at())).sorted())
                .containsExactly(100, 160, 240, 300);
        ScanRulings.Line light = lines.stream().filter(l -> l.horizontal() && Math.round(l.at()) == 160)
                .findFirst().orElseThrow();
        assertThat(light.from()).isBetween(78, 82);
        assertThat(light.to()).isBetween(518, 523);
    }

    /**
     * The table with its second row rule dark only over its right part and light from the frame to there (a thin
     * rule deskewing blurred: where it fell on one pixel row it is dark enough for the ordinary ridge, where it
     * spread over two only the faint one), and its third row rule dark from a little right of the frame on, the
     * light stretch before that broken by two gaps of a few pixels.
     */
    private static void tableWithRowRulesFoundInPart(Graphics2D g) {
        g.setColor(ScanDrawing.gray(170));
        g.setStroke(new BasicStroke(1f));
        for (int y : new int[] {ROWS[0], ROWS[3]}) {
            g.drawLine(COLUMNS[0], y, COLUMNS[COLUMNS.length - 1], y);
        }
        for (int x : COLUMNS) {
            g.drawLine(x, ROWS[0], x, ROWS[ROWS.length - 1]);
        }
        g.fillRect(300, ROWS[1], COLUMNS[2] - 300 + 1, 1);
        g.fillRect(120, ROWS[2], COLUMNS[2] - 120 + 1, 1);
        g.setColor(ScanDrawing.gray(ScanDrawing.PAPER - 12));
        g.fillRect(COLUMNS[0], ROWS[1], 300 - COLUMNS[0], 1);
        g.fillRect(COLUMNS[0], ROWS[2], 15, 1);
        g.fillRect(COLUMNS[0] + 18, ROWS[2], 10, 1);
        g.fillRect(COLUMNS[0] + 31, ROWS[2], 120 - COLUMNS[0] - 31, 1);
    }

    /**
     * A frame with two row rules printed dark only near the frame's sides and faded between (a seal's clearing, ink
     * faded unevenly), and a column ruling between those two rows only, in the faded middle: it meets none of the
     * row rules' dark pieces.
     */
    private static void tableWithAColumnBetweenFadedRows(Graphics2D g) {
        g.setColor(ScanDrawing.gray(30));
        g.setStroke(new BasicStroke(1f));
        for (int y : new int[] {ROWS[0], ROWS[3]}) {
            g.drawLine(COLUMNS[0], y, COLUMNS[2], y);
        }
        for (int x : new int[] {COLUMNS[0], COLUMNS[2]}) {
            g.drawLine(x, ROWS[0], x, ROWS[3]);
        }
        for (int y : new int[] {ROWS[1], ROWS[2]}) {
            g.fillRect(COLUMNS[0], y, 200 - COLUMNS[0], 1);
            g.fillRect(320, y, COLUMNS[2] - 320 + 1, 1);
        }
        g.setColor(ScanDrawing.gray(170));
        g.fillRect(COLUMNS[1], ROWS[1], 1, ROWS[2] - ROWS[1] + 1);
        g.setColor(ScanDrawing.gray(ScanDrawing.PAPER - 12));
        for (int y : new int[] {ROWS[1], ROWS[2]}) {
            g.fillRect(200, y, 120, 1);
        }
    }

    @Test
    void aColumnRulingBetweenRowRulesFoundInPiecesIsKept() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::tableWithAColumnBetweenFadedRows),
                ScanDrawing.SCALE);

        List<ScanRulings.Line> lines = ScanRulings.find(r);

        ScanRulings.Line column = lines.stream().filter(l -> !l.horizontal() && Math.abs(l.at() - COLUMNS[1]) <= 1)
                .findFirst().orElseThrow();
        assertThat(column.from()).isBetween(ROWS[1] - 2, ROWS[1] + 2);
        assertThat(column.to()).isBetween(ROWS[2] - 2, ROWS[2] + 2);
        assertThat(ScanRulings.ruled(r)).noneMatch(l -> !l.horizontal() && Math.abs(l.at() - COLUMNS[1]) <= 1);
    }

    @Test
    void aRowRuleFoundOnlyInPartIsCarriedToTheColumnRulingsTheFaintRidgeRunsOnTo() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::tableWithRowRulesFoundInPart),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        assertThat(lines.stream().filter(ScanRulings.Line::horizontal).map(l -> (int) Math.round(l.at())).sorted())
                .containsExactly(100, 160, 240, 300);
        for (int row : new int[] {ROWS[1], ROWS[2]}) {
            ScanRulings.Line rule = lines.stream().filter(l -> l.horizontal() && Math.round(l.at()) == row)
                    .findFirst().orElseThrow();
            assertThat(rule.from()).as("row %d", row).isBetween(78, 82);
            assertThat(rule.to()).as("row %d", row).isBetween(518, 523);
        }
    }

    @Test
    void columnRulingsCrossedByFewerThanTwoRowRulingsAreATableWhoseRowsWereLost() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::table), ScanDrawing.SCALE);
        List<ScanRulings.Line> whole = ScanRulings.find(r);
        assertThat(ScanRulings.rowsLost(whole, 360)).isFalse();
        // a 1-bit copy keeps the frame's top and the columns, its thin row rules broken past finding
        List<ScanRulings.Line> topOnly = whole.stream()
                .filter(l -> !l.horizontal() || Math.round(l.at()) == ROWS[0]).toList();
        assertThat(ScanRulings.rowsLost(topOnly, 360)).isTrue();
        // short column rulings (a box or the split of one row) are no table side
        assertThat(ScanRulings.rowsLost(topOnly, 2000)).isFalse();
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
    /** The x at which row {@code y} of the deskewed image meets the left edge of the scan ({@code toScan} maps back). */
    private static int scanEdge(java.awt.geom.AffineTransform toScan, int y) {
        for (int x = -100; x < 200; x++) {
            if (toScan.transform(new java.awt.geom.Point2D.Double(x, y), null).getX() >= 0) {
                return x;
            }
        }
        throw new AssertionError("no edge");
    }

    @Test
    void aTableCutAtTheSlantingEdgeOfADeskewedScanGetsItsSideBackAtTheRulingsOutmostEndAndEveryRowReachesIt()
            throws Exception {
        // a scan 620 × 800 px skewed 2.5°: undone, its left edge slants some 35 px from top to bottom
        java.awt.geom.AffineTransform toScan = ScanSkew.correction(2.5, 620, 800).createInverse();
        List<ScanRulings.Line> cut = new java.util.ArrayList<>();
        for (int y = 100; y <= 700; y += 100) {
            cut.add(new ScanRulings.Line(true, y, Math.max(2, scanEdge(toScan, y)), 560, 2));
        }
        int outmost = cut.stream().mapToInt(ScanRulings.Line::from).min().orElseThrow();
        assertThat(cut.stream().mapToInt(ScanRulings.Line::from).max().orElseThrow())
                .as("rows meeting the edge further in").isGreaterThan(outmost + 8);
        List<ScanRulings.Line> closed = ScanRulings.closeCutFrame(cut, 620, 800, toScan, new int[4]);
        assertThat(ScanRulings.cut(cut, closed)).isTrue();
        ScanRulings.Line side = closed.get(closed.size() - 1);
        assertThat(side.horizontal()).isFalse();
        assertThat(side.at()).isEqualTo(outmost);
        assertThat(side.from()).isEqualTo(100);
        assertThat(side.to()).isEqualTo(701);
        // a row whose cell the edge left wider keeps it: what stands left of the inmost end is still read
        assertThat(closed.subList(0, cut.size())).allSatisfy(l -> assertThat(l.from()).isEqualTo(outmost));
        assertThat(closed.subList(0, cut.size())).extracting(ScanRulings.Line::to).containsOnly(560);

        List<ScanRulings.Line> inside = cut.stream()
                .map(l -> new ScanRulings.Line(true, l.at(), l.from() + 30, l.to(), 2)).toList();
        assertThat(ScanRulings.closeCutFrame(inside, 620, 800, toScan, new int[4])).isEqualTo(inside);
    }

    @Test
    void aStripsSlantedBorderTouchingTheEdgeHalfwayAcrossPutsNoSideThroughTheTable() throws Exception {
        // a scan 620 × 800 px skewed -3°, a dark strip 40 px along its top made paper: undone, the strip's border
        // slants, so a line along it at y 50 has its middle off the edge and its right end (x 430) on it
        java.awt.geom.AffineTransform toScan = ScanSkew.correction(-3.0, 620, 800).createInverse();
        int[] strip = {0, 40, 0, 0};
        assertThat(ScanRulings.atScanEdge(235, 50, 620, 800, toScan, strip)).isFalse();
        assertThat(ScanRulings.atScanEdge(430, 50, 620, 800, toScan, strip)).isTrue();
        List<ScanRulings.Line> lines = new java.util.ArrayList<>();
        lines.add(new ScanRulings.Line(true, 50, 40, 430, 4));
        // the table's rows cut by the scan's right edge, which slants from x 616 to 601 down the image
        for (int y = 200; y <= 700; y += 100) {
            int end = 300;
            while (!ScanRulings.atScanEdge(end, y, 620, 800, toScan, strip)) {
                end++;
            }
            lines.add(new ScanRulings.Line(true, y, 80, end, 2));
        }
        // its columns, the value column's left ruling at x 480
        lines.add(new ScanRulings.Line(false, 80, 200, 700, 2));
        lines.add(new ScanRulings.Line(false, 300, 200, 700, 2));
        lines.add(new ScanRulings.Line(false, 480, 200, 700, 2));

        List<ScanRulings.Line> closed = ScanRulings.closeCutFrame(lines, 620, 800, toScan, strip);

        ScanRulings.Line side = closed.get(closed.size() - 1);
        assertThat(side.horizontal()).isFalse();
        assertThat(side.at()).as("the side at the rows' outmost end, past the value column").isEqualTo(616);
        assertThat(side.from()).isEqualTo(200);
        assertThat(side.to()).isEqualTo(701);
        assertThat(closed.get(0)).as("the strip's border is left as it was").isEqualTo(lines.get(0));
        assertThat(closed.subList(1, 7)).extracting(ScanRulings.Line::to).containsOnly(616);
    }

    @Test
    void theRulingsEndsThatTheCutEdgeMadeLieWithinItsSlantOfOneAnother() throws Exception {
        java.awt.geom.AffineTransform level = new java.awt.geom.AffineTransform();
        List<ScanRulings.Line> lines = List.of(new ScanRulings.Line(true, 100, 40, 619, 2),
                new ScanRulings.Line(true, 200, 40, 612, 2), new ScanRulings.Line(true, 300, 40, 618, 2),
                new ScanRulings.Line(true, 20, 40, 300, 2));
        // a level scan: ends within a dozen pixels of their median stand on the edge; 300 is a line of its own
        assertThat(ScanRulings.alongOneEdge(lines, List.of(0, 1, 2, 3), false, level)).containsExactly(0, 1, 2);
        // skewed 3°, rows 600 px apart meet the edge some 31 px apart, and are kept
        java.awt.geom.AffineTransform skewed = ScanSkew.correction(3.0, 620, 800).createInverse();
        List<ScanRulings.Line> slanting = List.of(new ScanRulings.Line(true, 100, 40, 619, 2),
                new ScanRulings.Line(true, 400, 40, 603, 2), new ScanRulings.Line(true, 700, 40, 588, 2));
        assertThat(ScanRulings.alongOneEdge(slanting, List.of(0, 1, 2), false, skewed)).containsExactly(0, 1, 2);
        assertThat(ScanRulings.alongOneEdge(slanting, List.of(0, 1), false, skewed)).containsExactly(0, 1);
    }

    @Test
    void rulingsRunningIntoADarkStripMadePaperAreCutThere() {
        java.awt.geom.AffineTransform square = new java.awt.geom.AffineTransform();
        List<ScanRulings.Line> lines = List.of(new ScanRulings.Line(true, 100, 80, 575, 2),
                new ScanRulings.Line(true, 200, 80, 577, 2), new ScanRulings.Line(true, 300, 80, 576, 2));
        // the scanner lid's strip, 40 px along the right edge of a 620 px scan, was made paper
        List<ScanRulings.Line> closed = ScanRulings.closeCutFrame(lines, 620, 400, square, new int[] {0, 0, 40, 0});
        assertThat(closed).hasSize(4);
        assertThat(closed.get(3).at()).isEqualTo(577);
        assertThat(closed.subList(0, 3)).extracting(ScanRulings.Line::to).containsOnly(577);
        assertThat(ScanRulings.closeCutFrame(lines, 620, 400, square, new int[4])).isEqualTo(lines);
    }

    @Test
    void aLineAlongTheCutEdgeBetweenTheRulingsEndsKeepsTheSideAtTheirInmostEnd() {
        java.awt.geom.AffineTransform square = new java.awt.geom.AffineTransform();
        // a 20 px strip made paper along the left edge of a 620 × 400 px scan; the rows stop 8 to 20 px in
        List<ScanRulings.Line> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(new ScanRulings.Line(true, 100 + 60 * i, 8 + 4 * i, 560, 2));
        }
        int[] strip = {20, 0, 0, 0};
        List<ScanRulings.Line> closed = ScanRulings.closeCutFrame(rows, 620, 400, square, strip);
        assertThat(closed.get(closed.size() - 1).at()).isEqualTo(8);
        assertThat(closed.subList(0, 4)).extracting(ScanRulings.Line::from).containsOnly(8);

        // the strip's border read as a ruling 14 px in: a side put back at 8 would open a column 6 px wide
        List<ScanRulings.Line> rimmed = new java.util.ArrayList<>(rows);
        rimmed.add(new ScanRulings.Line(false, 14, 0, 399, 3));
        closed = ScanRulings.closeCutFrame(rimmed, 620, 400, square, strip);
        assertThat(closed).hasSize(6);
        assertThat(closed.get(5).at()).isEqualTo(20);
        assertThat(closed.subList(0, 5)).isEqualTo(rimmed);
    }

    @Test
    void aLineAlongTheScansEdgeDoesNotPutTheCutSideBackWhereItStops() {
        java.awt.geom.AffineTransform square = new java.awt.geom.AffineTransform();
        // rows cut by the right edge of a 620 × 400 px scan, and the scan's dark rim along its top edge from the
        // left to the middle
        List<ScanRulings.Line> lines = List.of(new ScanRulings.Line(true, 0.5, 60, 330, 2),
                new ScanRulings.Line(true, 100, 80, 619, 2), new ScanRulings.Line(true, 200, 80, 619, 2),
                new ScanRulings.Line(true, 300, 80, 619, 2));
        List<ScanRulings.Line> closed = ScanRulings.closeCutFrame(lines, 620, 400, square, new int[4]);

        assertThat(closed).hasSize(5);
        ScanRulings.Line side = closed.get(4);
        assertThat(side.horizontal()).isFalse();
        assertThat(side.at()).isEqualTo(618);
        assertThat(side.from()).isEqualTo(100);
    }

    @Test
    void twoCutSidesMeetAtTheCornerSoItsCellIsClosed() {
        java.awt.geom.AffineTransform square = new java.awt.geom.AffineTransform();
        // a table shifted past the bottom-right corner of a 620 × 400 px scan: rows run into the right edge,
        // columns into the bottom edge
        List<ScanRulings.Line> lines = new java.util.ArrayList<>();
        for (int y = 100; y <= 300; y += 100) {
            lines.add(new ScanRulings.Line(true, y, 80, 619, 2));
        }
        for (int x = 80; x <= 480; x += 200) {
            lines.add(new ScanRulings.Line(false, x, 100, 399, 2));
        }
        List<ScanRulings.Line> closed = ScanRulings.closeCutFrame(lines, 620, 400, square, new int[4]);
        ScanRulings.Line right = closed.stream().filter(l -> !l.horizontal() && l.at() > 600).findFirst().orElseThrow();
        ScanRulings.Line bottom = closed.stream().filter(l -> l.horizontal() && l.at() > 390).findFirst().orElseThrow();
        assertThat(right.from()).isEqualTo(100);
        assertThat(right.to()).isGreaterThan((int) bottom.at());
        assertThat(bottom.from()).isEqualTo(80);
        assertThat(bottom.to()).isGreaterThan((int) right.at());
    }

    /**
     * The table above with its frame's left side printed dark, and a punched hole's shadow (34 px round) touching
     * it from outside.
     */
    private static void tableWithAHoleAgainstItsFrame(Graphics2D g) {
        table(g);
        g.setColor(ScanDrawing.gray(20));
        g.drawLine(COLUMNS[0], ROWS[0], COLUMNS[0], ROWS[ROWS.length - 1]);
        g.fillOval(COLUMNS[0] - 30, 180, 34, 34);
    }

    @Test
    void aFrameSideAPunchedHoleTouchesIsStillFoundAlongItsWholeLength() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::tableWithAHoleAgainstItsFrame),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> columns = ScanRulings.find(r).stream().filter(l -> !l.horizontal()).toList();

        assertThat(columns.stream().map(l -> (int) Math.round(l.at())).sorted()).containsExactly(80, 260, 520);
        ScanRulings.Line left = columns.stream().filter(l -> Math.round(l.at()) == 80).findFirst().orElseThrow();
        assertThat(left.from()).isBetween(98, 102);
        assertThat(left.to()).isBetween(298, 303);
        assertThat(left.thickness()).isLessThanOrEqualTo(3);
    }

    /** A dark wedge in a corner of the scan (a scanner's deskew), 300 px along the edge and 10 px deep. */
    private static void cornerWedge(Graphics2D g) {
        g.setColor(ScanDrawing.gray(20));
        g.fillPolygon(new int[] {0, 300, 0}, new int[] {0, 0, 10}, 3);
    }

    @Test
    void aCornersWedgeIsNoRulingThoughItsLongestRowsAreThin() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::cornerWedge), ScanDrawing.SCALE);

        assertThat(ScanRulings.find(r)).isEmpty();
    }

    /**
     * A table framed double (1 px lines 3 px apart) whose sides lean 5 px over its 600 px height, as a scan's
     * keystone leaves them once the page as a whole is deskewed; its inner column leans half as much.
     */
    private static void leaningDoubleFrame(Graphics2D g) {
        g.setColor(ScanDrawing.gray(150));
        g.setStroke(new BasicStroke(1f));
        int top = 60, bottom = 660;
        for (int y = top; y <= bottom; y += 60) {
            g.drawLine(80, y, 525, y);
        }
        g.drawLine(260, top, 262, bottom);
        for (int[] side : new int[][] {{80, 85}, {77, 82}, {520, 525}, {523, 528}}) {
            g.drawLine(side[0], top - 3, side[1], bottom + 3);
        }
    }

    @Test
    void aDoubleFrameLeaningAcrossMoreColumnsThanARulingIsThickIsStillItsTablesSides() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 720, ScanRulingsTest::leaningDoubleFrame),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> columns = ScanRulings.find(r).stream().filter(l -> !l.horizontal())
                .sorted(java.util.Comparator.comparingDouble(ScanRulings.Line::at)).toList();

        assertThat(columns).extracting(l -> (int) Math.round(l.at())).hasSize(3);
        assertThat(columns.get(0).at()).isCloseTo(81, within(3.0));
        assertThat(columns.get(2).at()).isCloseTo(524, within(3.0));
        for (ScanRulings.Line side : List.of(columns.get(0), columns.get(2))) {
            assertThat(side.from()).isLessThan(70);
            assertThat(side.to()).isGreaterThan(650);
        }
    }

    @Test
    void aDarkBandLeaningAlongAnEdgeIsNoRulingThoughItLeansLikeAKeystonedSide() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 720, g -> {
            g.setColor(ScanDrawing.gray(20));
            g.fillPolygon(new int[] {0, 14, 24, 0}, new int[] {0, 0, 720, 720}, 4);
        }), ScanDrawing.SCALE);

        assertThat(ScanRulings.find(r).stream().filter(l -> !l.horizontal())).isEmpty();
    }

    /**
     * A ruled table as a 300 dpi scan of hairline rules shows at the reader's 150 dpi: one-pixel rules 26 levels
     * under the paper, six rows and three columns over a page-sized area.
     */
    private static void hairlineTable(Graphics2D g) {
        g.setColor(ScanDrawing.gray(ScanDrawing.PAPER - 26));
        for (int y = 100; y <= 850; y += 150) {
            g.fillRect(80, y, 1001, 1);
        }
        for (int x : new int[] {80, 300, 1080}) {
            g.fillRect(x, 100, 1, 751);
        }
    }

    @Test
    void hairlineRulingsBlurredOverNeighbouringPixelRowsByDeskewingAreFoundAlongTheirWholeLength() {
        BufferedImage straight = ScanDrawing.image(1160, 950, ScanRulingsTest::hairlineTable);
        // skewed 1.5° and undone to within the skew measure's twentieth of a degree: each rule drifts over three
        // pixel rows along its length, as light in any one of them as the blur left it
        BufferedImage skewed = ScanSkew.rotate(straight, ScanSkew.correction(-1.5, 1160, 950));
        BufferedImage undone = ScanSkew.rotate(skewed, ScanSkew.correction(1.45, 1160, 950));

        List<ScanRulings.Line> rows = ScanRulings.find(new ScanRaster(undone, ScanDrawing.SCALE)).stream()
                .filter(ScanRulings.Line::horizontal).filter(l -> l.to() - l.from() > 100).toList();
        assertThat(rows).hasSize(6).allSatisfy(l -> {
            assertThat(l.from()).isBetween(76, 84);
            assertThat(l.to()).isBetween(1076, 1084);
        });
    }

    /**
     * A table whose right frame slants 9 px over its 750 px height, as the side of a keystoned scan stands once the
     * page's skew is undone, beside an upright left frame and a stroke slanting 60 px over 200 px.
     */
    private static void keystonedTable(Graphics2D g) {
        g.setColor(ScanDrawing.gray(40));
        g.setStroke(new BasicStroke(2f));
        for (int y = 100; y <= 850; y += 150) {
            g.drawLine(80, y, 1080 + (y - 100) * 9 / 750, y);
        }
        g.drawLine(80, 100, 80, 850);
        g.drawLine(1080, 100, 1089, 850);
        g.drawLine(500, 300, 560, 500);
    }

    @Test
    void aFrameSideSlantingWithAKeystonedScanIsOneRulingAlongItsWholeLengthAndASlantingStrokeIsNone() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(1160, 950, ScanRulingsTest::keystonedTable),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> columns = ScanRulings.find(r).stream().filter(l -> !l.horizontal())
                .sorted(java.util.Comparator.comparingDouble(ScanRulings.Line::at)).toList();

        assertThat(columns).hasSize(2);
        ScanRulings.Line right = columns.get(1);
        assertThat(right.at()).isCloseTo(1084.5, within(1.5));
        assertThat(right.from()).isBetween(97, 103);
        assertThat(right.to()).isBetween(847, 853);
    }

    /**
     * The keystoned table above with its left frame leaning 9 px over its height too, and two punched holes' shadows
     * (34 px round) sitting on that side, a third and two thirds down.
     */
    private static void keystonedTableWithHolesOnItsSide(Graphics2D g) {
        g.setColor(ScanDrawing.gray(40));
        g.setStroke(new BasicStroke(2f));
        for (int y = 100; y <= 850; y += 150) {
            g.drawLine(80 - (y - 100) * 9 / 750, y, 1080, y);
        }
        g.drawLine(80, 100, 71, 850);
        g.drawLine(1080, 100, 1080, 850);
        g.setColor(ScanDrawing.gray(20));
        g.fillOval(62, 330, 34, 34);
        g.fillOval(60, 580, 34, 34);
    }

    @Test
    void aLeaningFrameSideWithPunchedHolesOnItIsStillOneRulingAlongItsWholeLength() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(1160, 950, ScanRulingsTest::keystonedTableWithHolesOnItsSide),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> columns = ScanRulings.find(r).stream().filter(l -> !l.horizontal())
                .sorted(java.util.Comparator.comparingDouble(ScanRulings.Line::at)).toList();

        // the side is followed in one or two pieces (where the lean passes from one pixel column to the next below
        // a hole), together along its whole length, each where the side stands and no thicker than a ruling
        List<ScanRulings.Line> left = columns.stream().filter(l -> l.at() < 500).toList();
        assertThat(left).isNotEmpty().allSatisfy(l -> {
            assertThat(l.at()).isBetween(70.0, 81.0);
            assertThat(l.thickness()).isLessThanOrEqualTo(7);
        });
        assertThat(left.stream().mapToInt(ScanRulings.Line::from).min().orElseThrow()).isBetween(97, 103);
        assertThat(left.stream().mapToInt(ScanRulings.Line::to).max().orElseThrow()).isBetween(847, 853);
        assertThat(columns.stream().filter(l -> l.at() > 500)).hasSize(1);
    }

    /**
     * A spreadsheet's title cell ruled round by its gridlines (rows at 20 and 60 px), a big bold title inside whose
     * vertical strokes stop 3 px short of them, and a one-line row below (60 to 100 px) split by a short column
     * ruling.
     */
    private static void griddedTitle(Graphics2D g) {
        g.setColor(ScanDrawing.gray(170));
        g.setStroke(new BasicStroke(1f));
        for (int y : new int[] {20, 60, 100}) {
            g.drawLine(80, y, 520, y);
        }
        for (int x : new int[] {80, 520}) {
            g.drawLine(x, 20, x, 100);
        }
        g.drawLine(300, 60, 300, 100);
        g.setColor(ScanDrawing.gray(20));
        for (int x = 200; x <= 400; x += 40) {
            g.fillRect(x, 23, 4, 34);
        }
    }

    @Test
    void strokesOfATitleStoppingShortOfItsCellsGridlinesAreNoRulingsAndAShortColumnRuleMeetingThemIs() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 140, ScanRulingsTest::griddedTitle), ScanDrawing.SCALE);
        List<ScanRulings.Line> columns = ScanRulings.find(r).stream().filter(l -> !l.horizontal()).toList();

        assertThat(columns.stream().map(l -> (int) Math.round(l.at())).sorted()).containsExactly(80, 300, 520);
    }

    /**
     * A table printed light (faded ink), whose row rules came out of the scan in pieces: the rule at 160 steps down a pixel row where it
     * crosses the middle column ruling, and a gap a pixel wider than that ruling parts the two pieces; the rule at
     * 240 fades to a faint ridge over 70 pixels in the middle of its second cell; at 200 two short rules of other
     * things stand in one line with paper between them.
     */
    private static void tableWithBrokenRowRules(Graphics2D g) {
        g.setColor(ScanDrawing.gray(ScanDrawing.PAPER - 45)); // light enough to lose its ridge at a crossing
        g.fillRect(COLUMNS[0], ROWS[0], COLUMNS[2] - COLUMNS[0] + 1, 2);
        g.fillRect(COLUMNS[0], ROWS[3], COLUMNS[2] - COLUMNS[0] + 1, 2);
        for (int x : COLUMNS) {
            g.fillRect(x, ROWS[0], 2, ROWS[3] - ROWS[0] + 2);
        }
        g.fillRect(COLUMNS[0], 160, COLUMNS[1] - 2 - COLUMNS[0], 2);
        g.fillRect(COLUMNS[1] + 4, 161, COLUMNS[2] - COLUMNS[1] - 4, 2);
        g.fillRect(COLUMNS[0], 240, 330 - COLUMNS[0], 2);
        g.fillRect(400, 240, COLUMNS[2] - 400, 2);
        g.fillRect(COLUMNS[0] + 10, 200, 140, 2);
        g.fillRect(330, 200, 150, 2);
        g.setColor(ScanDrawing.gray(ScanDrawing.PAPER - 12));
        g.fillRect(330, 240, 70, 1);
    }

    @Test
    void piecesOfARowRuleBrokenAtACrossingOrFadedAreOneRulingAndPiecesWithPaperBetweenAreNot() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::tableWithBrokenRowRules),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> rows = ScanRulings.find(r).stream().filter(ScanRulings.Line::horizontal).toList();
        assertThat(rows.stream().filter(l -> Math.abs(l.at() - 160.5) <= 1.5)).singleElement()
                .satisfies(l -> {
                    assertThat(l.from()).isBetween(78, 82);
                    assertThat(l.to()).isBetween(518, 523);
                });
        assertThat(rows.stream().filter(l -> Math.abs(l.at() - 240.5) <= 1.5)).singleElement()
                .satisfies(l -> {
                    assertThat(l.from()).isBetween(78, 82);
                    assertThat(l.to()).isBetween(518, 523);
                });
        assertThat(rows.stream().filter(l -> Math.abs(l.at() - 200.5) <= 1.5)).hasSize(2);
    }

    /**
     * A 3 × 2 table printed black as a 1-bit copy prints it, with toner dropout: the middle column ruling has 24
     * pixels of paper in its first row and a dotted trail (a pixel in four) over 60 pixels of its second; the rule
     * at 160 stops 14 pixels before the left frame; the right column ruling stops at the rule at 240 and resumes
     * below a row merged across it (its gap meets row rulings at both ends); and an underline inside the first
     * cell stands 12 pixels from the left frame.
     */
    private static void tableWithDropout(Graphics2D g) {
        g.setColor(ScanDrawing.gray(0));
        g.fillRect(COLUMNS[0], ROWS[0], COLUMNS[2] - COLUMNS[0] + 2, 2);
        g.fillRect(COLUMNS[0] + 14, 160, COLUMNS[2] - COLUMNS[0] - 12, 2);
        g.fillRect(COLUMNS[0], ROWS[2], COLUMNS[2] - COLUMNS[0] + 2, 2);
        g.fillRect(COLUMNS[0], ROWS[3], COLUMNS[2] - COLUMNS[0] + 2, 2);
        g.fillRect(COLUMNS[0], 380, COLUMNS[2] - COLUMNS[0] + 2, 2);
        g.fillRect(COLUMNS[0], ROWS[0], 2, 380 - ROWS[0] + 2);
        g.fillRect(COLUMNS[2], ROWS[0], 2, 380 - ROWS[0] + 2);
        g.fillRect(COLUMNS[1], ROWS[0], 2, 120 - ROWS[0]);
        g.fillRect(COLUMNS[1], 144, 2, 180 - 144);
        for (int y = 180; y < 240; y += 4) {
            g.fillRect(COLUMNS[1], y, 2, 1);
        }
        g.fillRect(COLUMNS[1], 240, 2, ROWS[3] - 240 + 2);
        g.fillRect(COLUMNS[1], 340, 2, 380 - 340 + 2);
        g.fillRect(COLUMNS[0] + 12, 140, 120, 2);
    }

    @Test
    void aRulingTonerDropoutBrokeOrCutShortIsWholeWhereAPiecesEndMeetsNoRulingAcross() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 420, ScanRulingsTest::tableWithDropout),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        List<ScanRulings.Line> middle = lines.stream().filter(l -> !l.horizontal() && Math.abs(l.at() - 260.5) <= 1.5)
                .sorted(java.util.Comparator.comparingInt(ScanRulings.Line::from)).toList();
        // the gap of paper and the dotted one bridged; the gap under the merged row (300 to 340) kept
        assertThat(middle).hasSize(2);
        assertThat(middle.get(0).from()).isBetween(98, 102);
        assertThat(middle.get(0).to()).isBetween(299, 303);
        assertThat(middle.get(1).from()).isBetween(338, 342);
        assertThat(lines.stream().filter(l -> l.horizontal() && Math.abs(l.at() - 160.5) <= 1.5)).singleElement()
                .satisfies(l -> assertThat(l.from()).isBetween(78, 82));
        assertThat(lines.stream().filter(l -> l.horizontal() && Math.abs(l.at() - 140.5) <= 1.5))
                .allSatisfy(l -> assertThat(l.from()).isGreaterThan(88));
    }

    /**
     * A 1-bit copy's table whose top right corner dropout took: the top rule stops 18 pixels before the right frame,
     * and the right frame starts 18 pixels below the top rule.
     */
    private static void tableWithALostCorner(Graphics2D g) {
        g.setColor(ScanDrawing.gray(0));
        g.fillRect(COLUMNS[0], ROWS[0], COLUMNS[2] - COLUMNS[0] - 18, 2);
        for (int y : new int[] {ROWS[1], ROWS[2], ROWS[3]}) {
            g.fillRect(COLUMNS[0], y, COLUMNS[2] - COLUMNS[0] + 2, 2);
        }
        g.fillRect(COLUMNS[0], ROWS[0], 2, ROWS[3] - ROWS[0] + 2);
        g.fillRect(COLUMNS[1], ROWS[0], 2, ROWS[3] - ROWS[0] + 2);
        g.fillRect(COLUMNS[2], ROWS[0] + 20, 2, ROWS[3] - ROWS[0] - 18);
    }

    @Test
    void aCornerTonerDropoutTookIsClosedByBothRulingsThatStopShortOfIt() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::tableWithALostCorner),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        assertThat(lines.stream().filter(l -> l.horizontal() && Math.abs(l.at() - 100.5) <= 1.5)).singleElement()
                .satisfies(l -> assertThat(l.to()).isBetween(518, 523));
        assertThat(lines.stream().filter(l -> !l.horizontal() && Math.abs(l.at() - 520.5) <= 1.5)).singleElement()
                .satisfies(l -> assertThat(l.from()).isBetween(98, 102));
    }

    /**
     * A 1-bit copy's table (black, 2 px rules) whose rule at 160 lost 42 pixels (20 pt) of its ink inside the right
     * column's cell, both ends of the gap far from any column ruling; and whose rule at 240 stops at the middle
     * column ruling and resumes 42 pixels to its right, a gap one end of which meets a ruling across.
     */
    private static void tableWithALongGapInsideACell(Graphics2D g) {
        g.setColor(ScanDrawing.gray(0));
        for (int y : new int[] {ROWS[0], ROWS[3]}) {
            g.fillRect(COLUMNS[0], y, COLUMNS[2] - COLUMNS[0] + 2, 2);
        }
        g.fillRect(COLUMNS[0], 160, 360 - COLUMNS[0], 2);
        g.fillRect(402, 160, COLUMNS[2] - 402 + 2, 2);
        g.fillRect(COLUMNS[0], 240, COLUMNS[1] - COLUMNS[0] + 2, 2);
        g.fillRect(COLUMNS[1] + 42, 240, COLUMNS[2] - COLUMNS[1] - 40, 2);
        for (int x : COLUMNS) {
            g.fillRect(x, ROWS[0], 2, ROWS[3] - ROWS[0] + 2);
        }
    }

    @Test
    void aLongGapOfPaperInARowRuleWhoseEndsMeetNoColumnIsBridgedAndOneEndingOnAColumnIsNot() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(620, 360, ScanRulingsTest::tableWithALongGapInsideACell),
                ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        assertThat(lines.stream().filter(l -> l.horizontal() && Math.abs(l.at() - 160.5) <= 1.5)).singleElement()
                .satisfies(l -> {
                    assertThat(l.from()).isBetween(78, 82);
                    assertThat(l.to()).isBetween(518, 523);
                });
        assertThat(lines.stream().filter(l -> l.horizontal() && Math.abs(l.at() - 240.5) <= 1.5)
                .filter(l -> l.from() <= 300 && l.to() >= 300)).isEmpty();
    }
}
