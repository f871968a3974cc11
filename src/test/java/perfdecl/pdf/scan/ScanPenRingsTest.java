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
        return options(90, g -> { }, pen);
    }

    /** The same options {@code height - 90} px lower, under what {@code above} prints. */
    private static ScanRaster options(int height, Consumer<Graphics2D> above, Consumer<Graphics2D> pen)
            throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        return new ScanRaster(ScanDrawing.image(460, height, g -> {
            g.setFont(font);
            above.accept(g);
            g.translate(0, height - 90);
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
    void lightInkJoiningABoxToItsLabelIsNoRingRoundTheBox() throws Exception {
        // a grey scan's seal: its ring's stroke, lighter than print, runs from the box's top corner into the label
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        ScanRaster r = new ScanRaster(ScanDrawing.image(460, 90, g -> {
            g.setFont(font);
            g.drawRect(20, 35, 16, 16);
            g.drawString("市委市政府", 47, 52);
            g.setColor(new java.awt.Color(165, 165, 165));
            g.setStroke(new BasicStroke(1.2f));
            g.drawLine(37, 37, 52, 37);
        }), ScanDrawing.SCALE);
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(r);
        assertThat(boxes).singleElement().extracting(ScanCheckboxes.Found::checked).isEqualTo(false);

        List<ScanPenRings.Ring> rings = ScanPenRings.find(r, ScanCheckboxes.commonSide(boxes), (x, y) -> false, boxes);

        assertThat(rings).isEmpty();
        assertThat(ScanPenRings.mark(boxes, rings, r)).extracting(ScanCheckboxes.Found::checked).containsExactly(false);
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

    /**
     * A cell of a ruled table (its left side a ruling at x = 120) holding two options, a pen drawing {@code pen}
     * over it.
     */
    private static ScanRaster ruledCell(Consumer<Graphics2D> pen) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        return new ScanRaster(ScanDrawing.image(620, 150, g -> {
            g.drawLine(20, 20, 600, 20);
            g.drawLine(20, 130, 600, 130);
            g.drawLine(20, 20, 20, 130);
            g.drawLine(120, 20, 120, 130);
            g.drawLine(600, 20, 600, 130);
            g.setFont(font);
            g.drawRect(140, 62, 19, 19);
            g.drawString("结转项目", 166, 79);
            g.drawRect(380, 62, 19, 19);
            g.drawString("其他项目", 406, 79);
            g.setStroke(new BasicStroke(2.5f));
            pen.accept(g);
        }), ScanDrawing.SCALE);
    }

    /** The boxes of a page read as the layout reads them: rings looked for where only the table's rulings went. */
    private static List<ScanCheckboxes.Found> readRuled(ScanRaster r) {
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        ScanRaster cleaned = r.copy();
        ScanRulings.erase(cleaned, lines);
        ScanRaster ringView = r.copy();
        ScanRulings.eraseKeepingCrossings(ringView, ScanRulings.framed(lines, r.width, r.scale), r);
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(cleaned);
        return ScanPenRings.mark(boxes, ScanPenRings.find(ringView, ScanCheckboxes.commonSide(boxes)), cleaned);
    }

    @Test
    void aRingDrawnAcrossTheCellsSideRulingIsFoundWhereOnlyTheRulingIsErased() throws Exception {
        // the ring's left end runs 20 px past the cell's side: erasing the ruling outright cuts that end off
        ScanRaster r = ruledCell(g -> g.draw(new Ellipse2D.Double(100, 47, 180, 50)));
        assertThat(readRuled(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactly(tuple(140, true), tuple(380, false));
        ScanRaster erased = r.copy();
        ScanRulings.erase(erased, ScanRulings.find(r));
        assertThat(ScanPenRings.find(erased, 20)).isEmpty();
    }

    @Test
    void aRingLeaningAlongItsLineIsFitted() throws Exception {
        ScanRaster r = ruledCell(g -> {
            g.rotate(Math.toRadians(-7), 495, 72);
            g.draw(new Ellipse2D.Double(370, 50, 150, 44));
        });
        assertThat(readRuled(r)).extracting(ScanCheckboxes.Found::x, ScanCheckboxes.Found::checked)
                .containsExactly(tuple(140, false), tuple(380, true));
        assertThat(ScanPenRings.find(r, 20)).singleElement()
                .satisfies(ring -> assertThat(Math.toDegrees(ring.tilt())).isBetween(-9.0, -5.0));
    }

    @Test
    void aRunAlongARingsTopIsNoTableRuling() throws Exception {
        // a ring flat enough on top that its top passes for a ruling; the table's own lines end on rulings across
        ScanRaster r = ruledCell(g -> g.draw(new Ellipse2D.Double(135, 40, 380, 60)));
        List<ScanRulings.Line> lines = ScanRulings.find(r);
        assertThat(lines).anyMatch(l -> l.horizontal() && l.at() > 30 && l.at() < 120);
        List<ScanRulings.Line> framed = ScanRulings.framed(lines, r.width, r.scale);
        assertThat(framed).extracting(ScanRulings.Line::horizontal, l -> (int) Math.round(l.at()))
                .containsExactlyInAnyOrder(tuple(true, 20), tuple(true, 130), tuple(false, 20), tuple(false, 120),
                        tuple(false, 600));
    }

    @Test
    void aSquareWhoseBottomARingsTopDrawsIsNoBoxWhileTheBoxTheRingHoldsStays() throws Exception {
        // a ring round 其他经常性项目 □ whose top runs along the feet of the line above: under 政 it closes a square
        ScanRaster r = options(g -> g.draw(new Ellipse2D.Double(231, 26, 191, 37)));
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(r);
        List<ScanPenRings.Ring> rings = ScanPenRings.find(r, ScanCheckboxes.commonSide(boxes));
        assertThat(rings).hasSize(1);
        ScanCheckboxes.Found underCharacter = new ScanCheckboxes.Found(318, 7, 20, 20, 0.3, false, true);
        ScanCheckboxes.Found besideRing = new ScanCheckboxes.Found(180, 35, 20, 20, 0.3, false, true);
        // a box at the ring's end, drawn tight round it: the stroke runs along its top and bottom
        ScanCheckboxes.Found atTheEnd = new ScanCheckboxes.Found(402, 36, 17, 17, 0, false, true);
        List<ScanCheckboxes.Found> all = new java.util.ArrayList<>(boxes);
        all.add(underCharacter);
        all.add(besideRing);
        all.add(atTheEnd);
        assertThat(ScanPenRings.withoutRingSides(all, rings)).extracting(ScanCheckboxes.Found::x)
                .containsExactly(20, 240, 180, 402);
    }

    @Test
    void aTickedSquareARingsStrokeRunsThroughIsNoBoxWhileTheTickedBoxItHoldsStays() throws Exception {
        // the ring round 其他经常性项目 □ closes a square with the first character at its end, and its top a square
        // with a 目 of the line above: their strokes inside read as ticks
        ScanRaster r = options(g -> g.draw(new Ellipse2D.Double(231, 26, 191, 37)));
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(r);
        List<ScanPenRings.Ring> rings = ScanPenRings.find(r, ScanCheckboxes.commonSide(boxes));
        assertThat(rings).hasSize(1);
        ScanCheckboxes.Found atTheEnd = new ScanCheckboxes.Found(226, 37, 15, 15, 0.3, false, true);
        ScanCheckboxes.Found overTheTop = new ScanCheckboxes.Found(300, 14, 15, 15, 0.7, false, true);
        ScanCheckboxes.Found emptyCrossed = new ScanCheckboxes.Found(340, 56, 15, 15, 0, false, true);
        ScanCheckboxes.Found tickedHeld = new ScanCheckboxes.Found(395, 36, 17, 17, 0.3, false, true);
        ScanCheckboxes.Found tickedApart = new ScanCheckboxes.Found(180, 35, 20, 20, 0.3, false, true);
        List<ScanCheckboxes.Found> all = List.of(atTheEnd, overTheTop, emptyCrossed, tickedHeld, tickedApart);
        assertThat(ScanPenRings.withoutRingCrossed(all, rings)).containsExactly(emptyCrossed, tickedHeld, tickedApart);
    }

    /**
     * Options under a line of print (baseline y = 40), a ring drawn round 其他经常性项目 □ (box at y = 55) from y = {@code top}, 32 px
     * tall: its top runs along the feet of the line above and joins them.
     */
    private static ScanRaster underALine(int top) throws Exception {
        return options(110, g -> g.drawString("同名项目上年预算额度", 225, 40),
                g -> g.draw(new Ellipse2D.Double(231, top - 20, 191, 32)));
    }

    @Test
    void aRingWhoseTopRunsAlongTheFeetOfTheLineAboveIsFittedToItsOwnStroke() throws Exception {
        for (int top : new int[] {38, 40}) {
            ScanRaster r = underALine(top);
            List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(r);
            assertThat(ScanPenRings.find(r, ScanCheckboxes.commonSide(boxes))).as("ring from y = %d", top)
                    .singleElement().satisfies(ring -> {
                        assertThat(ring.ay()).isBetween(14.0, 18.0);
                        assertThat(ring.cy()).isBetween(top + 14.0, top + 18.0);
                    });
        }
    }

    @Test
    void erasingARingAlongTheFeetOfTheLineAboveLeavesThatLinesCharacters() throws Exception {
        ScanRaster r = underALine(40);
        double above = r.ink(225, 20, 440, 34);
        List<ScanCheckboxes.Found> boxes = ScanCheckboxes.find(r);
        ScanRaster erased = r.copy();
        ScanPenRings.erase(erased, ScanPenRings.find(r, ScanCheckboxes.commonSide(boxes)));
        assertThat(erased.ink(228, 48, 237, 64)).isZero(); // the ring's left end
        assertThat(erased.ink(225, 20, 440, 34)).isGreaterThan(0.9 * above);
    }
}
