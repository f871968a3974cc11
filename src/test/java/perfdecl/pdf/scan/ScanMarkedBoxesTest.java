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

    @Test
    void aCharactersFrameSmallerThanThePagesBoxesIsNoMarkedBoxThoughItsStrokesRunOutOfIt() {
        // 费 ending a label on the options' line: its 贝 is a frame 17 px across (the boxes are 20) with a stroke
        // inside, joined to the strokes above and to its legs, all of which a pen's mark running out would be too
        ScanRaster r = line(g -> {
            int x = 180, y = 27, d = 16;
            g.setStroke(new BasicStroke(1.5f)); // printed, as the boxes are
            g.drawRect(x, y, d, d);
            g.drawLine(x - 4, y - 12, x + d + 4, y - 12);
            g.drawLine(x - 4, y - 6, x + d + 4, y - 6);
            g.drawLine(x + 4, y - 15, x + 4, y);
            g.drawLine(x + d - 4, y - 15, x + d - 4, y);
            g.drawLine(x + 3, y + d, x - 2, y + d + 6);
            g.drawLine(x + d - 3, y + d, x + d + 2, y + d + 6);
            g.setStroke(new BasicStroke(3f));
            g.drawLine(x + d / 2, y + 3, x + d / 2, y + d - 5);
            g.drawLine(x + d / 2, y + d - 5, x + 4, y + d - 2);
        });
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactlyInAnyOrder(tuple(20, false), tuple(80, false), tuple(140, false));
    }

    @Test
    void aPenCrossRunningOutOfItsBoxIsTakenOutOfTheImageOcrReadsWhileTheFrameAndTheLabelStay() {
        java.awt.image.BufferedImage page = ScanDrawing.image(220, 70, g -> {
            for (int x = 20; x <= 140; x += 60) {
                g.drawRect(x, 25, 19, 19);
            }
            g.fillRect(110, 28, 26, 14); // the label after the middle box, set off from it by paper
            g.setStroke(new BasicStroke(3f));
            g.drawLine(73, 18, 106, 51); // the cross, its arms 6 px past the corners
            g.drawLine(106, 18, 73, 51);
        });
        ScanRaster r = new ScanRaster(page, ScanDrawing.SCALE);
        java.util.List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(r);
        ScanMarkedBoxes.eraseRunOut(page, r, boxes);
        ScanRaster after = new ScanRaster(page, ScanDrawing.SCALE);
        assertThat(after.ink(72, 15, 108, 23)).isZero(); // the arms above the box are gone
        assertThat(after.ink(72, 47, 108, 54)).isZero(); // and below it
        assertThat(after.dark(80, 35) && after.dark(99, 35)).isTrue(); // the frame's sides stay
        assertThat(after.ink(112, 30, 134, 40)).isGreaterThan(0.9); // so does the label
        assertThat(after.dark(20, 35) && after.dark(140, 35)).isTrue(); // and the empty boxes
    }

    @Test
    void aBoxWhoseBottomAPenCrossFromTheLineBelowReachesStaysABox() {
        // two tight lines of options: the cross on the lower line's box runs up to 2 px under the box above it
        ScanRaster r = new ScanRaster(ScanDrawing.image(220, 90, g -> {
            g.drawRect(20, 20, 19, 19);
            g.drawRect(100, 20, 19, 19);
            g.drawRect(20, 50, 19, 19);
            g.drawRect(82, 50, 19, 19);
            g.setStroke(new BasicStroke(3f));
            g.drawLine(76, 44, 108, 76);
            g.drawLine(108, 44, 76, 76); // its upper right arm ends under the box at (100, 20)
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::y,
                ScanCheckboxes.Found::checked).containsExactlyInAnyOrder(tuple(20, 20, false), tuple(100, 20, false),
                tuple(20, 50, false), tuple(82, 50, true));
    }

    @Test
    void aCharactersSquareReadAsATickedBoxInsideARunOfTextKeepsItsStrokesInTheImageOcrReads() {
        // 置 on a 1-bit copy: its boxed part, heavy, passes for a filled box; its other strokes run on below it, and
        // its neighbours stand 2 px away: no pen ran out of a box here
        java.awt.image.BufferedImage page = ScanDrawing.image(220, 70, g -> {
            g.drawRect(150, 25, 19, 19); // another option's box, for the page's box size
            g.fillRect(8, 25, 20, 20);
            g.fillRect(30, 25, 20, 20);
            g.setStroke(new BasicStroke(3f));
            g.drawLine(40, 45, 40, 52);
            g.fillRect(52, 25, 20, 20);
        });
        ScanRaster r = new ScanRaster(page, ScanDrawing.SCALE);
        java.util.List<ScanCheckboxes.Found> character = java.util.List.of(
                new ScanCheckboxes.Found(30, 25, 20, 20, 0.9, false, true));
        ScanMarkedBoxes.eraseRunOut(page, r, character);
        assertThat(new ScanRaster(page, ScanDrawing.SCALE).ink(38, 47, 43, 51)).isGreaterThan(0.5);
    }
}
