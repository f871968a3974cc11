package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;

class ScanSpecksTest {

    private static OcrWord word(String text) {
        return word(text, 100);
    }

    private static OcrWord word(String text, double x) {
        return new OcrWord(text, new Box(x, 200, 12 * text.length(), 12), 0.9);
    }

    private static OcrWord alone(OcrWord w) {
        List<OcrWord> out = ScanSpecks.strip(List.of(w));
        return out.isEmpty() ? null : out.get(0);
    }

    @Test
    void speckReadAsADotAfterALabelIsDroppedAndTheWordNarrowed() {
        OcrWord w = alone(word("项目名称."));
        assertThat(w.text()).isEqualTo("项目名称");
        assertThat(w.box().x()).isEqualTo(100);
        assertThat(w.box().width()).isEqualTo(48);
    }

    @Test
    void speckReadAsAMiddleDotBeforeAWordIsDroppedFromItsStart() {
        OcrWord w = alone(word("·资金使用合规性"));
        assertThat(w.text()).isEqualTo("资金使用合规性");
        assertThat(w.box().x()).isEqualTo(112);
    }

    @Test
    void speckStandingAloneIsNoWord() {
        assertThat(alone(word("．"))).isNull();
        assertThat(alone(word("·"))).isNull();
        assertThat(alone(word("‘"))).isNull();
        assertThat(alone(word(". ·"))).isNull();
    }

    @Test
    void dotOcrReadAsAWordOfItsOwnBetweenTwoOthersStays() {
        List<OcrWord> words = List.of(word("=100", 100), word(".", 148), word("00%", 160), word("人", 300),
                word("·", 312), word("日", 324));
        assertThat(ScanSpecks.strip(words)).extracting(OcrWord::text).containsExactly("=100", ".", "00%", "人", "·",
                "日");
    }

    @Test
    void realDotsAndPunctuationStay() {
        for (String text : new String[] {"≥2.50(%)", "=3(元/人·日)", "，", "：", "Wi-Fi.", "2019.", "完成。", "1.加强管理"}) {
            assertThat(alone(word(text)).text()).isEqualTo(text);
        }
    }

    @Test
    void dotsOfADateTypedWithSpacesStayThoughTheirBoxesAreTheirInkAlone() {
        List<OcrWord> words = List.of(word("2019", 100), new OcrWord(".", new Box(150, 210, 2, 2), 0.9),
                word("1", 158), new OcrWord(".", new Box(174, 211, 1, 1), 0.9), word("1", 181));
        assertThat(ScanSpecks.strip(words)).extracting(OcrWord::text).containsExactly("2019", ".", "1", ".", "1");
    }

    @Test
    void speckFarFromTheDigitsBesideItIsStillDropped() {
        List<OcrWord> words = List.of(word("2019", 100), new OcrWord(".", new Box(190, 209, 3, 3), 0.9),
                word("1", 230));
        assertThat(ScanSpecks.strip(words)).extracting(OcrWord::text).containsExactly("2019", "1");
    }

    /** A line read character by character, as PP-OCR places it: one 12 pt word a character, side by side. */
    private static List<OcrWord> characters(String line) {
        List<OcrWord> out = new java.util.ArrayList<>();
        int[] cps = line.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            out.add(word(new String(cps, i, 1), 100 + 12 * i));
        }
        return out;
    }

    private static String joined(List<OcrWord> words) {
        return words.stream().map(OcrWord::text).reduce("", String::concat);
    }

    @Test
    void speckReadAsACharacterOfItsOwnAtTheEdgeOfChineseTextIsDropped() {
        assertThat(joined(ScanSpecks.strip(characters(".养护里程")))).isEqualTo("养护里程");
        assertThat(joined(ScanSpecks.strip(characters("子项目名称.")))).isEqualTo("子项目名称");
        assertThat(joined(ScanSpecks.strip(characters("≥3200人.")))).isEqualTo("≥3200人");
        assertThat(joined(ScanSpecks.strip(characters("单位名称：·上海市")))).isEqualTo("单位名称：上海市");
    }

    @Test
    void dotReadCharacterByCharacterBetweenHanOrBesideADigitStays() {
        for (String line : new String[] {"=3(元/人·日)", "1.加强管理", "完成。", "≥2.50(%)", "Wi-Fi."}) {
            assertThat(joined(ScanSpecks.strip(characters(line)))).isEqualTo(line);
        }
    }

    @Test
    void dotReadCharacterByCharacterAgainstAComparisonSignIsDropped() {
        assertThat(joined(ScanSpecks.strip(characters(".≥85%")))).isEqualTo("≥85%");
        assertThat(joined(ScanSpecks.strip(characters("≥.90%")))).isEqualTo("≥90%");
        assertThat(joined(ScanSpecks.strip(characters("≥·.120000卷")))).isEqualTo("≥120000卷");
    }

    @Test
    void dotsOfANumberAfterASignStay() {
        for (String line : new String[] {"≥0.5", "≤14.8万元", "<2.50(%)", "≥95.00(%)"}) {
            assertThat(joined(ScanSpecks.strip(characters(line)))).isEqualTo(line);
        }
    }
}
