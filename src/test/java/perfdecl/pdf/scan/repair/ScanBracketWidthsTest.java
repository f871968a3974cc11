package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

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
}
