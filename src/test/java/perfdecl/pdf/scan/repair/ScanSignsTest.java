package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.ScanRaster;

class ScanSignsTest {

    /** A cell 200 × 40 px whose text starts with the given sign at x = 30, followed by a digit-like blob. */
    private static ScanRaster cell(Consumer<Graphics2D> sign) {
        return new ScanRaster(ScanDrawing.image(200, 40, g -> {
            g.setStroke(new BasicStroke(2f));
            sign.accept(g);
            g.drawOval(50, 10, 9, 20);
        }), ScanDrawing.SCALE);
    }

    private static final Box CELL = new Box(0, 0, 200 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);

    private static void chevronRight(Graphics2D g, int top, int bottom) {
        int mid = (top + bottom) / 2;
        g.drawLine(31, top, 42, mid);
        g.drawLine(42, mid, 31, bottom);
    }

    @Test
    void twoBarsAreEqualsOneIsMinus() {
        ScanRaster equals = cell(g -> {
            g.drawLine(31, 17, 42, 17);
            g.drawLine(31, 23, 42, 23);
        });
        assertThat(ScanSigns.classify(equals, CELL)).isEqualTo("=");
        assertThat(ScanSigns.repair("-100%", equals, CELL)).isEqualTo("=100%");
        assertThat(ScanSigns.classify(cell(g -> g.drawLine(31, 20, 42, 20)), CELL)).isEqualTo("-");
    }

    @Test
    void aChevronWithABarBelowIsAtLeastWithoutOneGreaterThan() {
        ScanRaster atLeast = cell(g -> {
            chevronRight(g, 10, 22);
            g.drawLine(31, 28, 42, 28);
        });
        assertThat(ScanSigns.classify(atLeast, CELL)).isEqualTo("≥");
        assertThat(ScanSigns.repair(">98%", atLeast, CELL)).isEqualTo("≥98%");
        // a bare > is shorter than the digits beside it (10–30 px), its tip halfway down
        assertThat(ScanSigns.classify(cell(g -> chevronRight(g, 14, 26)), CELL)).isEqualTo(">");
        assertThat(ScanSigns.repair(">98%", cell(g -> chevronRight(g, 14, 26)), CELL)).isNull();
        assertThat(ScanSigns.repair("≥98%", cell(g -> chevronRight(g, 14, 26)), CELL)).isEqualTo(">98%");
    }

    @Test
    void songFontsSlantedBarCountsAsAtMost() {
        ScanRaster atMost = cell(g -> {
            g.drawLine(42, 8, 31, 14);
            g.drawLine(31, 14, 42, 20);
            g.drawLine(31, 25, 42, 31);
        });
        assertThat(ScanSigns.classify(atMost, CELL)).isEqualTo("≤");
        assertThat(ScanSigns.repair("和0.01%", atMost, CELL)).isEqualTo("≤0.01%");
    }

