package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScanLostRowsTest {

    private static final int LEFT = 60, LABELS = 200, SPLIT = 420, RIGHT = 640, TOP = 60, BOTTOM = 290;

    /** What a 1-bit copy leaves of a form's rulings at least: the frame's top, its sides and the labels' column. */
    private static void frameTopAndColumns(Graphics2D g) {
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(LEFT, TOP, RIGHT, TOP);
        for (int x : new int[] {LEFT, LABELS, RIGHT}) {
            g.drawLine(x, TOP, x, BOTTOM);
        }
    }

    /**
     * A form as a 1-bit copy leaves it: the frame's top and the column rulings, no row rule. A one-line row, a row
     * whose value runs three lines with its label centred beside them, and a row whose value cell is split by a
     * column ruling of its own.
     */
    private static void rowlessForm(Graphics2D g, Font font) {
        frameTopAndColumns(g);
        g.drawLine(SPLIT, 224, SPLIT, BOTTOM);
        formText(g, font);
    }

    /** The text of {@link #rowlessForm}: three rows of labels and values. */
    private static void formText(Graphics2D g, Font font) {
        g.setFont(font);
        g.drawString("项目名称", 80, 95);
        g.drawString("上海市某某项目", 215, 95);
        g.drawString("项目概况", 80, 175);
        g.drawString("为进一步提升服务水平整合现有平台", 215, 145);
        g.drawString("建设新一代咨询平台坚持以人为本", 215, 175);
        g.drawString("更好地满足市民需求", 215, 205);
        g.drawString("项目总预算", 80, 262);
        g.drawString("71387200", 240, 262);
        g.drawString("33513600", 460, 262);
    }

    private static List<ScanRulings.Line> restored(ScanRaster r) {
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        ScanRaster text = r.copy();
        ScanRulings.erase(text, lines);
        return ScanLostRows.restored(text, lines, ScanRulings.verticalRuns(r));
    }

    @Test
    void rowsLostToA1BitCopyArePartedWhereTheTextLeavesABlankBandAcrossTheTable() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        ScanRaster r = new ScanRaster(ScanDrawing.image(700, 400, g -> rowlessForm(g, font)), ScanDrawing.SCALE);
        List<ScanRulings.Line> out = restored(r);
        List<ScanRulings.Line> rows = out.stream().filter(l -> l.horizontal() && l.from() <= LEFT + 1
                && l.to() >= RIGHT).toList();
        // the frame's top, the two gaps between rows (none between the lines of the three-line value), the bottom
        assertThat(rows).extracting(l -> (int) Math.round(l.at())).map(y -> y / 10)
                .containsExactlyInAnyOrder(TOP / 10, 11, 22, BOTTOM / 10);
        // the column ruling that met no row rule is kept, from the row rule above it to the bottom
        ScanRulings.Line split = out.stream().filter(l -> !l.horizontal() && Math.abs(l.at() - SPLIT) <= 2)
                .findFirst().orElseThrow();
        assertThat(split.from()).isBetween(215, 226);
        assertThat(split.to()).isBetween(BOTTOM - 3, BOTTOM + 3);
    }

    @Test
    void aTableThatKeptItsRowRulesIsLeftAsFound() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(700, 400, g -> {
            g.setStroke(new BasicStroke(1.5f));
            for (int y : new int[] {TOP, 120, 220, BOTTOM}) {
                g.drawLine(LEFT, y, RIGHT, y);
            }
            for (int x : new int[] {LEFT, LABELS, RIGHT}) {
                g.drawLine(x, TOP, x, BOTTOM);
            }
        }), ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        assertThat(ScanLostRows.restored(r.copy(), lines, ScanRulings.verticalRuns(r))).isEqualTo(lines);
    }

    @Test
    void aPageThatKeptItsRowRulesAboveABlockPrintedWithoutThemIsNotRebuilt() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        ScanRaster rowless = new ScanRaster(ScanDrawing.image(700, 400, g -> rowlessForm(g, font)), ScanDrawing.SCALE);
        ScanRaster block = new ScanRaster(ScanDrawing.image(700, 400, g -> {
            rowlessForm(g, font);
            // rows above the block kept their rules; the block (an indicator table's rows) was printed without
            for (int y : new int[] {TOP - 40, TOP - 20}) {
                g.drawLine(LEFT, y, RIGHT, y);
            }
            g.drawLine(LEFT, TOP - 40, LEFT, TOP);
            g.drawLine(RIGHT, TOP - 40, RIGHT, TOP);
        }), ScanDrawing.SCALE);
        assertThat(ScanLostRows.everyRowLost(ScanRulings.find(rowless))).isTrue();
        assertThat(ScanLostRows.everyRowLost(ScanRulings.find(block))).isFalse();
    }

    @Test
    void aPageWhoseOneKeptRuleCameInPiecesLostEveryRow() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        ScanRaster r = new ScanRaster(ScanDrawing.image(700, 400, g -> {
            rowlessForm(g, font);
            // dropout took the frame's top in two places, each longer than a gap inside a cell that is bridged
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(250, TOP - 3, 90, 7);
            g.fillRect(480, TOP - 3, 90, 7);
        }), ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        assertThat(lines.stream().filter(ScanRulings.Line::horizontal).count()).isGreaterThan(1);
        assertThat(ScanLostRows.everyRowLost(lines)).isTrue();
    }

    /**
     * A form whose inner column ruling dropout left whole through its lower rows only, and as a piece a line long in
     * the row of the dates; {@code across} another such piece standing across the blank band above the budget row.
     */
    private static void piecesLeft(Graphics2D g, Font font, boolean across) {
        frameTopAndColumns(g);
        g.drawLine(SPLIT, 214, SPLIT, BOTTOM);
        g.drawLine(SPLIT, 118, SPLIT, 144);
        if (across) {
            g.drawLine(SPLIT, 183, SPLIT, 206);
        }
        g.setFont(font);
        g.drawString("项目名称", 80, 95);
        g.drawString("上海市某某项目", 215, 95);
        g.drawString("开始时间", 80, 140);
        g.drawString("2019年1月", 240, 140);
        g.drawString("结束时间", 460, 140);
        g.drawString("项目状态", 80, 182);
        g.drawString("已经完成", 240, 182);
        g.drawString("项目总预算", 80, 226);
        g.drawString("71387200", 240, 226);
        g.drawString("33513600", 460, 226);
    }

    @Test
    void aPieceOfAnInnerColumnRulingLeftInARowPartsThatRowsCells() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        ScanRaster r = new ScanRaster(ScanDrawing.image(700, 400, g -> piecesLeft(g, font, false)), ScanDrawing.SCALE);
        List<ScanRulings.Line> out = restored(r);
        assertThat(out).filteredOn(l -> !l.horizontal() && Math.abs(l.at() - SPLIT) <= 2)
                .anyMatch(l -> l.from() >= 100 && l.from() <= 118 && l.to() >= 144 && l.to() <= 165);
    }

    @Test
    void aPieceOfAColumnRulingStandingAcrossTheBandBetweenTwoRowsDoesNotJoinThem() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        ScanRaster r = new ScanRaster(ScanDrawing.image(700, 400, g -> piecesLeft(g, font, true)), ScanDrawing.SCALE);
        List<ScanRulings.Line> rows = restored(r).stream().filter(l -> l.horizontal() && l.from() <= LEFT + 1
                && l.to() >= RIGHT).toList();
        assertThat(rows).anyMatch(l -> l.at() > 183 && l.at() < 208);
    }

    /**
     * A page whose table rulings were all lost, as a 1-bit copy of a faint print leaves it: lines of text, a 1 px
     * streak the scanner drew from the top of the image to the bottom, and the dark edge of the sheet along the
     * image's left side. Neither is a table's side.
     */
    private static void streakAndSheetEdge(Graphics2D g, Font font) {
        g.fillRect(0, 12, 3, 376);
        g.fillRect(430, 20, 1, 365);
        formText(g, font);
    }

    @Test
    void aStreakAndTheSheetsEdgeAreNoSidesOfATableWhoseRowsWereLost() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        ScanRaster r = new ScanRaster(ScanDrawing.image(700, 400, g -> streakAndSheetEdge(g, font)), ScanDrawing.SCALE);
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        assertThat(restored(r)).isEqualTo(lines);
    }
}
