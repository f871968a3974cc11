package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class ScanThickFramesTest {

    /** A frame {@code side} px wide at (x, y) whose four sides a 1-bit copy drew {@code t} px thick. */
    private static void thickFrame(Graphics2D g, int x, int y, int side, int t) {
        g.fillRect(x, y, side, t);
        g.fillRect(x, y + side - t, side, t);
        g.fillRect(x, y, t, side);
        g.fillRect(x + side - t, y, t, side);
    }

    /** A cross from corner to corner inside a 19 px box at (x, y), as a ☒ glyph prints it. */
    private static void cross(Graphics2D g, int x, int y) {
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x + 2, y + 2, x + 16, y + 16);
        g.drawLine(x + 16, y + 2, x + 2, y + 16);
    }

    private static List<ScanCheckboxes.Found> found(int width, Consumer<Graphics2D> draw) {
        return ScanCheckboxes.find(new ScanRaster(ScanDrawing.image(width, 60, draw), ScanDrawing.SCALE));
    }

    private static ScanCheckboxes.Found at(List<ScanCheckboxes.Found> found, int x) {
        return found.stream().filter(f -> Math.abs(f.x() - x) <= 1).findFirst().orElseThrow();
    }

    /** A character's upright strokes a character's gap from the box beside it, starting at column x. */
    private static void neighbour(Graphics2D g, int x) {
        g.fillRect(x, 21, 3, 17);
        g.fillRect(x + 10, 21, 3, 17);
    }

    @Test
    void aCrossInAThickFramedBoxOfAChoiceRowIsASureMark() {
        // ☒ and ☐ of one row, their 19 px frames drawn 4 px thick: the frame's inner line lies past a thin frame's
        // band, dark from side to side
        List<ScanCheckboxes.Found> found = found(200, g -> {
            thickFrame(g, 20, 20, 19, 4);
            cross(g, 20, 20);
            thickFrame(g, 120, 20, 19, 4);
        });
        assertThat(found).hasSize(2);
        ScanCheckboxes.Found crossed = at(found, 20), empty = at(found, 120);
        assertThat(crossed.strokeAcross()).isFalse();
        assertThat(crossed.checked()).isTrue();
        assertThat(crossed.confidence()).isGreaterThanOrEqualTo(ScanBoxOrCharacter.SURE);
        assertThat(empty.checked()).isFalse();
        assertThat(empty.confidence()).isEqualTo(1.0);
    }

    @Test
    void anEmptyBoxWhoseFrameReachesIntoTheInsideIsSurelyEmpty() {
        // 5 px sides reach past the margin the inside is measured from
        List<ScanCheckboxes.Found> found = found(200, g -> {
            thickFrame(g, 20, 20, 19, 5);
            thickFrame(g, 120, 20, 19, 5);
        });
        assertThat(found).hasSize(2).allSatisfy(f -> {
            assertThat(f.ink()).isLessThan(0.02);
            assertThat(f.checked()).isFalse();
            assertThat(f.confidence()).isEqualTo(1.0);
        });
    }

    @Test
    void sidesAreMeasuredFromTheOuterEdgeInwards() {
        ScanRaster r = new ScanRaster(ScanDrawing.image(60, 60, g -> {
            g.fillRect(20, 20, 19, 4);
            g.fillRect(20, 36, 19, 3);
            g.fillRect(20, 20, 5, 19);
            g.fillRect(37, 20, 2, 19);
        }), ScanDrawing.SCALE);
        assertThat(ScanThickFrames.sides(r, 20, 20, 19, 19)).containsExactly(4, 3, 5, 2);
    }

    @Test
    void aThickBoxedCharacterAloneOnItsLineKeepsTheThinBand() {
        // 回 thickened, set apart but with no other box on its line or in its column: its inner square, inside a
        // band grown to the outer strokes, would read as a mark
        List<ScanCheckboxes.Found> found = found(200, g -> {
            thickFrame(g, 20, 20, 19, 4);
            g.setStroke(new BasicStroke(2f));
            g.drawRect(27, 27, 5, 5);
        });
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.strokeAcross()).isTrue();
            assertThat(f.confidence()).isLessThan(ScanBoxOrCharacter.SURE);
        });
    }

    @Test
    void thickBoxedCharactersInARunOfTextKeepTheThinBand() {
        // 回 and 口 in text, two of them on one line, each close to its neighbours
        List<ScanCheckboxes.Found> found = found(300, g -> {
            neighbour(g, 3);
            thickFrame(g, 20, 20, 19, 4);
            g.setStroke(new BasicStroke(2f));
            g.drawRect(27, 27, 5, 5);
            neighbour(g, 42);
            neighbour(g, 123);
            thickFrame(g, 140, 20, 19, 4);
            neighbour(g, 162);
        });
        assertThat(found).extracting(ScanCheckboxes.Found::x).contains(20, 140);
        assertThat(at(found, 20).strokeAcross()).isTrue();
        assertThat(at(found, 20).confidence()).isLessThan(ScanBoxOrCharacter.SURE);
        assertThat(at(found, 140).strokeAcross()).isTrue();
    }

    @Test
    void charactersOfAThickenedSongLineAreLeftAsFound() throws Exception {
        // 口 回 日 目 田 囗 as a copy darkens a Song line: none stands apart with its like on the line
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        BufferedImage line = ScanStrokeWeight.thicken(ScanStrokeWeight.thicken(ScanDrawing.image(420, 60, g -> {
            g.setFont(font);
            g.drawString("窗口回收日目田囗字", 10, 38);
            g.drawString("口回", 260, 38);
        })));
        ScanRaster r = new ScanRaster(line, ScanDrawing.SCALE);
        List<ScanCheckboxes.Found> found = ScanCheckboxes.find(r);
        assertThat(ScanThickFrames.netOfFrames(r, found)).isEqualTo(found);
    }
}