    /** A cell of a 1-bit copy at {@code dpi}: the rows as the page has them ('#' ink), 12 blank pixels round them. */
    private static ScanRaster copy(int dpi, String... rows) {
        int margin = 12, w = rows[0].length() + 2 * margin, h = rows.length + 2 * margin;
        boolean[] dark = new boolean[w * h];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                dark[(y + margin) * w + x + margin] = rows[y].charAt(x) == '#';
            }
        }
        return new ScanRaster(dark, w, h, dpi / 72.0);
    }

    private static Box whole(ScanRaster r) {
        return new Box(0, 0, r.width / r.scale, r.height / r.scale);
    }

    @Test
    void aSpeckOfDustAboveTheChevronDoesNotTurnAtLeastIntoAtMost() {
        // a 200-dpi copy's ≥ of "≥90%" with a speck two rows above the chevron, in its columns
        ScanRaster atLeast = copy(200,
                "........................",
                "................##......",
                "................##......",
                "........................",
                "......####..............",
                ".......######...........",
                "...........#####........",
                "..............#####.....",
                "................#####...",
                "...............#####....",
                ".............#####......",
                "..........#####.........",
                ".......#####............",
                "......###...............",
                "........................",
                "........................",
                "......###############...",
                ".......#############....",
                "........................");
        assertThat(ScanSigns.classify(atLeast, whole(atLeast))).isEqualTo("≥");
        assertThat(ScanSigns.repair("≥90%", atLeast, whole(atLeast))).isNull();
    }

    @Test
    void aSignColumnWhoseTextIsDustIsReadFromTheInkPastTheSpecks() {
        // a 300-dpi copy's ≥ alone in its column: a speck above it, three blank rows over the bar, the bar's edge
        // frayed into a row of its own; OCR read the specks as "·." and the sign not at all
        ScanRaster atLeast = copy(300,
                "......##.................................",
                "......##.................................",
                ".........................................",
                ".........................................",
                ".........................................",
                ".........................................",
                "............####.........................",
                "............#######......................",
                ".............#########...................",
                "...............##########................",
                "..................##########.............",
                ".....................##########..........",
                ".........................#########.......",
                "............................########.....",
                "..............................#######....",
                "..............................#######....",
                "...........................#########.....",
                "........................#########........",
                ".....................#########...........",
                "..................#########..............",
                "...............#########.................",
                "............#########....................",
                "............######.......................",
                "............###..........................",
                ".........................................",
                ".........................................",
                ".........................................",
                ".............###.........................",
                "............#########################....",
                "............#########################....",
                ".............##..........................");
        assertThat(ScanSigns.lone("·.", atLeast, whole(atLeast))).isEqualTo("≥");
        assertThat(ScanSigns.lone("", atLeast, whole(atLeast))).isEqualTo("≥");
    }

    @Test
    void aSpeckBeforeTheSignIsPassedOver() {
        ScanRaster atLeast = cell(g -> {
            g.fillRect(20, 27, 2, 2);
            chevronRight(g, 10, 22);
            g.drawLine(31, 28, 42, 28);
        });
        assertThat(ScanSigns.classify(atLeast, CELL)).isEqualTo("≥");
        assertThat(ScanSigns.repair(">98%", atLeast, CELL)).isEqualTo("≥98%");
    }

    @Test
    void aCellNotStartingWithASignIsLeftAlone() {
        ScanRaster r = cell(g -> chevronRight(g, 14, 26));
        assertThat(ScanSigns.repair("健全", r, CELL)).isNull();
        assertThat(ScanSigns.repair("100%", r, CELL)).isNull();
    }

    @Test
    void aChevronOverABarOfItsOwnIsAtLeastEvenShorterThanTheDigits() {
        // some fonts draw ≥ well below the digits' height (10–30 px); OCR reads it 二
        ScanRaster atLeast = cell(g -> {
            chevronRight(g, 13, 23);
            g.drawLine(31, 28, 42, 28);
        });
        assertThat(ScanSigns.classify(atLeast, CELL)).isEqualTo("≥");
        assertThat(ScanSigns.repair("二95%", atLeast, CELL)).isEqualTo("≥95%");
    }

    @Test
    void anAtMostWhoseBarStandsApartIsReadFromItsChevronAndOcrsTwoCharacterSignIsReplaced() {
        // the chevron's lower stroke ends a little above the bar; OCR reads ≤ as "<=" or "<"
        ScanRaster atMost = cell(g -> {
            g.drawLine(42, 12, 31, 16);
            g.drawLine(31, 16, 42, 22);
            g.drawLine(31, 28, 42, 28);
        });
        assertThat(ScanSigns.classify(atMost, CELL)).isEqualTo("≤");
        assertThat(ScanSigns.repair("<=30分钟", atMost, CELL)).isEqualTo("≤30分钟");
        assertThat(ScanSigns.repair("<30分钟", atMost, CELL)).isEqualTo("≤30分钟");
    }

    @Test
    void aValueWhoseRemarkWrapsOntoASecondLineHasItsSignRead() {
        ScanRaster atLeast = cell(g -> {
            chevronRight(g, 10, 22);
            g.drawLine(31, 28, 42, 28);
        });
        assertThat(ScanSigns.repair(">15分钟（高峰\n时段除外）", atLeast, CELL)).isEqualTo("≥15分钟（高峰\n时段除外）");
    }

    private static final Box LINE = new Box(0, 0, 300 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);
    /** The symbol font the test forms embed beside WenQuanYi (its digits have chevron-like strokes). */
    private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    @Test
    void aSignOcrDroppedBeforeATargetIsPutBackFromItsInk() throws Exception {
        // Hei and DejaVu draw the bar of ≥ level and apart from the chevron
        for (String font : List.of(ScanDrawing.HEI, DEJAVU)) {
            assertThat(ScanSigns.repair("120000卷", ScanDrawing.textLine(font, "≥120000卷", 300), LINE)).as(font)
                    .isEqualTo("≥120000卷");
            assertThat(ScanSigns.repair("12月", ScanDrawing.textLine(font, "≤12月", 300), LINE)).as(font)
                    .isEqualTo("≤12月");
        }
    }

    @Test
    void aDroppedSongSignWhoseBarSlantsIntoTheChevronIsNotPutBack() throws Exception {
        // its shape is too near a digit's to be put in front of one on its own evidence
        assertThat(ScanSigns.repair("120000卷", ScanDrawing.textLine(ScanDrawing.SONG, "≥120000卷", 300), LINE))
                .isNull();
    }

    @Test
    void aTargetOrAmountStartingWithADigitGetsNoSign() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI, DEJAVU)) {
            for (int digit = 0; digit <= 9; digit++) {
                String text = digit + "7个工作日";
                assertThat(ScanSigns.repair(text, ScanDrawing.textLine(font, text, 300), LINE)).as(font + " " + text)
                        .isNull();
            }
            // a bare number is an amount, never a target whose sign was dropped
            assertThat(ScanSigns.repair("860000", ScanDrawing.textLine(font, "≥860000", 300), LINE)).isNull();
        }
    }

    @Test
    void aSignInACellAsTallAsItsLineIsReadWhole() throws Exception {
        // a page without rulings: the cell is laid out round its line, and its inside (clear of where rulings
        // would be) starts below the top of ≤ and ends above its bar
        Box tight = new Box(0, 13 / ScanDrawing.SCALE, 300 / ScanDrawing.SCALE, 17 / ScanDrawing.SCALE);
        Box low = new Box(0, 8 / ScanDrawing.SCALE, 300 / ScanDrawing.SCALE, 22 / ScanDrawing.SCALE);
        for (String font : List.of(ScanDrawing.HEI, DEJAVU)) {
            ScanRaster r = ScanDrawing.textLine(font, "≤48小时", 300);
            assertThat(ScanSigns.classify(r, tight)).as(font).isEqualTo("≤");
            assertThat(ScanSigns.repair("≤48小时", r, low)).as(font).isNull();
            assertThat(ScanSigns.repair("<48小时", r, low)).as(font).isEqualTo("≤48小时");
        }
    }

    @Test
    void aLoneSignReadAsALetterOrNotAtAllIsReadFromItsInk() throws Exception {
        // a column of its own for the sign (指标性质): OCR gives "N" or "M" for ≥ and ≤, or nothing
        for (String font : List.of(ScanDrawing.HEI, DEJAVU)) {
            assertThat(ScanSigns.lone("N", ScanDrawing.textLine(font, "≥", 300), LINE)).as(font).isEqualTo("≥");
            assertThat(ScanSigns.lone("", ScanDrawing.textLine(font, "≤", 300), LINE)).as(font).isEqualTo("≤");
            assertThat(ScanSigns.lone("≤", ScanDrawing.textLine(font, "≤", 300), LINE)).as(font).isNull();
        }
    }

    @Test
    void aLoneLetterDigitOrWordIsNoSign() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI, DEJAVU)) {
            for (String letter : List.of("N", "M", "Z", "2", "=")) {
                assertThat(ScanSigns.lone(letter, ScanDrawing.textLine(font, letter, 300), LINE)).as(font + letter)
                        .isNull();
            }
        }
        assertThat(ScanSigns.lone("定性", ScanDrawing.textLine(ScanDrawing.HEI, "≥", 300), LINE)).isNull();
        assertThat(ScanSigns.lone("5", ScanDrawing.textLine(ScanDrawing.HEI, "≥", 300), LINE)).isNull();
    }
}
