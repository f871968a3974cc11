package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.scan.OcrReading;

class ScanReadTurnTest {

    /** An indicator table's last rows without rulings: four columns of centred labels and values. */
    private static final String[][] ROWS = {
            {"数量目标", "教师信息化应用培训", "约500人次"},
            {"质量目标", "系统功能验收通过率", "控制在5%以内"},
            {"时效目标", "系统故障响应时间", "不超过2小时"},
            {"社会效益目标", "教务业务线上办理率", "95%以上"},
            {"经济效益目标", "纸质表单印制成本", "明显降低"},
            {"满意度目标", "师生使用满意度", "不低于90%"}};

    private static BufferedImage centredPage() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.HEI)).deriveFont(22f);
        int[] centres = {230, 560, 880};
        return ScanDrawing.image(1100, 600, g -> {
            g.setFont(font);
            FontMetrics m = g.getFontMetrics();
            for (int r = 0; r < ROWS.length; r++) {
                for (int c = 0; c < 3; c++) {
                    g.drawString(ROWS[r][c], centres[c] - m.stringWidth(ROWS[r][c]) / 2, 80 + 90 * r);
                }
            }
        });
    }

    private static OcrEngine ppocr() {
        OcrEngine ppocr = OcrEngine.named("ppocr");
        assumeThat(ppocr.available()).as(ppocr.missing()).isTrue();
        return ppocr;
    }

    @Test
    void aPageOfCentredLinesTheCuesTookForUpsideDownIsReadUpright() throws Exception {
        ScanOrientation.Turn unsure = new ScanOrientation.Turn(180, 0.05);

        ScanOrientation.Turn settled = ScanReadTurn.settle(centredPage(), ScanDrawing.SCALE, unsure, ppocr());

        assertThat(settled.degrees()).isZero();
        assertThat(settled.confidence()).isGreaterThan(ScanOrientation.SURE);
    }

    @Test
    void anUpsideDownPageOfCentredLinesTheCuesTookForUprightIsTurned() throws Exception {
        ScanOrientation.Turn unsure = new ScanOrientation.Turn(0, 0.05);
        BufferedImage turned = ScanOrientation.turn(centredPage(), 180);

        ScanOrientation.Turn settled = ScanReadTurn.settle(turned, ScanDrawing.SCALE, unsure, ppocr());

        assertThat(settled.degrees()).isEqualTo(180);
        assertThat(settled.confidence()).isGreaterThan(ScanOrientation.SURE);
    }

    @Test
    void theSampleIsThePagesWidestTextLinesNotItsSpecks() throws Exception {
        BufferedImage page = centredPage();
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(40, 560, 3, 3);
        g.dispose();

        var lines = ScanReadTurn.sample(page, ScanDrawing.SCALE);

        assertThat(lines).hasSize(ScanReadTurn.LINES);
        assertThat(lines).allSatisfy(l -> assertThat(l.width).isGreaterThan(2 * l.height));
        assertThat(lines).noneMatch(l -> l.contains(41, 561));
    }

    @Test
    void aPageWithTooFewLinesKeepsTheCuesDecision() throws Exception {
        BufferedImage blank = ScanDrawing.image(600, 400, g -> { });
        ScanOrientation.Turn cues = new ScanOrientation.Turn(180, 0.2);

        assertThat(ScanReadTurn.settle(blank, ScanDrawing.SCALE, cues, ppocr())).isEqualTo(cues);
    }

    @Test
    void anUprightPageTheCuesWereHalfSureWasUpsideDownIsReadUpright() throws Exception {
        ScanOrientation.Turn halfSure = new ScanOrientation.Turn(180, 0.72);

        ScanOrientation.Turn settled = ScanReadTurn.settle(centredPage(), ScanDrawing.SCALE, halfSure, ppocr());

        assertThat(settled.degrees()).isZero();
        assertThat(settled.confidence()).isGreaterThan(halfSure.confidence());
    }

    @Test
    void cuesSureOnTheirOwnStandAgainstAReadingLessSureThanThey() throws Exception {
        // the turned lines read a little surer (0.62 against 0.5): a reading 0.4 sure of a half turn
        OcrEngine slightlySurerTurned = new Readings(0.5, 0.62);
        ScanOrientation.Turn sure = new ScanOrientation.Turn(0, 0.8), unsure = new ScanOrientation.Turn(0, 0.3);

        ScanOrientation.Turn keptSure = ScanReadTurn.settle(centredPage(), ScanDrawing.SCALE, sure, slightlySurerTurned);
        ScanOrientation.Turn overruled = ScanReadTurn.settle(centredPage(), ScanDrawing.SCALE, unsure,
                slightlySurerTurned);

        assertThat(keptSure).isEqualTo(sure);
        assertThat(overruled.degrees()).isEqualTo(180);
        assertThat(overruled.confidence()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.01));
    }

    /** An engine reading the first half of the blocks it is given at one confidence and the rest at another. */
    private static final class Readings extends OcrEngine {
        private final double asTheyStand, turned;

        Readings(double asTheyStand, double turned) {
            this.asTheyStand = asTheyStand;
            this.turned = turned;
        }

        @Override
        public String name() {
            return "readings";
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String missing() {
            return null;
        }

        @Override
        public List<perfdecl.pdf.scan.OcrWord> readPage(BufferedImage image, double scale) {
            return List.of();
        }

        @Override
        public List<OcrReading> readBlocks(List<BufferedImage> images) {
            List<OcrReading> out = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                double c = i < images.size() / 2 ? asTheyStand : turned;
                out.add(new OcrReading("项目", c, c));
            }
            return out;
        }

        @Override
        public double[] rereadEnlargements() {
            return new double[0];
        }
    }
}
