package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    private final AmountParser parser = new AmountParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "71387200|71387200", "18,372,648|18372648", "18，372，648|18372648", "3 511 500|3511500",
            "５２０００|52000", "0|0", "1230000.00|1230000", "99,120元|99120", "¥1,860,000.00|1860000", "￥620,000|620000",
            "人民币120000元|120000"})
    void readsWholeYuanInEveryFiledStyle(String text, long yuan) {
        assertThat(parser.parse(text, false)).isEqualTo(new AmountParser.Amount(yuan, yuan * 100, null));
    }

    @Test
    void anAmountFiledInTenThousandsIsScaledToYuan() {
        assertThat(parser.parse("12.5", true).value()).isEqualTo(125_000L);
        assertThat(parser.parse("40万", false).value()).isEqualTo(400_000L);
    }

    @ParameterizedTest
    @CsvSource({"''", "-", "/", "无", "—"})
    void aBlankOrDashIsNoAmount(String text) {
        assertThat(parser.parse(text, false)).isEqualTo(AmountParser.Amount.BLANK);
    }

    @Test
    void anUnreadableAmountIsReportedWithTheTextAsFiled() {
        var a = parser.parse("35l3600", false);
        assertThat(a.value()).isNull();
        assertThat(a.problem()).contains("35l3600");
        assertThat(parser.parse("1,23,456", false).problem()).contains("separators");
    }

    @Test
    void aFullStopAfterTheLastDigitIsNoPartOfTheAmount() {
        assertThat(parser.parse("11108102\n.", false)).isEqualTo(new AmountParser.Amount(11_108_102L, 1_110_810_200L, null));
        assertThat(parser.parse("1,860,000.", false).value()).isEqualTo(1_860_000L);
        assertThat(parser.parse("12.5。", true).value()).isEqualTo(125_000L);
    }

    @Test
    void aFractionOfAYuanIsRoundedAndSaid() {
        var a = parser.parse("100.50", false);
        assertThat(a.value()).isEqualTo(101L);
        assertThat(a.problem()).contains("rounded");
    }

    @Test
    void centsAndTenThousandsWithDecimalsAreKeptExactlyInFen() {
        assertThat(parser.parse("10,308,000.35", false).fen()).isEqualTo(1_030_800_035L);
        assertThat(parser.parse("349.8015", true).fen()).isEqualTo(349_801_500L);
        assertThat(parser.parse("349.8015", true).value()).isEqualTo(3_498_015L);
        assertThat(parser.parse("0.00", false).fen()).isZero();
    }
}
