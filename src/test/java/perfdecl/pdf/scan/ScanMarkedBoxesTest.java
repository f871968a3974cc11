package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class ScanMarkedBoxesTest {

    /**
     * Three option boxes of 19 px (9 pt at 150 dpi) on one line, 60 px apart, the middle one marked by
     * {@code pen}, as a grey scan shows black or blue ink alike.
     */
    private static ScanRaster line(Consumer<Graphics2D> pen) {
        return new ScanRaster(ScanDrawing.image(220, 70, g -> {
            for (int x = 20; x <= 140; x += 60) {
                g.drawRect(x, 25, 19, 19);
            }
            g.setStroke(new BasicStroke(3f));
            pen.accept(g);
        }), ScanDrawing.SCALE);
    }

    @Test
    void aPenCrossRunningPastTheCornersOfItsBoxIsReadAsATickedBox() {
        ScanRaster r = line(g -> {
            g.drawLine(73, 18, 106, 51);
            g.drawLine(106, 18, 73, 51);
        });
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactlyInAnyOrder(tuple(20, false), tuple(80, true), tuple(140, false));
        assertThat(ScanCheckboxes.find(r)).filteredOn(ScanCheckboxes.Found::checked).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isGreaterThanOrEqualTo(ScanBoxOrCharacter.SURE));
    }

    @Test
    void aPenTickWhoseLongArmLeavesTheBoxIsReadAsATickedBox() {
        ScanRaster r = line(g -> {
            Path2D tick = new Path2D.Double();
            tick.moveTo(82, 34);
            tick.lineTo(88, 44);
            tick.lineTo(104, 17);
            g.draw(tick);
        });
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactlyInAnyOrder(tuple(20, false), tuple(80, true), tuple(140, false));
    }

    @Test
    void aBoxScribbledOverItsFrameIsReadAsATickedBox() {
        ScanRaster r = line(g -> g.fillRect(77, 23, 26, 24));
        assertThat(ScanCheckboxes.find(r)).hasSize(3).filteredOn(ScanCheckboxes.Found::checked).singleElement()
                .satisfies(f -> {
                    assertThat(f.x()).isBetween(76, 84); // where the middle box stood, not beside another option
                    assertThat(f.confidence()).isGreaterThanOrEqualTo(ScanBoxOrCharacter.SURE);
                });
    }

    @Test
    void aSquareOffTheLinesAndColumnsOfTheOtherBoxesIsNoMarkedBox() {
        // a boxed character touching its neighbour, well below the options' line
        ScanRaster r = new ScanRaster(ScanDrawing.image(220, 120, g -> {
            for (int x = 20; x <= 140; x += 60) {
                g.drawRect(x, 25, 19, 19);
            }
            g.drawRect(50, 80, 19, 19);
            g.drawLine(60, 85, 60, 95);
            g.drawLine(69, 90, 90, 90);
            g.drawLine(90, 80, 90, 100);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::y).containsOnly(25);
    }

    @Test
    void aBoxedCharacterWithLevelBarsAcrossAndShortLegsIsNoTickedBox() {
        // 目 ending a label, drawn a little taller than wide: its frame is a box's size, its bars cross it level
        ScanRaster r = line(g -> {
            g.fillRect(172, 23, 2, 25);
            g.fillRect(190, 23, 2, 25);
            g.fillRect(172, 23, 20, 2);
            g.fillRect(172, 29, 20, 2);
            g.fillRect(172, 35, 20, 2);
            g.fillRect(172, 41, 20, 2);
        });
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactlyInAnyOrder(tuple(20, false), tuple(80, false), tuple(140, false));
    }
}
