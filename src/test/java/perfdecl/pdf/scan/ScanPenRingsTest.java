package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class ScanPenRingsTest {

    /**
     * Two options on one line of a grey scan, each a 19 px box (9 pt at 150 dpi) followed by its label, with a pen
     * drawing {@code pen} over them (black ink, or blue that the grey scan made dark).
     */
    private static ScanRaster options(Consumer<Graphics2D> pen) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        return new ScanRaster(ScanDrawing.image(460, 90, g -> {
            g.setFont(font);
            g.drawRect(20, 35, 19, 19);
            g.drawString("结转项目", 46, 52);
            g.drawRect(240, 35, 19, 19);
            g.drawString("其他经常性项目", 266, 52);
            g.setStroke(new BasicStroke(2.5f));
            pen.accept(g);
        }), ScanDrawing.SCALE);
    }

    private static List<ScanCheckboxes.Found> read(ScanRaster r) {
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(r);
        return ScanPenRings.mark(boxes, ScanPenRings.find(r, ScanCheckboxes.commonSide(boxes)), r);
    }

    @Test
    void aPenRingRoundAnOptionsBoxAndLabelTicksThatBoxAlone() throws Exception {
        ScanRaster r = options(g -> g.draw(new Ellipse2D.Double(231, 26, 191, 37)));
        assertThat(read(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactly(tuple(20, false), tuple(240, true));
        assertThat(read(r).get(1).confidence()).isBetween(ScanBoxOrCharacter.SURE, 0.8);
    }

    @Test
    void aRingCutWhereItCrossedAnErasedRulingIsStillARing() throws Exception {
        ScanRaster r = options(g -> {
            g.draw(new Ellipse2D.Double(231, 26, 191, 37));
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(232, 0, 5, 90); // a ruling the ring crossed, erased with it
        });
        assertThat(read(r)).extracting(ScanCheckboxes.Found::checked).containsExactly(false, true);
    }

    /** Options with their boxes after the labels: 结转项目 □, a gap, 其他项目 □, and a pen drawing over them. */
    private static ScanRaster boxesAfter(Consumer<Graphics2D> pen) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        return new ScanRaster(ScanDrawing.image(360, 90, g -> {
            g.setFont(font);
            g.drawString("结转项目", 20, 52);
            g.drawRect(110, 35, 19, 19);
            g.drawString("其他项目", 160, 52);
            g.drawRect(250, 35, 19, 19);
            g.setStroke(new BasicStroke(2.5f));
            pen.accept(g);
        }), ScanDrawing.SCALE);
    }

    @Test
    void aRingRoundALabelAloneTicksTheBoxSetAgainstItNotTheNeighboursBox() throws Exception {
        ScanRaster r = boxesAfter(g -> g.draw(new Ellipse2D.Double(150, 24, 96, 42)));
        assertThat(read(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactly(tuple(110, false), tuple(250, true));
        assertThat(read(r).get(1).confidence()).isGreaterThanOrEqualTo(ScanBoxOrCharacter.SURE);
    }

    @Test
    void aRingRoundALabelHalfwayBetweenTwoBoxesTicksBothUnsurely() throws Exception {
        // the second label moved to the middle of the gap: either box could be its own
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        ScanRaster r = new ScanRaster(ScanDrawing.image(360, 90, g -> {
            g.setFont(font);
            g.drawRect(20, 35, 19, 19);
            g.drawString("其他项目", 70, 52);
            g.drawRect(185, 35, 19, 19);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(58, 24, 110, 42));
        }), ScanDrawing.SCALE);
        assertThat(read(r)).allSatisfy(f -> {
            assertThat(f.checked()).isTrue();
            assertThat(f.confidence()).isLessThan(ScanBoxOrCharacter.SURE);
        });
    }

    @Test
    void printedRectanglesAndTextAreNoRings() throws Exception {
        ScanRaster r = options(g -> {
            g.setStroke(new BasicStroke(1.5f));
            g.drawRect(229, 24, 210, 42); // a frame drawn round an option, not by hand
        });
        assertThat(ScanPenRings.find(r, 20)).isEmpty();
        assertThat(read(r)).noneMatch(ScanCheckboxes.Found::checked);
    }

    @Test
    void aRingIsErasedWhileTheLabelItTouchesStays() throws Exception {
        ScanRaster r = options(g -> g.draw(new Ellipse2D.Double(229, 30, 210, 30)));
        List<ScanPenRings.Ring> rings = ScanPenRings.find(r, 20);
        assertThat(rings).hasSize(1);
        double labelInk = r.ink(266, 33, 430, 55);
        ScanRaster erased = r.copy();
        ScanPenRings.erase(erased, rings);
        assertThat(erased.ink(225, 20, 445, 29)).isZero(); // the ring's top
        assertThat(erased.ink(270, 36, 420, 52)).isGreaterThan(0.5 * labelInk);
    }
}
