package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrappedTextTest {

    @Test
    void chineseAndNumbersWrappedByTheCellJoinWithoutASpace() {
        assertThat(WrappedText.unwrap("021-625310\n78")).isEqualTo("021-62531078");
        assertThat(WrappedText.unwrap("社会效益\n目标")).isEqualTo("社会效益目标");
        assertThat(WrappedText.unwrap("职业培训师资继续教育-“激活你的课堂”主题师资 \n进修")).isEqualTo("职业培训师资继续教育-“激活你的课堂”主题师资进修");
    }

    @Test
    void twoLatinWordsKeepTheSpaceTheBreakStoodFor() {
        assertThat(WrappedText.unwrap("Smart\nCity 平台")).isEqualTo("Smart City 平台");
    }

    @Test
    void aValueOnOneLineIsLeftAsFiled() {
        assertThat(WrappedText.unwrap("上海市 12333 热线")).isEqualTo("上海市 12333 热线");
        assertThat(WrappedText.unwrap(null)).isNull();
    }
}
