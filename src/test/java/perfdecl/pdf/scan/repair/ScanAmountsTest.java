package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanAmountsTest {

    @Test
    void confusableCharactersInANumberAreRepaired() {
        assertThat(ScanAmounts.repair("35l3600")).isEqualTo("3513600");
        assertThat(ScanAmounts.repair("1O0,000")).isEqualTo("100,000");
        assertThat(ScanAmounts.repair("3,852，080")).isEqualTo("3,852,080");
        assertThat(ScanAmounts.repair("12 3I4")).isEqualTo("1231" + "4");
        assertThat(ScanAmounts.repair("99。5")).isEqualTo("99.5");
    }

    @Test
    void aBlankWhereACopyLostAThousandsCommaIsMadeOneWhereOtherCommasGroupTheNumber() {
        assertThat(ScanAmounts.repair("18 372,648")).isEqualTo("18,372,648");
        assertThat(ScanAmounts.repair("9 281,170")).isEqualTo("9,281,170");
        assertThat(ScanAmounts.repair("1,234 567.00")).isEqualTo("1,234,567.00");
        // no comma says the blanks group the number, and a blank before other than three digits is no comma's
        assertThat(ScanAmounts.repair("3 511 500")).isNull();
        assertThat(ScanAmounts.repair("18 37,648")).isNull();
    }

    @Test
    void aCellThatIsNoNumberOrAlreadyOneIsLeftAlone() {
        assertThat(ScanAmounts.repair("71387200")).isNull();
        assertThat(ScanAmounts.repair("项目O")).isNull();
        assertThat(ScanAmounts.repair("71387200人")).isNull();
        assertThat(ScanAmounts.repair("Ol")).isNull();
    }

    @Test
    void datesAndTargetValuesAreNoAmounts() {
        assertThat(ScanAmounts.isDigitLike("2019-1-1")).isFalse();
        assertThat(ScanAmounts.isDigitLike("2019年12月")).isFalse();
        assertThat(ScanAmounts.isDigitLike("≥98.00%")).isFalse();
        assertThat(ScanAmounts.isDigitLike("100%6")).isFalse();
        assertThat(ScanAmounts.isDigitLike("35l3600")).isTrue();
        assertThat(ScanAmounts.isDigitLike("于让379500")).isTrue();
    }

    @Test
    void atLeastReadAsACharacterAndAPercentTailAreRepaired() {
        assertThat(ScanAmounts.repairAtLeast("过80.00%")).isEqualTo("≥80.00%");
        assertThat(ScanAmounts.repairAtLeast("之 90%")).isEqualTo("≥90%");
        assertThat(ScanAmounts.repairAtLeast("过程完善")).isNull();
        assertThat(ScanAmounts.repairPercentTail("100.00%6")).isEqualTo("100.00%");
        assertThat(ScanAmounts.repairPercentTail("≥95%0")).isEqualTo("≥95%");
        assertThat(ScanAmounts.repairPercentTail("95%")).isNull();
        assertThat(ScanAmounts.repairPercentTail("95%以上")).isNull();
    }

    @Test
    void aThousandsCommaDropoutLeftAsAPointIsAComma() {
        assertThat(ScanAmounts.repair("3.852,080")).isEqualTo("3,852,080");
        assertThat(ScanAmounts.repair("3.511.500")).isEqualTo("3,511.500");
        assertThat(ScanAmounts.repair("3.687.50")).isEqualTo("3,687.50");
        assertThat(ScanAmounts.repair(".379,500")).isEqualTo("379,500");
        assertThat(ScanAmounts.repair("3,511,500.")).isEqualTo("3,511,500");
    }

    @Test
    void aPointThatCanBeADecimalPointStays() {
        assertThat(ScanAmounts.repair("9,808,000.50")).isNull();
        assertThat(ScanAmounts.repair("45,678.9012")).isNull();
        assertThat(ScanAmounts.repair("0.125")).isNull();
        assertThat(ScanAmounts.repair("1234.500")).isNull();
        assertThat(ScanAmounts.repair("860.50")).isNull();
        // in 万元 a third decimal is ten yuan
        assertThat(ScanAmounts.repair("1,200.005")).isNull();
        assertThat(ScanAmounts.repair("379.500")).isNull();
    }
}
