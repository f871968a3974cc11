package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.ScanRaster;

class ScanDashesTest {

    private static final Box CELL = new Box(0, 0, 300 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);


    @Test
    void anEvenThinBarBetweenChineseIsADash() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster r = ScanDrawing.textLine(font, "能力建设—师资进修", 300);
            InkReview review = ScanDashes.review("能力建设一师资进修", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("能力建设—师资进修");
            assertThat(review.unsure()).isFalse();
        }
    }

    @Test
    void aSongOneSwellsAtItsEndAndStaysOne() throws Exception {
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.SONG, "其他一次性项目", 300);
        InkReview review = ScanDashes.review("其他—次性项目", r, CELL);
        assertThat(review.text()).as(review.evidence()).isEqualTo("其他一次性项目");
        assertThat(review.unsure()).isFalse();
    }

    @Test
    void anEvenHeiOneNoLongerThanTheCharactersBesideItIsOne() throws Exception {
        for (String text : List.of("其他一次性项目", "较上一年度有提升", "功能一体化")) {
            ScanRaster r = ScanDrawing.textLine(ScanDrawing.HEI, text, 300);
            InkReview review = ScanDashes.review(text.replace('一', '—'), r, CELL);
            assertThat(review.text()).as(review.evidence()).isEqualTo(text);
            assertThat(review.unsure()).isFalse();
        }
    }

    @Test
    void aDashInACellAsTallAsItsLineIsMeasuredOnTheWholeLine() throws Exception {
        // a page without rulings: the cell is laid out round its line and its inside cuts the characters' tops
        Box tight = new Box(0, 12 / ScanDrawing.SCALE, 300 / ScanDrawing.SCALE, 18 / ScanDrawing.SCALE);
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.HEI, "能力建设—师资进修", 300);
        InkReview review = ScanDashes.review("能力建设一师资进修", r, tight);
        assertThat(review.text()).as(review.evidence()).isEqualTo("能力建设—师资进修");
        ScanRaster one = ScanDrawing.textLine(ScanDrawing.HEI, "较上一年度有提升", 300);
        assertThat(ScanDashes.review("较上—年度有提升", one, tight).text()).isEqualTo("较上一年度有提升");
    }

    @Test
    void barsThatCannotBeMatchedToGlyphsAreLeftAlone() throws Exception {
        // two bars in the text, one in the pixels: no pairing, no judgement
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.SONG, "建设—师资", 300);
        assertThat(ScanDashes.review("建设一师一资", r, CELL)).isNull();
        assertThat(ScanDashes.review("建设师资", r, CELL)).isNull();
    }

    @Test
    void aDashOnTheSecondLineOfAParagraphIsToldByItsGlyphInReadingOrder() throws Exception {
        // the first line's Song 一 takes the first bar glyph, the dash the second
        ScanRaster r = ScanDrawing.textLines(ScanDrawing.SONG, 300, "统一培训计划", "能力建设—师资进修;项目");
        Box cell = new Box(0, 0, 300 / ScanDrawing.SCALE, 70 / ScanDrawing.SCALE);
        InkReview review = ScanDashes.review("统一培训计划\n能力建设一师资进修;项目", r, cell);
        assertThat(review).isNotNull();
        assertThat(review.text()).as(review.evidence()).isEqualTo("统一培训计划\n能力建设—师资进修;项目");
        assertThat(review.unsure()).isFalse();
        assertThat(review.evidence()).contains("\"一\" in \"统一培训\"", "\"一\" in \"建设一师资\"");
    }

    @Test
    void aDashTouchingTheCharacterBesideItIsStillABar() throws Exception {
        // a blurred scan joins the dash to 设: one run of inked columns, the bar a flat stretch of it
        ScanRaster r = new ScanRaster(ScanDrawing.image(300, 40, g -> {
            try {
                g.setFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.File(ScanDrawing.HEI))
                        .deriveFont(21f));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            g.drawString("能力建设", 10, 28);
            g.fillRect(10 + 4 * 21 - 2, 19, 24, 2);
            g.drawString("师资进修", 10 + 5 * 21, 28);
        }), ScanDrawing.SCALE);
        InkReview review = ScanDashes.review("能力建设一师资进修", r, CELL);
        assertThat(review).isNotNull();
        assertThat(review.text()).as(review.evidence()).isEqualTo("能力建设—师资进修");
    }

    @Test
    void classifyBySwellingLengthAndThickness() {
        assertThat(ScanDashes.classify(0.04, 2.6, 0.95)).isEqualTo(ScanDashes.Bar.ONE);
        assertThat(ScanDashes.classify(0.07, 1.01, 1.1)).isEqualTo(ScanDashes.Bar.DASH);
        assertThat(ScanDashes.classify(0.045, 1.04, Double.NaN)).isEqualTo(ScanDashes.Bar.DASH);
        assertThat(ScanDashes.classify(0.09, 1.06, 0.95)).isEqualTo(ScanDashes.Bar.ONE);
        assertThat(ScanDashes.classify(0.07, 1.06, 0.95)).isEqualTo(ScanDashes.Bar.UNSURE);
        assertThat(ScanDashes.classify(0.07, 1.06, 1.0)).isEqualTo(ScanDashes.Bar.DASH);
        assertThat(ScanDashes.classify(0.10, 1.1, 1.0)).isEqualTo(ScanDashes.Bar.UNSURE);
        assertThat(ScanDashes.classify(0.10, 1.1, Double.NaN)).isEqualTo(ScanDashes.Bar.UNSURE);
    }
}
