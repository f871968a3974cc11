package perfdecl.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FormTitlesTest {

    private static final FormTitles ALL = new FormTitles(
            List.of("上海市财政支出项目绩效目标申报表", "财政项目支出绩效目标申报表", "项目支出绩效目标表"),
            List.of("绩效目标申报表", "绩效目标表"));

    @Test
    void everyGenerationsTitleStartsAForm() {
        assertThat(ALL.isTitle("上海市财政支出项目绩效目标申报表")).isTrue();
        assertThat(ALL.isTitle("财政项目支出绩效目标申报表（2026年度）")).isTrue();
        assertThat(ALL.isTitle("项目支出绩效目标表")).isTrue();
        assertThat(ALL.isTitle("2022年项目支出绩效目标表 (2022年度)")).isTrue();
    }

    @Test
    void theContentsLineOrASentenceNamingTheFormIsNoTitle() {
        assertThat(ALL.isTitle("十三、项目支出绩效目标表")).isFalse();
        assertThat(ALL.isTitle("3.项目支出绩效目标表")).isFalse();
        assertThat(ALL.isTitle("项目支出绩效目标表编制说明")).isFalse();
        assertThat(ALL.isTitle("项目支出的绩效目标按照项目支出绩效目标表编制，随本部门预算一并公开，接受社会监督。")).isFalse();
    }

    @Test
    void aSentenceEndingWithTheFormsNameIsNoTitleWithoutItsFullStop() {
        // a disclosure's line before its forms, its full stop lost to OCR (or never printed)
        assertThat(ALL.isTitle("以下为本部门2025年重点项目绩效目标，详见项目支出绩效目标表")).isFalse();
        assertThat(ALL.isTitle("以下为本部门重点项目绩效目标,详见项目支出绩效目标表")).isFalse();
        assertThat(ALL.isTitle("附件2：项目支出绩效目标表")).isTrue();
    }

    @Test
    void theTwentyNineteenDefaultDoesNotKnowTheNationalForm() {
        assertThat(FormTitles.SH_2019.isTitle("项目支出绩效目标表")).isFalse();
        assertThat(FormTitles.SH_2019.isTitle("上海市财政支出项目绩效目标申报表")).isTrue();
    }

    @Test
    void aHeadingOfAnotherBudgetTableEndsAForm() {
        assertThat(ALL.isOtherHeading("2024年部门财务收支预算总表")).isTrue();
        assertThat(ALL.isOtherHeading("名词解释")).isTrue();
        assertThat(ALL.isOtherHeading("项目支出绩效目标表")).isFalse();
        assertThat(ALL.isOtherHeading("≥95%")).isFalse();
    }

    @Test
    void aPageMarkedContinuedNeitherStartsNorEndsAForm() {
        for (String line : List.of("项目支出绩效目标表（续）", "财政项目支出绩效目标申报表(续表)", "续表", "续表：项目支出绩效目标表",
                "项目支出绩效目标表（续上页）")) {
            assertThat(ALL.isTitle(line)).as(line).isFalse();
            assertThat(ALL.isOtherHeading(line)).as(line).isFalse();
            assertThat(FormTitles.isContinued(line)).as(line).isTrue();
        }
        assertThat(FormTitles.isContinued("项目支出绩效目标表")).isFalse();
    }

    @Test
    void aWholeDepartmentsTargetTableIsAnotherTableNotAForm() {
        assertThat(ALL.isTitle("2024年部门整体支出绩效目标表")).isFalse();
        assertThat(ALL.isOtherHeading("2024年部门整体支出绩效目标表")).isTrue();
        assertThat(ALL.isTitle("单位整体绩效目标申报表")).isFalse();
    }

    @Test
    void aPageNumberInAHeaderOrFooterIsRecognisedInItsUsualSpellings() {
        assertThat(FormTitles.isPageNumber("— 21 —")).isTrue();
        assertThat(FormTitles.isPageNumber("-3-")).isTrue();
        assertThat(FormTitles.isPageNumber("第 2 页 共 30 页")).isTrue();
        assertThat(FormTitles.isPageNumber("≥95%")).isFalse();
        assertThat(FormTitles.isPageNumber("2019/1/1")).isFalse();
    }
}
