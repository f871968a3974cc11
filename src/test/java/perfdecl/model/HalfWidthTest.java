package perfdecl.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HalfWidthTest {

    @Test
    void fullWidthAsciiFormsBecomeAscii() {
        assertThat(HalfWidth.of("项目总预算（元）").text()).isEqualTo("项目总预算(元)");
        assertThat(HalfWidth.of("≥９８．５％").text()).isEqualTo("≥98.5%");
        assertThat(HalfWidth.of("－5％，ＡＢ～").text()).isEqualTo("-5%,AB~");
    }

    @Test
    void otherCharactersStayAsFiled() {
        assertThat(HalfWidth.of("≤180元/m²\u3000‰").text()).isEqualTo("≤180元/m²\u3000‰");
        assertThat(HalfWidth.of('Ａ')).isEqualTo('A');
        assertThat(HalfWidth.of('元')).isEqualTo('元');
    }

    @Test
    void compatibleFoldingAlsoFoldsCompatibilityForms() {
        // U+2F2F KANGXI RADICAL WORK, as some PDF fonts map 工
        assertThat(HalfWidth.compatible("\u2F2F作经费（２０１９）\u3000①").text()).isEqualTo("工作经费(2019) 1");
    }
}
