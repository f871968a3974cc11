package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScanCarriedRowsTest {

    private static final int LEFT = 60, NAMES = 200, AMOUNTS = 460, RIGHT = 640, TOP = 60, BOTTOM = 300;

    private static Font font() throws Exception {
        return Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
    }

    /** The frame, the label and amount columns, and the row rules between the items ruled from the label on. */
    private static void frame(Graphics2D g, int rowsFrom, int rowsTo) {
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(LEFT, TOP, RIGHT, TOP);
        g.drawLine(LEFT, BOTTOM, RIGHT, BOTTOM);
        for (int x : new int[] {LEFT, NAMES, AMOUNTS, RIGHT}) {
            g.drawLine(x, TOP, x, BOTTOM);
        }
        for (int y : new int[] {140, 220}) {
            g.drawLine(rowsFrom, y, rowsTo, y);
        }
    }

    private static List<ScanRulings.Line> carried(ScanRaster r) {
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        ScanRaster text = r.copy();
        ScanRulings.erase(text, lines);
        return ScanCarriedRows.carried(text, lines);
    }

    private static boolean across(List<ScanRulings.Line> lines, int y, int from, int to) {
        return lines.stream().anyMatch(l -> l.horizontal() && Math.abs(l.at() - y) <= 3 && l.from() <= from + 3
                && l.to() >= to - 3);
    }

    @Test
    void aRowRuleTheAmountColumnLostIsCarriedAcrossItWhereItsTextLeavesTwoRowsBand() throws Exception {
        Font font = font();
        ScanRaster r = new ScanRaster(ScanDrawing.image(700, 360, g -> {
            // the pale rules between the items stood in the names' column only
            frame(g, NAMES, AMOUNTS);
            g.setFont(font);
            g.drawString("项目当年投入", 70, 185);
            g.drawString("职业培训师资继续教育", 210, 95);
            g.drawString("师资进修", 210, 122);
            g.drawString("379500", 500, 110);
            g.drawString("专业教研活动", 210, 190);
            g.drawString("184000", 500, 190);
            g.drawString("教学管理人员继续教育", 210, 265);
            g.drawString("200000", 500, 265);
        }), ScanDrawing.SCALE);
        List<ScanRulings.Line> out = carried(r);
        assertThat(across(out, 140, NAMES, RIGHT)).isTrue();
        assertThat(across(out, 220, NAMES, RIGHT)).isTrue();
        // the label merged over the three rows keeps them: its one line stands across the rule's line
        assertThat(across(out, 220, LEFT, NAMES)).isFalse();
    }

    @Test
    void aLabelCentredInACellMergedOverTheRowsIsNotPartedByTheirRules() throws Exception {
        Font font = font();
        ScanRaster r = new ScanRaster(ScanDrawing.image(700, 360, g -> {
            frame(g, NAMES, RIGHT);
            g.setFont(font);
            // the label stands in the middle row: the rules above and below it have blank label cell on one side
            g.drawString("资金构成", 80, 185);
            g.drawString("职业培训", 210, 110);
            g.drawString("379500", 500, 110);
            g.drawString("专业教研活动", 210, 190);
            g.drawString("184000", 500, 190);
            g.drawString("教学管理", 210, 265);
            g.drawString("200000", 500, 265);
        }), ScanDrawing.SCALE);
        List<ScanRulings.Line> out = carried(r);
        assertThat(across(out, 140, LEFT, NAMES)).isFalse();
        assertThat(across(out, 220, LEFT, NAMES)).isFalse();
        assertThat(out).isEqualTo(ScanRulings.find(r));
    }

    @Test
    void aCellsLinesOfOneParagraphAreNotPartedByARuleBesideThem() throws Exception {
        Font font = font();
        ScanRaster r = new ScanRaster(ScanDrawing.image(700, 360, g -> {
            frame(g, NAMES, AMOUNTS);
            g.setFont(font);
            // the amounts' column holds one text of lines set half a line apart, across the rule's line
            for (int i = 0; i < 7; i++) {
                g.drawString("说明文字", 480, 95 + 30 * i);
            }
            g.drawString("职业培训", 210, 110);
            g.drawString("专业教研活动", 210, 190);
            g.drawString("教学管理", 210, 265);
        }), ScanDrawing.SCALE);
        List<ScanRulings.Line> out = carried(r);
        assertThat(across(out, 140, NAMES, RIGHT)).isFalse();
        assertThat(across(out, 220, NAMES, RIGHT)).isFalse();
    }
}
