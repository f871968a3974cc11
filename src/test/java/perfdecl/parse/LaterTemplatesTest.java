package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.form;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Source;

class LaterTemplatesTest {

    private static final Source SOURCE = new Source("a.txt", "4aef5326443e4e0d00", 0, null, "ocr-text");
    private final DeclarationParser parser = new DeclarationParser();

    private Declaration sh2025(String fundsHeader, String total, String current) {
        return parser.parse(form(row("财政项目支出绩效目标申报表"), row("（2026年度）"),
                row("项目名称", "社区养老补贴", "项目性质", "经常性项目"),
                row("项目类别", "特定目标类", "主管部门", "上海市静安区民政局"),
                row("计划开始日期", "2026-01-01", "计划完成日期", "2026/12/31"),
                row(fundsHeader, "项目资金总额", total), row("", "年度资金申请总额", current),
                row("", "其中：财政资金", current), row("", "其他资金", "0.00"),
                row("一级指标", "二级指标", "三级指标", "年度指标值"),
                row("成本指标", "经济成本指标", "单位成本", "≤32.20(万元)"),
                row("产出指标", "数量指标", "设施数量", "=32.00(家)"),
                row("满意度指标", "服务对象满意度指标", "满意度", "≥90.00(%)")), SOURCE);
    }

    @Test
    void theTwentyTwentyFiveFormFillsItsOwnFieldsBesideTheSharedOnes() {
        Declaration d = sh2025("项目资金（元）", "10,308,000.35", "10,308,000.35");
        assertThat(d.template()).isEqualTo("sh-2025");
        assertThat(d.year()).isEqualTo(2026);
        assertThat(d.department()).isEqualTo("上海市静安区民政局");
        assertThat(d.unit().name()).isNull();
        assertThat(d.unit().sealed()).isFalse();
        assertThat(d.projectNature()).isEqualTo("经常性项目");
        assertThat(d.projectCategory()).isEqualTo("特定目标类");
        assertThat(d.projectType()).isNull();
        assertThat(d.period().start()).isEqualTo("2026-01-01");
        assertThat(d.period().end()).isEqualTo("2026-12-31");
        assertThat(d.budget().total()).isEqualTo(10_308_000L);
        assertThat(d.budget().fen().total()).isEqualTo(1_030_800_035L);
        assertThat(d.budget().fiscalFunds()).isEqualTo(10_308_000L);
        assertThat(d.budget().otherFunds()).isZero();
    }

    @Test
    void theIndicatorLevelsAreTheNewTaxonomysWithCostAsALevelOne() {
        Declaration d = sh2025("项目资金（元）", "1000", "1000");
        assertThat(d.indicators()).extracting(i -> i.level1()).containsExactly("成本指标", "产出指标", "满意度指标");
        assertThat(d.indicators().get(1).target().unit()).isEqualTo("家");
        assertThat(d.indicators().get(2).target().value()).isEqualByComparingTo("90.00");
    }

    @Test
    void aFundsBlockInTenThousandsConvertsExactly() {
        Declaration d = sh2025("项目资金（万元）", "349.8015", "120.50");
        assertThat(d.budget().total()).isEqualTo(3_498_015L);
        assertThat(d.budget().fen().total()).isEqualTo(349_801_500L);
        assertThat(d.budget().currentYear()).isEqualTo(1_205_000L);
    }

    private Declaration mof(perfdecl.grid.Row... indicatorRows) {
        java.util.List<perfdecl.grid.Row> rows = new java.util.ArrayList<>(java.util.List.of(row("项目支出绩效目标表"),
                row("（2024年度）"), row("项目名称", "档案数字化"), row("主管部门", "国家档案局", "实施单位", "中央档案馆"),
                row("项目资金（万元）", "年度资金总额", "860.5"), row("", "其中：财政拨款", "800.005"),
                row("", "其他资金", "60.495"), row("年度总体目标", "完成档案数字化200万画幅。")));
        rows.addAll(java.util.List.of(indicatorRows));
        return parser.parse(new perfdecl.grid.FormGrid(0, null, null, rows, java.util.List.of()), SOURCE);
    }

