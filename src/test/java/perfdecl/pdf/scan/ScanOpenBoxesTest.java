package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.Font;
import java.awt.Graphics2D;
import java.io.File;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class ScanOpenBoxesTest {

    /** Three whole boxes on a line, at x 10, 80 and 150, 20 px each, and the open one drawn by {@code open}. */
    private static ScanRaster line(Consumer<Graphics2D> open) {
        return new ScanRaster(ScanDrawing.image(300, 60, g -> {
            for (int x = 10; x < 200; x += 70) {
                g.drawRect(x, 20, 19, 19);
            }
            open.accept(g);
        }), ScanDrawing.SCALE);
    }

    /** A box at (220, 20) with every side but those not drawn: top, bottom, left, right. */
    private static void sides(Graphics2D g, boolean top, boolean bottom, boolean left, boolean right) {
        if (top) {
            g.drawLine(220, 20, 239, 20);
        }
        if (bottom) {
            g.drawLine(220, 39, 239, 39);
        }
        if (left) {
            g.drawLine(220, 20, 220, 39);
        }
        if (right) {
            g.drawLine(239, 20, 239, 39);
        }
    }

    @Test
    void threeSidedBoxIsFoundWhereDropoutTookItsTopSideAndItsTickCounts() {
        ScanRaster r = line(g -> {
            sides(g, false, true, true, true);
            ScanDrawing.tick(g, 220, 21);
        });
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactlyInAnyOrder(tuple(10, false), tuple(80, false), tuple(150, false), tuple(220, true));
        assertThat(ScanCheckboxes.find(r)).filteredOn(f -> f.x() == 220).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isGreaterThanOrEqualTo(ScanBoxOrCharacter.SURE));
    }

    @Test
    void boxesOpenOnTheirLeftOrBottomAreFoundEmpty() {
        assertThat(ScanCheckboxes.find(line(g -> sides(g, true, true, false, true))))
                .extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked).contains(tuple(220, false))
                .hasSize(4);
        assertThat(ScanCheckboxes.find(line(g -> sides(g, true, false, true, true))))
                .extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked).contains(tuple(220, false))
                .hasSize(4);
    }

    @Test
    void aBoxWithTwoSidesGoneIsNoBox() {
        assertThat(ScanCheckboxes.find(line(g -> sides(g, false, true, true, false))))
                .extracting(ScanCheckboxes.Found::x).containsExactlyInAnyOrder(10, 80, 150);
    }

    @Test
    void anOpenShapeOfAnotherSizeThanTheLinesBoxesIsNoBox() {
        ScanRaster r = line(g -> {
            g.drawLine(220, 14, 220, 45);
            g.drawLine(220, 45, 251, 45);
            g.drawLine(251, 14, 251, 45);
        });
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x).containsExactlyInAnyOrder(10, 80, 150);
    }

    @Test
    void anOpenShapeWithStrokesInsideIsACharacterNotATickedBox() {
        // 凶 alone on the line: its cross inside the 凵 is drawn level and upright here, as 山's middle stroke is
        ScanRaster r = line(g -> {
            sides(g, false, true, true, true);
            g.drawLine(229, 22, 229, 37);
            g.drawLine(222, 29, 237, 29);
        });
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x).containsExactlyInAnyOrder(10, 80, 150);
    }

    @Test
    void openBoxShapedCharactersInsideARunOfTextAreNoBoxes() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        ScanRaster r = new ScanRaster(ScanDrawing.image(560, 60, g -> {
            g.drawRect(10, 20, 19, 19);
            g.drawRect(300, 20, 19, 19);
            g.setFont(font);
            g.drawString("凵匚冂区凶画", 40, 38);
            g.drawString("同网山", 330, 38);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x).containsExactlyInAnyOrder(10, 300);
    }
}
