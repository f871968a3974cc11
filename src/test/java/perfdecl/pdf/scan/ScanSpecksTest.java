package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;

class ScanSpecksTest {

    private static OcrWord word(String text) {
        return new OcrWord(text, new Box(100, 200, 12 * text.length(), 12), 0.9);
    }

    @Test
    void speckReadAsADotAfterALabelIsDroppedAndTheWordNarrowed() {
        OcrWord w = ScanSpecks.strip(word("项目名称."));
        assertThat(w.text()).isEqualTo("项目名称");
        assertThat(w.box().x()).isEqualTo(100);
        assertThat(w.box().width()).isEqualTo(48);
    }

    @Test
    void speckReadAsAMiddleDotBeforeAWordIsDroppedFromItsStart() {
        OcrWord w = ScanSpecks.strip(word("·资金使用合规性"));
        assertThat(w.text()).isEqualTo("资金使用合规性");
        assertThat(w.box().x()).isEqualTo(112);
    }

    @Test
    void speckStandingAloneIsNoWord() {
        assertThat(ScanSpecks.strip(word("．"))).isNull();
        assertThat(ScanSpecks.strip(word("·"))).isNull();
        assertThat(ScanSpecks.strip(word("‘"))).isNull();
        assertThat(ScanSpecks.strip(word(". ·"))).isNull();
    }

    @Test
    void realDotsAndPunctuationStay() {
        for (String text : new String[] {"≥2.50(%)", "=3(元/人·日)", "，", "：", "Wi-Fi.", "2019.", "完成。", "1.加强管理"}) {
            assertThat(ScanSpecks.strip(word(text)).text()).isEqualTo(text);
        }
    }
}
