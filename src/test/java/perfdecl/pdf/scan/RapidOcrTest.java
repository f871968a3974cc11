package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;

/** How PP-OCR's text lines become the scan reader's words: no native code, lines made in code. */
class RapidOcrTest {

    /** A detected line from (x0, y0) to (x1, y1) in pixels, read as {@code text} with these character scores. */
    private static TextBlock line(int x0, int y0, int x1, int y1, String text, float... scores) {
        ArrayList<Point> box = new ArrayList<>(List.of(new Point(x0, y0), new Point(x1, y0), new Point(x1, y1),
                new Point(x0, y1)));
        return new TextBlock(box, 0.8f, 0, 0f, 0, text, scores, 0, 0);
    }

    private static BufferedImage white(int w, int h) {
        return ScanDrawing.image(w, h, g -> { });
    }

    @Test
    void aLinesCharactersStandAlongItByTheirWidthsEachWithItsOwnScore() {
        // "12万元": two digits of half an em, two Chinese characters of one; em 20 px in a box 24 px high
        TextBlock l = line(100, 10, 164, 34, "12万元", 0.99f, 0.6f, 0.98f, 0.97f);

        List<OcrWord> words = RapidOcr.characters(l, 1, white(300, 60));

        assertThat(words).extracting(OcrWord::text).containsExactly("1", "2", "万", "元");
        assertThat(words).extracting(OcrWord::confidence).containsExactly((double) 0.99f, (double) 0.6f,
                (double) 0.98f, (double) 0.97f);
        double em = (64 - 24) / (3.1 - 1);
        assertThat(words.get(0).box().width()).isCloseTo(0.55 * em, offset(0.01));
        assertThat(words.get(2).box().width()).isCloseTo(em, offset(0.01));
        assertThat(words.get(3).box().right()).isCloseTo(164 - (24 - em) / 2, offset(0.01));
        assertThat(words.get(0).box().centerY()).isCloseTo(22, offset(0.01));
    }

    @Test
    void inkTheRecogniserReadAsNothingKeepsTheCharactersBesideItNotOverIt() {
        // 经常性 in 3 × 22 px from x = 101, then a gap, then a checkbox at 180–200 that the recogniser did not read
        BufferedImage image = ScanDrawing.image(300, 60, g -> {
            g.fillRect(101, 12, 64, 20);
            g.drawRect(180, 12, 20, 20);
        });
        TextBlock l = line(100, 10, 202, 34, "经常性", 0.99f, 0.99f, 0.99f);

        List<OcrWord> words = RapidOcr.characters(l, 1, image);

        assertThat(words.get(2).box().right()).isLessThan(172);
        assertThat(words.get(0).box().x()).isCloseTo(100.6, offset(1.0));
    }

    @Test
    void theSameWhenTheCheckboxStandsBeforeItsLabel() {
        BufferedImage image = ScanDrawing.image(300, 60, g -> {
            g.drawRect(100, 12, 20, 20);
            g.fillRect(137, 12, 64, 20);
        });
        TextBlock l = line(98, 10, 202, 34, "经常性", 0.99f, 0.99f, 0.99f);

        List<OcrWord> words = RapidOcr.characters(l, 1, image);

        assertThat(words.get(0).box().x()).isGreaterThan(128);
    }

    @Test
    void aSpeckReadAsOneUnsureCharacterIsNoText() {
        assertThat(RapidOcr.isSpeck(line(10, 10, 30, 30, "联", 0.07f))).isTrue();
        assertThat(RapidOcr.isSpeck(line(10, 10, 30, 30, "联", 0.9f))).isFalse();
        assertThat(RapidOcr.isSpeck(line(10, 10, 90, 30, "联系电话", 0.1f, 0.1f, 0.1f, 0.1f))).isFalse();
    }

    @Test
    void aCellsLinesAreReadTopToBottomWithTheLowestAndTheMeanCharacterScore() {
        OcrReading r = RapidOcr.block(List.of(line(10, 40, 80, 60, "故障处理", 0.9f, 0.9f, 0.5f, 0.9f),
                line(10, 10, 80, 30, "响应时间", 1f, 1f, 1f, 1f)));

        assertThat(r.text()).isEqualTo("响应时间\n故障处理");
        assertThat(r.confidence()).isCloseTo(0.5, offset(1e-6));
        assertThat(r.meanConfidence()).isCloseTo((4 + 3.2) / 8, offset(1e-6));
        assertThat(RapidOcr.block(List.of(line(10, 10, 20, 20, " ")))).isNull();
    }
}
