package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.ScanRaster;

class ScanBracketWidthsTest {

    private static final Box CELL = new Box(0, 0, 300 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);

    @Test
    void halfWidthBracketsReadFullWidthAreReadFromTheNarrowBlankRoundThem() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster r = ScanDrawing.textLine(font, "≤102.70(元)", 300);
            InkReview review = ScanBracketWidths.review("≤102.70（元）", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("≤102.70(元)");
            assertThat(review.unsure()).isFalse();
            assertThat(review.evidence()).contains("half-width");
        }
    }

    @Test
    void fullWidthBracketsReadHalfWidthTakeTheirWholeCharacterWidth() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster r = ScanDrawing.textLine(font, "项目当年预算（元）", 300);
            InkReview review = ScanBracketWidths.review("项目当年预算(元)", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("项目当年预算（元）");
        }
    }

    @Test
    void bracketsInTheMiddleOfALineKeepTheWidthTheirInkShows() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster wide = ScanDrawing.textLine(font, "设备（DR）采购", 300);
            assertThat(ScanBracketWidths.review("设备（DR）采购", wide, CELL).text()).as(font).isEqualTo("设备（DR）采购");
            ScanRaster narrow = ScanDrawing.textLine(font, "32000(人)以上", 300);
            assertThat(ScanBracketWidths.review("32000（人）以上", narrow, CELL).text()).as(font)
                    .isEqualTo("32000(人)以上");
        }
    }

    @Test
    void bracketsThatCannotBeMatchedToGlyphsOrMeasuredAreLeftAlone() throws Exception {
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.HEI, "预算（元）", 300);
        assertThat(ScanBracketWidths.review("预算（元）（", r, CELL)).isNull();
        assertThat(ScanBracketWidths.review("预算元", r, CELL)).isNull();
        ScanRaster alone = ScanDrawing.textLine(ScanDrawing.HEI, "（元）", 300);
        assertThat(ScanBracketWidths.review("（元）", alone, CELL)).isNull();
    }

    @Test
    void classifyByTheBlankRoundTheBracket() {
        assertThat(ScanBracketWidths.classify(0.3)).isEqualTo(GlyphWidth.HALF);
        assertThat(ScanBracketWidths.classify(0.95)).isEqualTo(GlyphWidth.FULL);
        assertThat(ScanBracketWidths.classify(0.6)).isEqualTo(GlyphWidth.UNSURE);
    }

    @Test
    void aBracketWhoseInkTouchesTheNextCharacterIsStillJudged() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster joined = joined(font, "≤24(", "小时)");
            assertThat(ScanBracketWidths.bracketBlanks(joined, CELL, false)).as(font).hasSizeLessThan(2);
            InkReview review = ScanBracketWidths.review("≤24（小时）", joined, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("≤24(小时)");
            assertThat(review.unsure()).isFalse();
        }
    }

    @Test
    void aGlyphIsNotTakenApartWhenTheBracketsAreFoundWhole() throws Exception {
        // every bracket a glyph of its own: the line's glyphs are judged as found, nothing peeled off 几 or 月
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.SONG, "几月(元)", 300);
        assertThat(ScanBracketWidths.bracketBlanks(r, CELL, false)).hasSize(2);
        assertThat(ScanBracketWidths.review("几月（元）", r, CELL).text()).isEqualTo("几月(元)");
    }

    @Test
    void aBracketBlurredIntoBothNeighboursIsJudgedByItsDarkCore() throws Exception {
        // a skewed scan deskewed with interpolation: gray (not dark) ink bridges "00(万" into one run of columns
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster blurred = bridged(font, 185, "≤420.00", "(", "万元)");
            assertThat(ScanBracketWidths.bracketBlanks(blurred, CELL, true).size()).as(font).isNotEqualTo(2);
            InkReview review = ScanBracketWidths.review("≤420.00（万元）", blurred, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("≤420.00(万元)");
            assertThat(review.unsure()).isFalse();
        }
    }

    @Test
    void aBracketJoinedToBothNeighboursByDarkInkIsLeftAsRead() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster joined = bridged(font, 0, "≤420.00", "(", "万元)");
            assertThat(ScanBracketWidths.review("≤420.00（万元）", joined, CELL)).as(font).isNull();
        }
    }

    /**
     * The pieces drawn one after another on one line as {@link ScanDrawing#textLine} draws text, the blank between
     * each two bridged at mid-height by a band four pixels high of gray {@code level}.
     */
    private static ScanRaster bridged(String fontFile, int level, String... pieces) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(fontFile)).deriveFont(21f);
        BufferedImage image = new BufferedImage(300, 40, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 40);
        g.setColor(Color.BLACK);
        g.setFont(font);
        int x = 10;
        List<Integer> joints = new ArrayList<>();
        for (String piece : pieces) {
            if (x > 10) {
                joints.add(x);
            }
            g.drawString(piece, x, 28);
            x += g.getFontMetrics().stringWidth(piece);
        }
        g.setColor(new Color(level, level, level));
        for (int joint : joints) {
            int last = joint - 1;
            while (last > 0 && columnBlank(image, last)) {
                last--;
            }
            int next = joint;
            while (next < 300 && columnBlank(image, next)) {
                next++;
            }
            if (next - last > 1) {
                g.fillRect(last + 1, 16, next - last - 1, 4);
            }
        }
        g.dispose();
        return new ScanRaster(image, ScanDrawing.SCALE);
    }

    /**
     * {@code before} then {@code after} on one line as {@link ScanDrawing#textLine} draws text, with a one-pixel
     * bridge across the blank between them at mid-height: a scan's blur joining a bracket to its neighbour.
     */
    private static ScanRaster joined(String fontFile, String before, String after) throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(fontFile)).deriveFont(21f);
        BufferedImage image = new BufferedImage(300, 40, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 40);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(before, 10, 28);
        int end = 10 + g.getFontMetrics().stringWidth(before);
        g.drawString(after, end, 28);
        int last = end - 1;
        while (last > 0 && columnBlank(image, last)) {
            last--;
        }
        int next = end;
        while (next < 300 && columnBlank(image, next)) {
            next++;
        }
        g.drawLine(last, 18, next, 18);
        g.dispose();
        return new ScanRaster(image, ScanDrawing.SCALE);
    }

    private static boolean columnBlank(BufferedImage image, int x) {
        for (int y = 0; y < image.getHeight(); y++) {
            if ((image.getRGB(x, y) & 0xff) < 128) {
                return false;
            }
        }
        return true;
    }
}