    @Test
    void theNationalFormsAmountsInTenThousandsConvertExactlyToYuanAndFen() {
        Declaration d = mof(row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"),
                row("", "产出指标", "数量指标", "扫描画幅", "≥200万画幅"));
        assertThat(d.template()).isEqualTo("mof-2021");
        assertThat(d.department()).isEqualTo("国家档案局");
        assertThat(d.unit().name()).isEqualTo("中央档案馆");
        assertThat(d.budget().currentYear()).isEqualTo(8_605_000L);
        assertThat(d.budget().currentYearAppropriation()).isEqualTo(8_000_050L);
        assertThat(d.budget().fen().otherFunds()).isEqualTo(60_495_000L);
        assertThat(d.budget().total()).isNull();
        assertThat(d.texts().annualGoal()).isEqualTo("完成档案数字化200万画幅。");
        assertThat(d.indicators()).singleElement().satisfies(i -> {
            assertThat(i.level1()).isEqualTo("产出指标");
            assertThat(i.level3()).isEqualTo("扫描画幅");
            assertThat(i.term()).isNull();
        });
    }

    @Test
    void theNatureUnitDirectionAndScoreColumnsCompleteTheValueAndAreKept() {
        Declaration d = mof(row("绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标方向", "分值"),
                row("", "产出指标", "数量指标", "扫描画幅", "≥", "200", "万画幅", "正向", "15"),
                row("", "", "时效指标", "完成时限", "≤", "≤12", "月", "反向", "10分"),
                row("", "满意度指标", "服务对象满意度指标", "利用者满意度", "定性", "满意", "", "正向", ""));
        assertThat(d.indicators()).hasSize(3);
        var first = d.indicators().get(0);
        assertThat(first.target().raw()).isEqualTo("≥200万画幅");
        assertThat(first.target().value()).isEqualByComparingTo("200");
        assertThat(first.target().operator()).isEqualTo("≥");
        assertThat(first.target().unit()).isEqualTo("万画幅");
        assertThat(first.nature()).isEqualTo("≥");
        assertThat(first.direction()).isEqualTo("正向");
        assertThat(first.score()).isEqualByComparingTo("15");
        assertThat(d.indicators().get(1).score()).isEqualByComparingTo("10");
        assertThat(d.indicators().get(1).target().raw()).isEqualTo("≤12月");
        assertThat(d.indicators().get(1).level2()).isEqualTo("时效指标");
        assertThat(d.indicators().get(2).target().qualitative()).isEqualTo("满意");
        assertThat(d.indicators().get(2).target().raw()).isEqualTo("满意");
        assertThat(d.indicators().get(2).score()).isNull();
    }

    @Test
    void aPhraseOnA定性RowIsItsQualitativeTargetButASentenceIsNot() {
        Declaration d = mof(row("绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "分值", "指标方向"),
                row("", "效益指标", "可持续影响指标", "路网运行监测体系", "定性", "持续稳定运行", "", "15", "正向"),
                row("", "", "社会效益指标", "公众出行服务", "定性", "服务覆盖面扩大，投诉减少", "", "10", "正向"),
                row("", "满意度指标", "服务对象满意度指标", "社会公众满意度", "≥", "85", "%", "15", "正向"));
        assertThat(d.indicators()).hasSize(3);
        assertThat(d.indicators().get(0).target().qualitative()).isEqualTo("持续稳定运行");
        assertThat(d.indicators().get(0).target().value()).isNull();
        assertThat(d.indicators().get(1).target().qualitative()).isNull();
        assertThat(d.indicators().get(1).target().raw()).isEqualTo("服务覆盖面扩大，投诉减少");
        assertThat(d.indicators().get(2).target().value()).isEqualByComparingTo("85");
    }

    @Test
    void aComparisonPrintedInTheDirectionColumnStillLeadsTheValue() {
        Declaration d = mof(row("绩效指标", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"),
                row("", "产出指标", "数量指标", "新增面积", "≥", "12.6", "万平方米"));
        assertThat(d.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target().raw()).isEqualTo("≥12.6万平方米");
            assertThat(i.target().operator()).isEqualTo("≥");
            assertThat(i.target().unit()).isEqualTo("万平方米");
            assertThat(i.direction()).isEqualTo("≥");
            assertThat(i.nature()).isNull();
        });
    }

