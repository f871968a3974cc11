package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;

class ScanBoxOrCharacterTest {

    private static final String BOX_READINGS = "口回日囗□☑|[]”“";

    /** A word of CJK characters 12 pt wide each, on the line from y 100 to 110. */
    private static OcrWord word(String text, double x, double confidence) {
        return new OcrWord(text, new Box(x, 100, 12 * text.length(), 10), confidence);
    }

    /** A 9.6 pt square centred on x, on that line. */
    private static Box square(double centerX) {
        return new Box(centerX - 4.8, 100.5, 9.6, 9.6);
    }

    @Test
    void squareInsideAConfidentlyReadRunOfTextIsACharacter() {
        // 的管理办法: the square stands where OCR read 理, with 管 and 办 close on either side
        List<OcrWord> words = List.of(word("的管理办法", 100, 0.95));

        assertThat(ScanBoxOrCharacter.isCharacter(square(131), 1.0, words, BOX_READINGS)).isTrue();
        assertThat(ScanBoxOrCharacter.isCharacter(square(131), 0.4, words, BOX_READINGS)).isTrue();
    }

    @Test
    void squareInDoubtfulTextIsACharacterOnlyWhereItsInkIsUnsure() {
        List<OcrWord> words = List.of(word("的管理办法", 100, 0.5));

        assertThat(ScanBoxOrCharacter.isCharacter(square(131), 0.4, words, BOX_READINGS)).isTrue();
        assertThat(ScanBoxOrCharacter.isCharacter(square(131), 1.0, words, BOX_READINGS)).isFalse();
    }

    @Test
    void boxAfterALabelStaysABoxWhereTheLabelsWordReachesOverIt() {
        // the label's OCR box runs on over its box, and OCR read the box as 回; the next option a gap away
        List<OcrWord> words = List.of(new OcrWord("经常性专项业务费", new Box(137, 100, 90, 10), 0.95),
                new OcrWord("回", new Box(228, 100, 8, 10), 0.5), word("其他经常性项目", 252, 0.95));
        Box box = new Box(221, 100.5, 8.6, 8.6);

        assertThat(ScanBoxOrCharacter.isCharacter(box, 1.0, words, BOX_READINGS)).isFalse();
        assertThat(ScanBoxOrCharacter.isCharacter(box, 0.4, words, BOX_READINGS)).isFalse();
    }

    @Test
    void boxAfterALabelStaysABoxWhereTheNextLabelIsBoxedWide() {
        // OCR boxed the next label's first character alone, spread over two characters' width
        List<OcrWord> words = List.of(word("经常性专项业务费", 130, 0.95), new OcrWord("其", new Box(238, 100, 18, 10), 0.5),
                word("他经常性项目", 256, 0.95));
        Box box = new Box(221, 100.5, 7.7, 8.2);

        assertThat(ScanBoxOrCharacter.isCharacter(box, 1.0, words, BOX_READINGS)).isFalse();
    }

    @Test
    void squareWhereOcrReadABoxStaysABox() {
        List<OcrWord> words = List.of(word("结转项目口其他项目", 100, 0.95));

        assertThat(ScanBoxOrCharacter.isCharacter(square(154), 0.4, words, BOX_READINGS)).isFalse();
    }

    @Test
    void squareOnAnotherLineThanTheTextIsABox() {
        List<OcrWord> words = List.of(word("的管理办法", 100, 0.95));
        Box below = new Box(126.2, 120, 9.6, 9.6);

        assertThat(ScanBoxOrCharacter.isCharacter(below, 0.4, words, BOX_READINGS)).isFalse();
    }
}
