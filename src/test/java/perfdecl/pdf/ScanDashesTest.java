package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;

class ScanDashesTest {

    private static final Box CELL = new Box(0, 0, 300 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);

    /** One line of text in a cell 300 × 40 px at the reader's 150 dpi, about 10 pt as forms are printed. */
    private static ScanRaster line(String fontFile, String text) throws IOException, FontFormatException {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(fontFile)).deriveFont(21f);
        return new ScanRaster(ScanDrawing.image(300, 40, g -> {
            g.setFont(font);
            g.drawString(text, 10, 28);
        }), ScanDrawing.SCALE);
    }

    private static final String SONG = "/usr/share/fonts/truetype/arphic/uming.ttc";
    private static final String HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    @Test
    void anEvenThinBarBetweenChineseIsADash() throws Exception {
        for (String font : List.of(SONG, HEI)) {
            ScanRaster r = line(font, "能力建设—师资进修");
            ScanDashes.Review review = ScanDashes.review("能力建设一师资进修", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("能力建设—师资进修");
            assertThat(review.unsure()).isFalse();
        }
    }

    @Test
    void aSongOneSwellsAtItsEndAndStaysOne() throws Exception {
        ScanRaster r = line(SONG, "其他一次性项目");
        ScanDashes.Review review = ScanDashes.review("其他—次性项目", r, CELL);
        assertThat(review.text()).as(review.evidence()).isEqualTo("其他一次性项目");
        assertThat(review.unsure()).isFalse();
    }

    @Test
    void anEvenThickHeiOneCannotBeToldFromADash() throws Exception {
        ScanRaster r = line(HEI, "其他一次性项目");
        ScanDashes.Review review = ScanDashes.review("其他一次性项目", r, CELL);
        assertThat(review.text()).as(review.evidence()).isEqualTo("其他一次性项目");
        assertThat(review.unsure()).isTrue();
    }

    @Test
    void barsThatCannotBeMatchedToGlyphsAreLeftAlone() throws Exception {
        // two bars in the text, one in the pixels: no pairing, no judgement
        ScanRaster r = line(SONG, "建设—师资");
        assertThat(ScanDashes.review("建设一师一资", r, CELL)).isNull();
        assertThat(ScanDashes.review("建设师资", r, CELL)).isNull();
        assertThat(ScanDashes.review("建设一师资\n第二行", r, CELL)).isNull();
    }

    @Test
    void classifyByThicknessAndSwelling() {
        assertThat(ScanDashes.classify(0.04, 2.6)).isEqualTo(ScanDashes.Bar.ONE);
        assertThat(ScanDashes.classify(0.068, 1.04)).isEqualTo(ScanDashes.Bar.DASH);
        assertThat(ScanDashes.classify(0.10, 1.1)).isEqualTo(ScanDashes.Bar.UNSURE);
    }
}