    @Test
    void separateLongTermAndAnnualBlocksMarkEachIndicatorsTerm() {
        Declaration d = mof(row("长期绩效指标"), row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "扫描画幅", "≥600万画幅"),
                row("年度总体目标", "完成档案数字化200万画幅。"),
                row("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"),
                row("", "产出指标", "数量指标", "扫描画幅", "≥200万画幅"),
                row("", "满意度指标", "服务对象满意度指标", "利用者满意度", "≥90%"));
        assertThat(d.indicators()).extracting(i -> i.term()).containsExactly("长期", "年度", "年度");
        assertThat(d.indicators()).extracting(i -> i.target().raw()).containsExactly("≥600万画幅", "≥200万画幅", "≥90%");
    }

    @Test
    void aFundsBlockPrintedAcrossThePageTakesEachAmountFromUnderItsLabel() {
        Declaration d = parser.parse(form(row("财政项目支出绩效目标申报表"), row("（2026年度）"),
                row("项目名称", "家庭医生签约服务补助", "项目性质", "经常性项目"),
                row("", "项目资金总额", "年度资金申请总额", "其中：财政资金", "其他资金"),
                row("项目资金（万元）", "328.654", "328.654", "308.654025", "20"),
                row("一级指标", "二级指标", "三级指标", "年度指标值"),
                row("产出指标", "数量指标", "签约居民人数", "≥32000(人)")), SOURCE);
        assertThat(d.budget().total()).isEqualTo(3_286_540L);
        assertThat(d.budget().currentYear()).isEqualTo(3_286_540L);
        assertThat(d.budget().fen().fiscalFunds()).isEqualTo(308_654_025L);
        assertThat(d.budget().otherFunds()).isEqualTo(200_000L);
        assertThat(d.budget().currentYearAppropriation()).isNull();
    }

    @Test
    void theTwentyTwentyFiveFormsLabelsRunTogetherWithTheirValuesAreSplitAtEachLabel() {
        Declaration d = parser.parse(form(row("财政项目支出绩效目标申报表"), row("（2026年度）"),
                row("项目名称社区养老服务设施改造提升"), row("项目性质阶段性项目项目类别特定目标类"),
                row("主管部门上海市长宁区民政局实施单位上海市长宁区社会福利院"),
                row("计划开始日期2026/1/1计划完成日期2026/12/31"),
                row("项目资金（元）", "项目资金总额2,345,678.90"), row("", "年度资金申请总额1,234,567.89"),
                row("", "其中：财政资金1,200,000.00"), row("", "其他资金34,567.89"),
                row("一级指标", "二级指标", "三级指标", "年度指标值"),
                row("产出指标", "数量指标", "改造设施数量", "=8(处)")), SOURCE);
        assertThat(d.projectName()).isEqualTo("社区养老服务设施改造提升");
        assertThat(d.projectNature()).isEqualTo("阶段性项目");
        assertThat(d.projectCategory()).isEqualTo("特定目标类");
        assertThat(d.department()).isEqualTo("上海市长宁区民政局");
        assertThat(d.unit().name()).isEqualTo("上海市长宁区社会福利院");
        assertThat(d.period().start()).isEqualTo("2026-01-01");
        assertThat(d.period().end()).isEqualTo("2026-12-31");
        assertThat(d.budget().fen().total()).isEqualTo(234_567_890L);
        assertThat(d.budget().fen().currentYear()).isEqualTo(123_456_789L);
        assertThat(d.budget().fen().otherFunds()).isEqualTo(3_456_789L);
    }

    @Test
    void theNationalFormsDepartmentAndUnitRunTogetherAreSplit() {
        Declaration d = parser.parse(form(row("项目支出绩效目标表"), row("（2025年度）"),
                row("项目名称农村饮水安全巩固提升"), row("主管部门某省水利厅实施单位某省农村供水管理中心"),
                row("项目资金（万元）", "年度资金总额1,025.38"), row("", "其中：财政拨款1,000.00"),
                row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "新建改造供水工程", "≥30处")), SOURCE);
        assertThat(d.template()).isEqualTo("mof-2021");
        assertThat(d.projectName()).isEqualTo("农村饮水安全巩固提升");
        assertThat(d.department()).isEqualTo("某省水利厅");
        assertThat(d.unit().name()).isEqualTo("某省农村供水管理中心");
        assertThat(d.budget().currentYear()).isEqualTo(10_253_800L);
    }

    @Test
    void aBudgetYearWrittenBeforeTheTitleIsTheFormsYearNotThePeriodsStart() {
        Declaration sh = parser.parse(form(row("2026年度财政项目支出绩效目标申报表"),
                row("项目名称", "智慧养老平台运维"), row("主管部门", "上海市普陀区民政局"),
                row("计划开始日期", "2025-07-01", "计划完成日期", "2026-12-31"),
                row("项目资金（元）", "年度资金申请总额", "1,000.00"),
                row("一级指标", "二级指标", "三级指标", "年度指标值"),
                row("产出指标", "数量指标", "服务老人数", "≥3.5(万人)")), SOURCE);
        assertThat(sh.template()).isEqualTo("sh-2025");
        assertThat(sh.year()).isEqualTo(2026);
        assertThat(sh.title()).isEqualTo("财政项目支出绩效目标申报表");
        assertThat(sh.findings()).extracting(f -> f.code()).doesNotContain("YEAR_FROM_PERIOD");

        Declaration mof = parser.parse(form(row("2025年项目支出绩效目标表"), row("项目名称", "乡村振兴人才培训"),
                row("主管部门", "某省农业农村厅", "实施单位", "某省农民科技教育培训中心"),
                row("项目实施期", "2024年1月-2026年12月"), row("项目资金（万元）", "年度资金总额", "1,200.25"),
                row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "培训人数", "≥10000人次")), SOURCE);
        assertThat(mof.template()).isEqualTo("mof-2021");
        assertThat(mof.year()).isEqualTo(2025);
        assertThat(mof.title()).isEqualTo("项目支出绩效目标表");
        assertThat(mof.period().start()).isEqualTo("2024-01-01");
    }

    @Test
    void theYearOrProjectTargetHeaderIsTheTwentyTwentyFiveFormsOwnSpelling() {
        Declaration d = parser.parse(form(row("财政项目支出绩效目标申报表"), row("（2026年度）"),
                row("项目名称", "河道保洁"), row("主管部门", "上海市水务局"),
                row("计划开始日期", "2026-01-01", "计划完成日期", "2026-12-31"),
                row("项目资金（元）", "年度资金申请总额", "1,000.00"),
                row("一级指标", "二级指标", "三级指标", "年度/项目指标值"),
                row("效益指标", "生态效益指标", "水质下降幅度", "≤-5(%)")), SOURCE);
        assertThat(d.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target().value()).isEqualByComparingTo("-5");
            assertThat(i.target().unit()).isEqualTo("%");
        });
        assertThat(d.findings()).extracting(f -> f.code()).doesNotContain("LABEL_FUZZY_MATCH");
    }

    @Test
    void theFilingInstructionsBelowTheIndicatorTableAreNoIndicators() {
        Declaration d = mof(row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值"),
                row("", "产出指标", "数量指标", "扫描画幅", "≥200万画幅"), row("填报说明："),
                row("1．本表由项目实施单位填报，主管部门审核后报同级财政部门。"), row("2．金额单位以表内标注为准。"));
        assertThat(d.indicators()).extracting(i -> i.level3()).containsExactly("扫描画幅");
        assertThat(d.findings()).extracting(f -> f.code()).doesNotContain("ROW_UNRECOGNISED");
    }

    @Test
    void goalsPrintedAcrossThePageGoEachToTheLabelAboveThem() {
        java.util.List<perfdecl.grid.Row> rows = java.util.List.of(row("项目支出绩效目标表"), row("（2025年度）"),
                row("项目名称", "路灯改造"), row("主管部门", "某区城管局", "实施单位", "某区路灯所"),
                row("项目资金（万元）", "年度资金总额", "420.168"), row("", "其中：财政拨款", "420.168"),
                row("总体目标", "长期目标", "年度目标"), row("", "三年改造路灯5200盏。", "本年改造路灯1760盏。"),
                row("年度绩效指标"), row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "改造路灯数量", "=1760盏"));
        Declaration d = parser.parse(new perfdecl.grid.FormGrid(0, null, null, rows, java.util.List.of()), SOURCE);
        assertThat(d.texts().overallGoal()).isEqualTo("三年改造路灯5200盏。");
        assertThat(d.texts().annualGoal()).isEqualTo("本年改造路灯1760盏。");
        assertThat(d.indicators()).hasSize(1);
    }

    @Test
    void aPageHoldingOnlyTheFilingInstructionsIsNotOneOfTheFormsPages() {
        java.util.List<perfdecl.grid.Row> rows = new java.util.ArrayList<>();
        for (perfdecl.grid.Row r : java.util.List.of(row("项目支出绩效目标表"), row("项目名称", "档案数字化"),
                row("主管部门", "国家档案局", "实施单位", "中央档案馆"), row("项目资金（万元）", "年度资金总额", "860.5"),
                row("一级指标", "二级指标", "三级指标", "指标值"), row("产出指标", "数量指标", "扫描画幅", "≥200万画幅"))) {
            rows.add(new perfdecl.grid.Row(r.cells(), rows.size() < 4 ? 4 : 5));
        }
        rows.add(new perfdecl.grid.Row(row("填报说明：").cells(), 6));
        rows.add(new perfdecl.grid.Row(row("1．本表由项目实施单位填报。").cells(), 6));
        Source pdf = new Source("a.pdf", "4aef5326443e4e0d00", 0, java.util.List.of(4, 6), "pdf");

        Declaration d = parser.parse(new perfdecl.grid.FormGrid(0, 4, 6, rows, java.util.List.of()), pdf);

        assertThat(d.source().pages()).containsExactly(4, 5);
    }

    private Declaration mofWithUnitLine(String unitLine) {
        return parser.parse(form(row("项目支出绩效目标表"), row("（2025年度）"), row(unitLine), row("项目名称", "农田建设"),
                row("主管部门", "某县农业农村局", "实施单位", "某县农田建设中心"), row("项目资金", "年度资金总额", "3500"),
                row("", "其中：财政拨款", "3000"), row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩")), SOURCE);
    }

    @Test
    void aUnitLineAboveTheFormGivesTheUnitOfAmountsWhoseLabelsNameNone() {
        Declaration yuan = mofWithUnitLine("单位：元");
        assertThat(yuan.budget().currentYear()).isEqualTo(3500L);
        assertThat(yuan.budget().currentYearAppropriation()).isEqualTo(3000L);
        assertThat(yuan.findings()).extracting(f -> f.code()).doesNotContain("AMOUNT_SCALED", "ROW_UNRECOGNISED");

        Declaration tenThousands = mofWithUnitLine("金额单位：万元");
        assertThat(tenThousands.budget().currentYear()).isEqualTo(35_000_000L);
        assertThat(tenThousands.findings()).extracting(f -> f.code()).doesNotContain("ROW_UNRECOGNISED");
    }

    private Declaration nationalForm(perfdecl.grid.Row departmentRow) {
        return parser.parse(form(row("项目支出绩效目标表"), row("（2023年度）"),
                row("项目名称", "全民健身设施补助"), departmentRow,
                row("项目资金（元）", "年度资金总额", "1,000,000.00"), row("", "其中：财政拨款", "1,000,000.00"),
                row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "新建健身步道", "≥120公里")), SOURCE);
    }

    @Test
    void aUnitLabelPrintedButLeftBlankIsMissingEvenBesideADepartment() {
        Declaration d = nationalForm(row("主管部门", "国家体育总局", "实施单位", ""));
        assertThat(d.unit().name()).isNull();
        assertThat(d.findings()).filteredOn(f -> f.code().equals("FIELD_MISSING"))
                .extracting(perfdecl.model.Finding::field).containsExactly("unit.name");
    }

    @Test
    void aDepartmentStandsInForAUnitTheFormDoesNotPrint() {
        Declaration d = nationalForm(row("主管部门", "国家体育总局"));
        assertThat(d.department()).isEqualTo("国家体育总局");
        assertThat(d.findings()).extracting(perfdecl.model.Finding::code).doesNotContain("FIELD_MISSING");
    }
}
