package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.OcrReading;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.TesseractOcr;

class ScanRereadTest {

    private static final double[] ENLARGEMENTS = TesseractOcr.INSTANCE.rereadEnlargements();

    private static OcrReading reading(String text, double min, double mean) {
        return new OcrReading(text, min, mean);
    }

    @Test
    void aCellIsCroppedAtEveryEnlargement() {
        BufferedImage page = ScanDrawing.image(300, 100, g -> g.drawString("x", 20, 40));
        Box cell = new Box(0, 0, 100 / ScanDrawing.SCALE, 50 / ScanDrawing.SCALE);

        List<BufferedImage> crops = ScanReread.crops(page, cell, ScanDrawing.SCALE, ENLARGEMENTS);

        // inside the 4 px inset on each side: 92 × 42 px, then enlarged
        assertThat(crops).extracting(BufferedImage::getWidth).containsExactlyElementsOf(
                Arrays.stream(ENLARGEMENTS).mapToObj(f -> (int) Math.round(92 * f)).toList());
        assertThat(crops).extracting(BufferedImage::getHeight).containsExactlyElementsOf(
                Arrays.stream(ENLARGEMENTS).mapToObj(f -> (int) Math.round(42 * f)).toList());
    }

    @Test
    void aClearlySurerEnlargementWinsAndTheValueStaysUnsureWithBothReadingsShown() {
        ScanReread.Outcome o = ScanReread.choose("张三峰", 0.0, List.of(
                reading("张三锋", 0.11, 0.65), reading("张三峰", 0.49, 0.78)), "tesseract");

        assertThat(o.replaced()).isTrue();
        assertThat(o.text()).isEqualTo("张三峰");
        assertThat(o.confidence()).isLessThan(0.6);
        assertThat(o.evidence()).contains("\"张三峰\" (0.49)").contains("another enlargement read \"张三锋\" (0.11)");
    }

    @Test
    void anEnlargementOnlyAsSureAsTheFirstWithinJitterDoesNotWin() {
        // the same cell read at 2× and 3×: 3× inserts a character, a few points surer on average
        ScanReread.Outcome o = ScanReread.choose("乱码", 0.0, List.of(
                reading("受益人群满意度", 0.40, 0.88), reading("受益人和群满意度", 0.62, 0.91)), "tesseract");

        assertThat(o.replaced()).isTrue();
        assertThat(o.text()).isEqualTo("受益人群满意度");
        assertThat(o.evidence()).contains("受益人和群满意度");
    }

    @Test
    void thePagesReadingAndTheOtherEnlargementOutvoteACharacterOnlyTheKeptReRead() {
        ScanReread.Outcome o = ScanReread.choose("-100.00%", 0.61, List.of(
                reading("=100.009%0", 0.71, 0.71), reading("=100.00%0", 0.58, 0.58)), "tesseract");

        assertThat(o.replaced()).isTrue();
        assertThat(o.text()).isEqualTo("=100.00%0");
        assertThat(o.confidence()).isLessThan(0.6);
        assertThat(o.evidence()).contains("voted character by character \"=100.00%0\"");
    }

    @Test
    void enlargementsSureOfMostCharactersOutvoteThePagesReadingThoughOneCharacterIsUnsure() {
        ScanReread.Outcome o = ScanReread.choose("响应时间;立即响应，故陈处理", 0.32, List.of(
                reading("响应时间:立即响应，故障处理", 0.36, 0.88), reading("响应时间:立即响应，故障处理", 0.20, 0.86)), "tesseract");

        assertThat(o.replaced()).isTrue();
        assertThat(o.text()).isEqualTo("响应时间:立即响应，故障处理");
        assertThat(o.confidence()).isLessThan(0.6);
        assertThat(o.evidence()).contains("outvoted");
    }

    @Test
    void unsureEnlargementsDoNotOutvoteThePagesReading() {
        ScanReread.Outcome o = ScanReread.choose("响应时间;立即响应，故陈处理", 0.32, List.of(
                reading("响应时间:立即响应，故障处理", 0.36, 0.6), reading("响应时间:立即响应，故障处理", 0.20, 0.86)), "tesseract");

        assertThat(o.replaced()).isFalse();
        assertThat(o.text()).isEqualTo("响应时间:立即响应，故障处理");
    }

    @Test
    void enlargementsThatAgreeKeepTheSurestConfidence() {
        ScanReread.Outcome o = ScanReread.choose("时效目标。。", 0.33, List.of(
                reading("时效目标", 0.93, 0.95), reading("时效 目标", 0.92, 0.93)), "tesseract");

        assertThat(o.replaced()).isTrue();
        assertThat(o.text()).isEqualTo("时效目标");
        assertThat(o.confidence()).isEqualTo(0.93);
        assertThat(o.evidence()).doesNotContain("another enlargement");
    }

    @Test
    void forAnAmountOnlyReadingsThatMakeANumberCompete() {
        ScanReread.Outcome o = ScanReread.choose("l2 3oo", 0.2, List.of(
                reading("12300", 0.70, 0.70), reading("12 3O0元", 0.95, 0.95)), "tesseract");

        assertThat(o.replaced()).isTrue();
        assertThat(o.text()).isEqualTo("12300");
    }

    @Test
    void nothingReadAtAnyEnlargementGivesNoOutcome() {
        assertThat(ScanReread.choose("x", 0.1, Arrays.asList(null, reading(" ", 0.5, 0.5)), "tesseract")).isNull();
    }
}
