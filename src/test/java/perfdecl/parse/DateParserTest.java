package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2019-1-1|2019-01-01", "2019. 1. 1|2019-01-01", "2019. 12. 31|2019-12-31", "2019-01-01|2019-01-01",
            "2020/3/15|2020-03-15", "2020年1月1日|2020-01-01", "2020.01.01|2020-01-01", "20200630|2020-06-30",
            "２０２０－０６－３０|2020-06-30"})
    void readsEveryFiledDateStyle(String text, String iso) {
        assertThat(parser.start(text)).contains(LocalDate.parse(iso));
    }

    @Test
    void aMonthAloneStartsOnItsFirstAndEndsOnItsLastDay() {
        assertThat(parser.start("2019年1月")).contains(LocalDate.of(2019, 1, 1));
        assertThat(parser.end("2019年12月")).contains(LocalDate.of(2019, 12, 31));
        assertThat(parser.end("2020年2月")).contains(LocalDate.of(2020, 2, 29));
        assertThat(parser.end("2020-02")).contains(LocalDate.of(2020, 2, 29));
    }

    @Test
    void anEndWithoutItsYearTakesTheStartsYearOrTheNextWhenItWouldComeFirst() {
        LocalDate start = LocalDate.of(2023, 7, 1);
        assertThat(parser.end("12月", LocalDate.of(2023, 1, 1))).contains(LocalDate.of(2023, 12, 31));
        assertThat(parser.end("12月31日", start)).contains(LocalDate.of(2023, 12, 31));
        assertThat(parser.end("6月30日", start)).contains(LocalDate.of(2024, 6, 30));
        assertThat(parser.end("2024年8月", start)).contains(LocalDate.of(2024, 8, 31));
        assertThat(parser.end("12月", null)).isEmpty();
        assertThat(parser.end("13月", start)).isEmpty();
    }

    @Test
    void notADateIsEmpty() {
        assertThat(parser.start("全年")).isEmpty();
        assertThat(parser.start("2019-13-01")).isEmpty();
        assertThat(parser.start(null)).isEmpty();
    }

    @Test
    void aPeriodOfYearsAloneRunsFromTheFirstYearsFirstDayToTheLastYearsLast() {
        String[] years = parser.splitRange("2023年-2027年").orElseThrow();

        assertThat(years).containsExactly("2023年", "2027年");
        assertThat(parser.start(years[0])).contains(LocalDate.of(2023, 1, 1));
        assertThat(parser.end(years[1])).contains(LocalDate.of(2027, 12, 31));
        assertThat(parser.splitRange("2023-2027")).hasValueSatisfying(y -> assertThat(y).containsExactly("2023", "2027"));
        assertThat(parser.splitRange("2019-12")).isEmpty();
    }

    @Test
    void aYearMarkMisreadUnderAStrokeLeavesTheDateItsMonthAndDayMarksPlace() {
        assertThat(parser.end("—20234：12月31日")).isEmpty();
        assertThat(parser.withYearMarkMisread("—20234：12月31日")).contains(LocalDate.of(2023, 12, 31));
        assertThat(parser.withYearMarkMisread("2023：1月1日")).contains(LocalDate.of(2023, 1, 1));
        // digits alone where 年 stood, no 日, or no date: nothing
        assertThat(parser.withYearMarkMisread("2023112月31日")).isEmpty();
        assertThat(parser.withYearMarkMisread("20234：12月31")).isEmpty();
        assertThat(parser.withYearMarkMisread("20234：13月31日")).isEmpty();
        assertThat(parser.withYearMarkMisread(null)).isEmpty();
    }
}
