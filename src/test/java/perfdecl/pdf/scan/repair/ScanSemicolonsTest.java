package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.ScanRaster;

class ScanSemicolonsTest {

    private static final Box CELL = new Box(0, 0, 300 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);

    @Test
    void aHalfWidthSemicolonReadFullWidthIsReadFromTheNarrowBlankRoundIt() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster r = ScanDrawing.textLine(font, "师资进修;项目实施", 300);
            InkReview review = ScanSemicolons.review("师资进修；项目实施", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("师资进修;项目实施");
            assertThat(review.unsure()).isFalse();
            assertThat(review.evidence()).contains("\"；\" in \"进修；项目\"", "half-width");
        }
    }

    @Test
    void aFullWidthSemicolonOrColonReadHalfWidthTakesItsWholeCharacterWidth() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster r = ScanDrawing.textLine(font, "目标：提高；项目", 300);
            InkReview review = ScanSemicolons.review("目标:提高;项目", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("目标：提高；项目");
        }
    }

    @Test
    void aHalfWidthColonStaysHalfWidth() throws Exception {
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.HEI, "目标:提高", 300);
        InkReview review = ScanSemicolons.review("目标:提高", r, CELL);
        assertThat(review.text()).as(review.evidence()).isEqualTo("目标:提高");
    }

    @Test
    void marksThatCannotBeMatchedToGlyphsOrEndALineAreLeftAlone() throws Exception {
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.SONG, "进修;项目", 300);
        assertThat(ScanSemicolons.review("进修；项目；", r, CELL)).isNull();
        assertThat(ScanSemicolons.review("进修项目", r, CELL)).isNull();
        ScanRaster end = ScanDrawing.textLine(ScanDrawing.SONG, "师资进修；", 300);
        assertThat(ScanSemicolons.review("师资进修；", end, CELL)).isNull();
    }

    @Test
    void twoDotWaterAndSpeechRadicalsAreNotMarks() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster r = ScanDrawing.textLine(font, "冲决况准计划认识", 300);
            assertThat(ScanSemicolons.markGlyphs(r, CELL)).as(font).isEmpty();
        }
    }

    @Test
    void blankUpToAboutHalfTheLineIsHalfWidthAndNearlyAWholeLineFullWidth() {
        assertThat(ScanSemicolons.classify(0.23)).isEqualTo(GlyphWidth.HALF);
        assertThat(ScanSemicolons.classify(0.95)).isEqualTo(GlyphWidth.FULL);
        assertThat(ScanSemicolons.classify(0.7)).isEqualTo(GlyphWidth.UNSURE);
    }
}
