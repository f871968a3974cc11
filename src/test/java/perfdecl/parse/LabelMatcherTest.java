package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelMatcherTest {

    private final LabelMatcher matcher = new LabelMatcher();

    @Test
    void spacesFullWidthPunctuationAndLineBreaksDoNotMatter() {
        assertThat(matcher.whole("项目总预算（元）")).get().extracting(LabelMatch::label).isEqualTo(Label.TOTAL_BUDGET);
        assertThat(matcher.whole("项目总预算 (元)")).get().extracting(LabelMatch::label).isEqualTo(Label.TOTAL_BUDGET);
        assertThat(matcher.whole("同名项目上年预\n算执行数（元）")).get().extracting(LabelMatch::label)
                .isEqualTo(Label.PRIOR_EXECUTED);
        assertThat(matcher.whole("项 目 名 称")).get().extracting(LabelMatch::label).isEqualTo(Label.PROJECT_NAME);
    }

    @Test
    void aLabelMisreadByOcrIsMatchedWithItsDistance() {
        var m = matcher.whole("项目名杯").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.PROJECT_NAME);
        assertThat(m.distance()).isEqualTo(1);
    }

    @Test
    void aOneReadAsOneOrTwoDashesIsMatchedAsAFuzzyMatchAndADashElsewhereIsNot() {
        var m = matcher.whole("--级指标").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.LEVEL1_HEADER);
        assertThat(m.distance()).isEqualTo(1);
        assertThat(matcher.whole("—级指标")).get().extracting(LabelMatch::label).isEqualTo(Label.LEVEL1_HEADER);
        assertThat(matcher.whole("---级指标")).isEmpty();
        assertThat(matcher.whole("级指标--")).isEmpty();
        assertThat(LabelKey.withDashesAsOne("2019-1-1")).isEqualTo("2019-1-1");
    }

    @Test
    void aTwoLineLabelReadAcrossItsLinesIsMatchedAsAFuzzyMatch() {
        var m = matcher.whole("途资金用").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.FUND_USE);
        assertThat(m.distance()).isGreaterThan(0);
        assertThat(matcher.whole("用资金途")).get().extracting(LabelMatch::label).isEqualTo(Label.FUND_USE);
        assertThat(matcher.whole("目项称名")).get().extracting(LabelMatch::label).isEqualTo(Label.PROJECT_NAME);
        assertThat(matcher.whole("管理资金")).isEmpty();
    }

    @Test
    void aLabelWhoseFirstCharacterWasCutOffWithThePageEdgeIsMatchedByItsTailAndColonAsAFuzzyMatch() {
        var m = matcher.prefix("报单位名称：上海市静安区养老服务指导中心（盖章）").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.UNIT);
        assertThat(m.rest()).isEqualTo("上海市静安区养老服务指导中心（盖章）");
        assertThat(m.distance()).isEqualTo(1);
        // without the colon ending a label, or with too little of it left, a line of text is no label
        assertThat(matcher.prefix("报单位名称上海市静安区养老服务指导中心")).isEmpty();
        assertThat(matcher.prefix("位名称：上海市静安区养老服务指导中心")).isEmpty();
    }

    @Test
    void aTextHeadingAfterARulingsStubIsFoundAtTheHeadOfItsText() {
        var m = matcher.headingInCell("1项目实施计划「按月实施。").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.PLAN);
        assertThat(m.distance()).isEqualTo(1);
        assertThat(m.rest()).isEqualTo("「按月实施。");
        var misread = matcher.headingInCell("|项口实施计划").orElseThrow();
        assertThat(misread.label()).isEqualTo(Label.PLAN);
        assertThat(misread.distance()).isEqualTo(2);
        assertThat(misread.rest()).isEmpty();
        // three marks before it, an amount, a name that is no heading: none
        assertThat(matcher.headingInCell("1.2项目实施计划")).isEmpty();
        assertThat(matcher.headingInCell("379500")).isEmpty();
        assertThat(matcher.headingInCell("职业培训师资继续教育")).isEmpty();
    }

    @Test
    void aLabelCellWhoseHeadWasCutOffIsNamedByTheRestOfItsSpellingAlone() {
        var m = matcher.cutHead("实施计划").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.PLAN);
        assertThat(m.distance()).isEqualTo(2);
        // three characters left, three cut, or more than the tail: no label
        assertThat(matcher.cutHead("施计划")).isEmpty();
        assertThat(matcher.cutHead("施计划表")).isEmpty();
        assertThat(matcher.cutHead("实施计划安排")).isEmpty();
    }

    @Test
    void aLabelWhoseFirstCharacterWasMisreadIsMatchedByItsTailAndColonAsAFuzzyMatch() {
        var m = matcher.prefix("甲报单位名称：上海市静安区城市网格化综合管理中心（盖草）").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.UNIT);
        assertThat(m.rest()).isEqualTo("上海市静安区城市网格化综合管理中心（盖草）");
        assertThat(m.distance()).isEqualTo(1);
        // two characters misread, a digit in the label's place, or no colon: no label
        assertThat(matcher.prefix("甲极单位名称：上海市静安区城市网格化综合管理中心")).isEmpty();
        assertThat(matcher.prefix("1报单位名称：上海市静安区城市网格化综合管理中心")).isEmpty();
        assertThat(matcher.prefix("甲报单位名称上海市静安区城市网格化综合管理中心")).isEmpty();
    }

    @Test
    void aLabelHalfReadUnderAMarkIsTheOneSharingMostCharactersInPlace() {
        assertThat(matcher.whole("成系电动")).isEmpty();
        var m = matcher.halfRead("成系电动").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.CONTACT_PHONE);
        assertThat(m.distance()).isEqualTo(2);
        assertThat(m.halfRead()).isTrue();
        // fewer than half in place, too short, or a label of no short value: nothing
        assertThat(matcher.halfRead("成系包动")).isEmpty();
        assertThat(matcher.halfRead("联系")).isEmpty();
        assertThat(matcher.halfRead("项日概兄")).isEmpty();
    }

    @Test
    void shortLabelsMustMatchExactly() {
        assertThat(matcher.whole("备考")).isEmpty();
        assertThat(matcher.whole("充分")).isEmpty();
    }

    @Test
    void aValueWrittenInTheLabelCellIsSplitOff() {
        var m = matcher.prefix("联系电话 63678103").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.CONTACT_PHONE);
        assertThat(m.rest()).isEqualTo("63678103");
        assertThat(matcher.prefix("申报单位名称：上海市就业促进中心").orElseThrow().rest()).isEqualTo("上海市就业促进中心");
    }

    @Test
    void aColonReadAsADotAfterALabelIsNoPartOfTheValue() {
        assertThat(matcher.prefix("申报单位名称·上海市普陀区长风实验中学").orElseThrow().rest())
                .isEqualTo("上海市普陀区长风实验中学");
        assertThat(matcher.prefix("申报单位名称. 上海市就业促进中心").orElseThrow().rest()).isEqualTo("上海市就业促进中心");
        assertThat(matcher.prefix("联系电话：021-63678103").orElseThrow().rest()).isEqualTo("021-63678103");
    }

    @Test
    void anAmountLabelInTenThousandsIsRecognised() {
        assertThat(matcher.whole("项目当年预算（万元）")).get().extracting(LabelMatch::label)
                .isEqualTo(Label.CURRENT_BUDGET);
    }

    @Test
    void aLabelRunTogetherWithANumberIsALabelAndItsValueNotAMisreadLabel() {
        assertThat(matcher.whole("同名项目上年预算额（元）0")).isEmpty();
        var m = matcher.prefix("同名项目上年预算额（元）0").orElseThrow();
        assertThat(m.label()).isEqualTo(Label.PRIOR_BUDGET);
        assertThat(m.rest()).isEqualTo("0");
    }
}
