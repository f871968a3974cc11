package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.ScanRaster;

class ScanBracketsTest {

    private static final Box CELL = new Box(0, 0, 400 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);

    @Test
    void fullWidthBracketsMisreadAsAngleAndPersonAreReadFromTheirInk() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster r = ScanDrawing.textLine(font, "一般项目（示范点）建设工作", 400);
            ScanBrackets.Review review = ScanBrackets.review("一般项目《人示范点)建设工作", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("一般项目（示范点）建设工作");
        }
    }

    @Test
    void aClosingBracketMisreadAsAngleIsReadFromItsInk() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            ScanRaster r = ScanDrawing.textLine(font, "培训（青年）就业", 400);
            ScanBrackets.Review review = ScanBrackets.review("培训(青年〉就业", r, CELL);
            assertThat(review).as(font).isNotNull();
            assertThat(review.text()).as(review.evidence()).isEqualTo("培训（青年）就业");
        }
    }

    @Test
    void aRealPersonOrAngleBracketIsLeftAlone() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            assertThat(ScanBrackets.review("外国人《人台港澳)来华", ScanDrawing.textLine(font, "外国人《人台港澳)来华", 400), CELL))
                    .as(font).isNull();
            assertThat(ScanBrackets.review("依据《办法》执行人员", ScanDrawing.textLine(font, "依据《办法》执行人员", 400), CELL))
                    .as(font).isNull();
            assertThat(ScanBrackets.line(ScanDrawing.textLine(font, "外国人《管理》", 400), CELL).brackets()).as(font).isEmpty();
        }
    }

    @Test
    void multiLineCellsAndTextWithoutBracketsAreNotJudged() throws Exception {
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.SONG, "培训（青年）就业", 400);
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
