package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;

class ScanBracketsTest {

    private static final Box CELL = new Box(0, 0, 400 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);
    private static final String SONG = "/usr/share/fonts/truetype/arphic/uming.ttc";
    private static final String HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    /** One line of text in a cell 400 × 40 px at the reader's 150 dpi, about 10 pt as forms are printed. */
    private static ScanRaster line(String fontFile, String text) throws IOException, FontFormatException {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(fontFile)).deriveFont(21f);
        return new ScanRaster(ScanDrawing.image(400, 40, g -> {
            g.setFont(font);
            g.drawString(text, 10, 28);
        }), ScanDrawing.SCALE);
    }

    @Test
    void fullWidthBracketsMisreadAsAngleAndPersonAreReadFromTheirInk() throws Exception {
        for (String font : List.of(SONG, HEI)) {
            ScanRaster r = line(font, "一般项目（示范点）建设工作");
            ScanBrackets.Review review = ScanBrackets.review("一般项目《人示范点)建设工作", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("一般项目（示范点）建设工作");
        }
    }

    @Test
    void aClosingBracketMisreadAsAngleIsReadFromItsInk() throws Exception {
        for (String font : List.of(SONG, HEI)) {
            ScanRaster r = line(font, "培训（青年）就业");
            ScanBrackets.Review review = ScanBrackets.review("培训(青年〉就业", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("培训（青年）就业");
        }
    }

    @Test
    void aRealPersonOrAngleBracketIsLeftAlone() throws Exception {
        for (String font : List.of(SONG, HEI)) {
            assertThat(ScanBrackets.review("外国人《人台港澳)来华", line(font, "外国人《人台港澳)来华"), CELL))
                    .as(font).isNull();
            assertThat(ScanBrackets.review("依据《办法》执行人员", line(font, "依据《办法》执行人员"), CELL))
                    .as(font).isNull();
            assertThat(ScanBrackets.line(line(font, "外国人《管理》"), CELL).brackets()).as(font).isEmpty();
        }
    }

    @Test
    void multiLineCellsAndTextWithoutBracketsAreNotJudged() throws Exception {
        ScanRaster r = line(SONG, "培训（青年）就业");
        assertThat(ScanBrackets.review("培训《青年)就业\n第二行", r, CELL)).isNull();
        assertThat(ScanBrackets.review("培训人青年人就业", r, CELL)).isNull();
    }

    @Test
    void bracketsBalanceInOrder() {
        assertThat(ScanBrackets.balanced("外国人（台港澳）来华")).isTrue();
        assertThat(ScanBrackets.balanced("外国人《人台港澳)来华")).isFalse();
        assertThat(ScanBrackets.balanced("a)b(")).isFalse();
    }
}
