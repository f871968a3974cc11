package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvDialectTest {

    @Test
    void excelMarksEveryTextCellASpreadsheetWouldEvaluate() {
        for (String formula : new String[] {"=100%", "-5%", "+3", "@SUM(A1)", "=cmd|' /C calc'!A0", "\t=1+1",
                "\r=1+1", "-", "'quoted"}) {
            assertThat(CsvDialect.EXCEL.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void excelMarksTextASpreadsheetWouldTurnIntoANumberOrDate() {
        for (String numberLike : new String[] {"123456789012345678", "00420", "98.00", "100%", "1,000", "1/2",
                "2019-1-1", "12:30", "2019年1月", "1e5", "TRUE", "false"}) {
            assertThat(CsvDialect.EXCEL.cell(numberLike)).as(numberLike).isEqualTo("'" + numberLike);
        }
    }

    @Test
    void excelLeavesOrdinaryTextAlone() {
        for (String text : new String[] {"≥98%", "上海市社会保险事业管理中心", "其他经常性项目", "4aef5326443e-0",
                "a=b", "98% 以上", "", "e", "2019;2020 年"}) {
            assertThat(CsvDialect.EXCEL.cell(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void numbersDatesAndTruthValuesTheToolWritesStayPlainInBothDialects() {
        for (CsvDialect d : CsvDialect.values()) {
            assertThat(d.cell(-5L)).isEqualTo("-5");
            assertThat(d.cell(18372648L)).isEqualTo("18372648");
            assertThat(d.cell(new BigDecimal("-0.5E+2"))).isEqualTo("-50");
            assertThat(d.cell(0.85)).isEqualTo("0.85");
            assertThat(d.cell(Boolean.TRUE)).isEqualTo("true");
            assertThat(d.cell(LocalDate.of(2019, 1, 1))).isEqualTo("2019-01-01");
            assertThat(d.cell(null)).isEmpty();
        }
    }

    @Test
    void plainWritesEveryTextExactly() {
        for (String text : new String[] {"=100%", "-5%", "@SUM(A1)", "007", "'x", "\t=1"}) {
            assertThat(CsvDialect.PLAIN.cell(text)).isEqualTo(text);
        }
        assertThat(CsvDialect.PLAIN.byteOrderMark()).isFalse();
        assertThat(CsvDialect.EXCEL.byteOrderMark()).isTrue();
    }

    @Test
    void dialectsAreNamedOnTheCommandLineInLowerCase() {
        assertThat(CsvDialect.of("plain")).isEqualTo(CsvDialect.PLAIN);
        assertThat(CsvDialect.of("Excel")).isEqualTo(CsvDialect.EXCEL);
        assertThatThrownBy(() -> CsvDialect.of("tsv")).hasMessageContaining("excel or plain");
    }
}
