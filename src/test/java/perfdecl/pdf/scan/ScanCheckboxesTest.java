package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class ScanCheckboxesTest {

    /** A box of about 9 pt (19 px at 150 dpi) at (20, 20) of a 60 × 60 crop, with something drawn inside. */
    private static ScanCheckboxes.Found box(Consumer<Graphics2D> inside) {
        ScanRaster r = new ScanRaster(ScanDrawing.image(60, 60, g -> {
            g.drawRect(20, 20, 19, 19);
            inside.accept(g);
        }), ScanDrawing.SCALE);
        List<ScanCheckboxes.Found> found = ScanCheckboxes.find(r);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).x()).isBetween(19, 21);
        assertThat(found.get(0).width()).isBetween(19, 22);
        return found.get(0);
    }

    @Test
    void emptyBoxIsUncheckedAndSure() {
        ScanCheckboxes.Found f = box(g -> { });
        assertThat(f.ink()).isLessThan(0.02);
        assertThat(f.checked()).isFalse();
        assertThat(f.confidence()).isEqualTo(1.0);
    }

    @Test
    void tickedBoxIsCheckedAndSure() {
        ScanCheckboxes.Found f = box(g -> {
            ScanDrawing.tick(g, 20, 20);
        });
        assertThat(f.checked()).isTrue();
        assertThat(f.ink()).isGreaterThan(0.2);
        assertThat(f.confidence()).isEqualTo(1.0);
    }

    @Test
    void filledBoxIsChecked() {
        ScanCheckboxes.Found f = box(g -> g.fillRect(23, 23, 14, 14));
        assertThat(f.checked()).isTrue();
        assertThat(f.ink()).isGreaterThan(0.9);
    }

    @Test
    void faintSpeckInsideLeavesTheDecisionUnsure() {
        ScanCheckboxes.Found f = box(g -> {
            g.setStroke(new BasicStroke(1f));
            g.drawLine(26, 29, 31, 29);
            g.drawLine(26, 30, 31, 30);
        });
        assertThat(f.confidence()).isLessThan(0.6);
    }

    @Test
    void theSquareInsideACharacterIsNoBox() {
        // 名: the 口 has the character's upper part right above it
        ScanRaster r = new ScanRaster(ScanDrawing.image(60, 60, g -> {
            g.drawRect(20, 30, 19, 19);
            g.drawLine(22, 27, 36, 12);
            g.drawLine(18, 20, 40, 20);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).isEmpty();
    }

    @Test
    void dotsOfABrokenPenStrokeRightAboveABoxLeaveItABox() {
        // a blue ring round the option, broken by the print threshold into dots, passes just over the box
        ScanRaster r = new ScanRaster(ScanDrawing.image(60, 60, g -> {
            g.drawRect(20, 30, 19, 19);
            for (int x = 22; x < 40; x += 5) {
                g.fillRect(x, 25 + (x % 3), 2, 2);
            }
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::y, ScanCheckboxes.Found::checked)
                .containsExactly(tuple(30, false));
    }

    @Test
    void aSquareFarOffThePagesBoxSizeIsACharacter() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(300, 60, g -> {
            for (int x = 10; x < 200; x += 50) {
                g.drawRect(x, 20, 19, 19);
            }
            g.drawRect(230, 14, 31, 31);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::width).hasSize(4)
                .allSatisfy(w -> assertThat(w).isBetween(19, 22));
    }

    @Test
    void aBoxRightBelowAnotherBoxIsStillABox() {
        // options wrapped onto a second line set close: the ticked box stands just under the first line's box
        ScanRaster r = new ScanRaster(ScanDrawing.image(60, 90, g -> {
            g.drawRect(20, 20, 19, 19);
            g.drawRect(20, 44, 19, 19);
            ScanDrawing.tick(g, 20, 44);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::y, ScanCheckboxes.Found::checked)
                .containsExactly(tuple(20, false), tuple(44, true));
    }

    @Test
    void aTickedBoxWithOneSideBlurredToGrayIsFound() {
        // a thin frame scanned with blur: three sides stay dark, the fourth only gray
        ScanRaster r = new ScanRaster(ScanDrawing.image(60, 60, g -> {
            g.setColor(ScanDrawing.gray(185));
            g.drawLine(39, 20, 39, 39);
            g.setColor(java.awt.Color.BLACK);
            g.drawLine(20, 20, 40, 20);
            g.drawLine(20, 39, 40, 39);
            g.drawLine(20, 20, 20, 39);
            ScanDrawing.tick(g, 20, 20);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).singleElement().satisfies(f -> assertThat(f.checked()).isTrue());
    }

    @Test
    void boxesWhoseThinFramesTheScanLeftGrayBesideDarkTextAreFoundWithTheirTick() {
        // a low-quality JPEG copy blurs a thin frame to a gray the print threshold drops; the text stays dark
        ScanRaster r = new ScanRaster(ScanDrawing.image(300, 60, g -> {
            g.setColor(java.awt.Color.BLACK);
            for (int x = 5; x < 300; x += 70) {
                g.fillRect(x, 22, 12, 16);
            }
            g.setColor(ScanDrawing.gray(185));
            for (int x = 25; x < 240; x += 70) {
                g.drawRect(x, 20, 19, 19);
            }
            g.setColor(java.awt.Color.BLACK);
            ScanDrawing.tick(g, 95, 20);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactlyInAnyOrder(tuple(25, false), tuple(95, true), tuple(165, false), tuple(235, false));
    }

    @Test
    void aCharacterWhoseStrokesBlurIntoASquareAmongGrayFramedBoxesIsNoBox() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(300, 60, g -> {
            g.setColor(ScanDrawing.gray(185));
            for (int x = 25; x < 170; x += 70) {
                g.drawRect(x, 20, 19, 19);
            }
            // 王 blurred: its strokes dark, the paper between them gray
            g.fillRect(235, 20, 20, 20);
            g.setColor(java.awt.Color.BLACK);
            g.drawLine(239, 25, 250, 25);
            g.drawLine(239, 30, 250, 30);
            g.drawLine(239, 35, 250, 35);
            g.drawLine(244, 25, 244, 35);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.find(r)).extracting(ScanCheckboxes.Found::x).containsExactlyInAnyOrder(25, 95, 165);
    }

    @Test
    void aTickBlurredThickIsSureWhileAStrokeAcrossTheInsideIsACharacters() {
        ScanCheckboxes.Found tick = box(g -> {
            g.setStroke(new BasicStroke(4.5f));
            Path2D p = new Path2D.Double();
            p.moveTo(23, 29);
            p.lineTo(28, 36);
            p.lineTo(37, 23);
            g.draw(p);
        });
        assertThat(tick.ink()).isBetween(0.42, 0.6);
        assertThat(tick.strokeAcross()).isFalse();
        assertThat(tick.confidence()).isEqualTo(1.0);
        // 日 drawn heavy: the same amount of ink, but its middle stroke runs from side to side
        ScanCheckboxes.Found character = box(g -> g.fillRect(20, 27, 19, 6));
        assertThat(character.strokeAcross()).isTrue();
        assertThat(character.confidence()).isLessThan(ScanBoxOrCharacter.SURE);
    }

    @Test
    void aSquareWithALevelStrokeAcrossItsInsideIsNeverASureTick() {
        // 日 read as a box: a thin middle stroke is as little ink as a tick, but it runs from side to side
        ScanCheckboxes.Found f = box(g -> g.fillRect(20, 29, 20, 2));
        assertThat(f.checked()).isTrue();
        assertThat(f.strokeAcross()).isTrue();
        assertThat(f.confidence()).isLessThan(ScanBoxOrCharacter.SURE);
    }

    @Test
    void aBoxAfterItsLabelWithTheNextOptionFartherOnStandsApartWhileACharacterInsideARunDoesNot() {
        // "…项目 □    结转…": the label 8 px before the box, the next option 28 px after it
        ScanRaster option = new ScanRaster(ScanDrawing.image(160, 60, g -> {
            g.fillRect(10, 20, 42, 20);
            g.drawRect(60, 20, 19, 19);
            g.fillRect(108, 20, 40, 20);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.setApart(option, 60, 20, 20, 20)).isTrue();
        // 目 inside a word: its neighbours 2 px away on both sides
        ScanRaster word = new ScanRaster(ScanDrawing.image(160, 60, g -> {
            g.fillRect(10, 20, 48, 20);
            g.drawRect(60, 20, 19, 19);
            g.fillRect(82, 20, 40, 20);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.setApart(word, 60, 20, 20, 20)).isFalse();
        // a label's last character, the box 9 px after it: close on its left, so not set apart
        ScanRaster lastCharacter = new ScanRaster(ScanDrawing.image(160, 60, g -> {
            g.fillRect(10, 20, 48, 20);
            g.drawRect(60, 20, 19, 19);
            g.drawRect(89, 20, 19, 19);
        }), ScanDrawing.SCALE);
        assertThat(ScanCheckboxes.setApart(lastCharacter, 60, 20, 20, 20)).isFalse();
    }

    /** A box of about 7.5 pt (16 px at 150 dpi), as small ☐ glyphs print, at (20, 20) of a 60 × 60 crop. */
    private static ScanCheckboxes.Found smallBox(Consumer<Graphics2D> inside) {
        ScanRaster r = new ScanRaster(ScanDrawing.image(60, 60, g -> {
            g.setStroke(new BasicStroke(1.2f));
            g.drawRect(20, 20, 15, 15);
            inside.accept(g);
        }), ScanDrawing.SCALE);
        return ScanCheckboxes.find(r).get(0);
    }

    @Test
    void aSmallBoxsCrossFillingMostOfItsInsideIsASureTick() {
        // ☒ at 8 pt: its two diagonals fill more of the inside than a tick would, but miss the middle of every side
        ScanCheckboxes.Found f = smallBox(g -> {
            g.setStroke(new BasicStroke(2.7f));
            g.drawLine(21, 21, 35, 35);
            g.drawLine(35, 21, 21, 35);
        });
        assertThat(f.ink()).isBetween(0.6, 0.8);
        assertThat(f.strokeAcross()).isFalse();
        assertThat(f.open()).isTrue();
        assertThat(f.checked()).isTrue();
        assertThat(f.confidence()).isEqualTo(1.0);
    }

    @Test
    void aCharactersBoxedStrokesAsHeavyAsACrossStayUnsure() {
        // 回 read as a box: as much ink inside as the small cross, but its inner square runs through every cell
        // round the middle
        ScanCheckboxes.Found f = smallBox(g -> {
            g.setStroke(new BasicStroke(2.4f));
            g.drawRect(24, 24, 7, 7);
        });
        assertThat(f.ink()).isBetween(0.6, 0.8);
        assertThat(f.open()).isFalse();
        assertThat(f.confidence()).isLessThan(ScanBoxOrCharacter.SURE);
    }
    /**
     * A pen image (ink black) with one stroke: a ring round a box 19 px wide and the label after it, the ring
     * {@code sides} boxes wide, open at its top where it crossed the print (so no ring search closes it).
     */
    private static List<ScanCheckboxes.Found> ringedAcross(int sides) {
        int wide = 19 * sides;
        ScanRaster pen = new ScanRaster(ScanDrawing.image(wide + 60, 80, g -> {
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new java.awt.geom.Arc2D.Double(10, 10, wide, 50, 100, 340, java.awt.geom.Arc2D.OPEN));
        }), ScanDrawing.SCALE);
        ScanCheckboxes.Found box = new ScanCheckboxes.Found(20, 25, 19, 19, 0, false);
        return ScanCheckboxes.penTicks(List.of(box), pen);
    }

    @Test
    void aPenRingRoundTheLongestOptionTicksItsBoxAtTheRingsConfidence() {
        // 市委市政府已确定的新增项目 with its box: fourteen boxes wide, the ring's play round it fifteen
        assertThat(ringedAcross(15)).singleElement().satisfies(f -> {
            assertThat(f.checked()).isTrue();
            assertThat(f.confidence()).isCloseTo(ScanCheckboxes.PEN_CONFIDENCE, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void aPenStrokeWiderThanAnyOptionTicksNoBox() {
        // a signature's line or a note run across the cell
        assertThat(ringedAcross(20)).singleElement().satisfies(f -> assertThat(f.checked()).isFalse());
    }
}
