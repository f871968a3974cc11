package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScanVoteTest {

    @Test
    void aCharacterOnlyOneReadingHasIsDropped() {
        assertThat(ScanVote.vote("=100.009%0", List.of("-100.00%", "=100.00%0"))).isEqualTo("=100.00%0");
    }

    @Test
    void aCharacterTwoOfThreeReadingsAgreeOnReplacesTheBackbones() {
        assertThat(ScanVote.vote("王小明", List.of("王小朋", "王小朋"))).isEqualTo("王小朋");
        assertThat(ScanVote.vote("张三峰", List.of("张三锋", "张三峰"))).isEqualTo("张三峰");
    }

    @Test
    void aCharacterTheOthersBothHaveInAdditionIsInserted() {
        assertThat(ScanVote.vote("满意度目", List.of("满意度目标", "满意度目标"))).isEqualTo("满意度目标");
        assertThat(ScanVote.vote("满意度目", List.of("满意度目标", "满意度目"))).isEqualTo("满意度目");
    }

    @Test
    void threeDifferentReadingsKeepTheBackbone() {
        assertThat(ScanVote.vote("及时率", List.of("及时素", "及时幸"))).isEqualTo("及时率");
    }

    @Test
    void twoReadingsAloneDecideNothing() {
        assertThat(ScanVote.vote("受益人群", List.of("受益人和群"))).isEqualTo("受益人群");
    }
}
