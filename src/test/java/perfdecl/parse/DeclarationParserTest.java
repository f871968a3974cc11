package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.formWith;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import perfdecl.grid.FormGrid;
import perfdecl.grid.Row;
import perfdecl.model.Budget;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Source;

class DeclarationParserTest {

    private static final Source SOURCE = new Source("a.txt", "4aef5326443e4e0d00", 2, null, "ocr-text");
    private final DeclarationParser parser = new DeclarationParser();

    private Declaration parse(perfdecl.grid.FormGrid grid) {
        return parser.parse(grid, SOURCE);
    }

    @Test
    void headerYearUnitAndIdComeFromTheLinesAboveTheTable() {
        Declaration d = parse(formWith(row("项目名称", "图书采购", "")));
        assertThat(d.title()).isEqualTo(Declaration.TITLE);
        assertThat(d.year()).isEqualTo(2020);
        assertThat(d.unit().name()).isEqualTo("上海市某区图书馆");
        assertThat(d.unit().sealed()).isFalse();
        assertThat(d.projectName()).isEqualTo("图书采购");
        assertThat(d.id()).isEqualTo("4aef5326443e-2");
    }

    @Test
    void aMissingBoxIsAWarningOnAScanAndANoteOnATextExport() {
        perfdecl.grid.FormGrid grid = formWith(row("项目类型", "市委市政府已确定的新增项目 [ ] 结转项目 [x] 其他一次性项目"),
                row("", "经常性专项业务费 [ ] 其他经常性项目 [ ]"));
        Declaration text = parse(grid);
        Declaration scan = parser.parse(grid, new Source("a.pdf", "4aef5326443e4e0d00", 0, java.util.List.of(1, 1),
                perfdecl.grid.SourceDocument.SCAN));
        assertThat(text.findings()).filteredOn(f -> "projectType.options[2]".equals(f.field()))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CHOICE_OPTION_WITHOUT_MARK", Finding.INFO));
        assertThat(scan.findings()).filteredOn(f -> "projectType.options[2]".equals(f.field()))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CHOICE_BOX_NOT_FOUND", Finding.WARNING));
        assertThat(scan.projectType().selected()).containsExactly("结转项目");
        assertThat(scan.projectType().options().get(2).checked()).isNull();
    }

    @Test
    void aSealedUnitLosesTheSealMarkAndIsFlagged() {
        Declaration d = parse(Grids.form(row("上海市财政支出项目绩效目标申报表"), row("(2019年)"),
                row("申报单位名称：上海市社会保险事业管理中心（盖章）")));
        assertThat(d.unit().name()).isEqualTo("上海市社会保险事业管理中心");
        assertThat(d.unit().sealed()).isTrue();
    }

    @Test
    void aSpeckReadAsAPointBetweenTheYearAndItsCharacterLeavesTheYear() {
        Declaration d = parse(Grids.form(row("上海市财政支出项目绩效目标申报表"), row("(2019.年)"),
                row("申报单位名称：上海市社会保险事业管理中心")));
        assertThat(d.year()).isEqualTo(2019);
    }

    @ParameterizedTest
    @ValueSource(strings = {"（盖草）", "(章）"})
    void aSealNoteWithACharacterMisreadOrLostStillMarksTheUnitSealedAndIsReported(String note) {
        // the seal's ink over the note: its 章 read as another character, or its 盖 lost
        Declaration d = parse(Grids.form(row("上海市财政支出项目绩效目标申报表"), row("(2019年)"),
                row("申报单位名称：上海市社会保险事业管理中心" + note)));
        assertThat(d.unit().name()).isEqualTo("上海市社会保险事业管理中心");
        assertThat(d.unit().sealed()).isTrue();
        assertThat(d.findings()).filteredOn(f -> "unit.sealed".equals(f.field()))
                .extracting(Finding::code, Finding::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LABEL_FUZZY_MATCH", note));
    }

    @Test
    void aBracketInsideTheUnitsNameIsNoSealNote() {
        assertThat(parse(Grids.form(row("上海市财政支出项目绩效目标申报表"), row("(2019年)"),
                row("申报单位名称：上海市（盖州）商会服务中心"))).unit().sealed()).isFalse();
    }

    @Test
    void theContactRowSplitsItsLabelsAndValues() {
        Declaration d = parse(formWith(row("项目负责人", "", "联系人", "谢振宇", "联系电话 63678103")));
        assertThat(d.projectLead()).isNull();
        assertThat(d.contactPerson()).isEqualTo("谢振宇");
        assertThat(d.contactPhone()).isEqualTo("63678103");
    }

    @Test
    void labelsAndValuesRunTogetherWithoutSeparatorsAreSplitAtEachLabel() {
        Declaration d = parse(formWith(row("项目名称党外人才专项服务工作经费"),
                row("项目负责人王建国联系人李敏联系电话021-63211234"), row("开始时间2019/1/1结束时间2019/12/31"),
                row("项目总预算（元）850000项目当年预算（元）850000")));
        assertThat(d.projectName()).isEqualTo("党外人才专项服务工作经费");
        assertThat(d.projectLead()).isEqualTo("王建国");
        assertThat(d.contactPerson()).isEqualTo("李敏");
        assertThat(d.contactPhone()).isEqualTo("021-63211234");
        assertThat(d.period().start()).isEqualTo("2019-01-01");
        assertThat(d.period().endRaw()).isEqualTo("2019/12/31");
        assertThat(d.budget().total()).isEqualTo(850000L);
        assertThat(d.budget().currentYear()).isEqualTo(850000L);
    }

    @Test
    void aTextThatMentionsAShortLabelIsNotSplit() {
        Declaration d = parse(formWith(row("项目概况开设联系电话热线，开始时间为每日8时")));
        assertThat(d.texts().overview()).isEqualTo("开设联系电话热线，开始时间为每日8时");
        assertThat(d.contactPhone()).isNull();
        assertThat(d.period().startRaw()).isNull();
    }

    @Test
    void periodAcceptsAMonthAloneAndKeepsTheRawText() {
        Declaration d = parse(formWith(row("开始时间", "2019年1月", "结束时间", "2019年12月")));
        assertThat(d.period().start()).isEqualTo("2019-01-01");
        assertThat(d.period().end()).isEqualTo("2019-12-31");
        assertThat(d.period().startRaw()).isEqualTo("2019年1月");
    }

    @Test
    void anUnreadableDateIsKeptRawAndReported() {
        Declaration d = parse(formWith(row("开始时间", "全年", "结束时间", "2019-12-31")));
        assertThat(d.period().start()).isNull();
        assertThat(d.period().startRaw()).isEqualTo("全年");
        assertThat(d.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("DATE_UNREADABLE");
            assertThat(f.actual()).isEqualTo("全年");
        });
    }

    @Test
    void budgetRowsAndItemsAreReadWhereverTheLabelSharesARowWithAnItem() {
        Declaration d = parse(formWith(
                row("项目总预算（元）", "18,372,648", "项目当年预算（元）", "18,372,648"),
                row("同名项目上年预算额（元）", "0", "同名项目上年预算执行数（元）", "0"),
                row("", "子项目名称", "预算金额（元）", ""),
                row("项目当年投入资金构成", "监督员费用", "557,200", ""),
                row("", "保安费", "3,729,600", ""),
                row("项目实施计划", "按季度实施", "")));
        assertThat(d.budget().total()).isEqualTo(18_372_648L);
        assertThat(d.budget().priorYearBudget()).isZero();
        assertThat(d.budget().items()).containsExactly(new Budget.Item("监督员费用", 557_200L),
                new Budget.Item("保安费", 3_729_600L));
        assertThat(d.texts().implementationPlan()).isEqualTo("按季度实施");
    }

    @Test
    void aLabelCutAtTheScansLeftEdgeAfterTheItemsEndsThemAndIsTakenUncertain() {
        // the page shifted left: 项目实施计划 lost its first two characters with the scan's edge
        Declaration d = parse(formWith(
                row("项目总预算（元）", "18,372,648", "项目当年预算（元）", "18,372,648"),
                row("", "子项目名称", "预算金额（元）", ""),
                row("项目当年投入资金构成", "监督员费用", "557,200", ""),
                row("", "保安费", "3,729,600", ""),
                row("实施计划", "按季度实施", ""),
                row("", "年底完成验收", "")));
        assertThat(d.budget().items()).containsExactly(new Budget.Item("监督员费用", 557_200L),
                new Budget.Item("保安费", 3_729_600L));
        assertThat(d.texts().implementationPlan()).isEqualTo("按季度实施\n年底完成验收");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field, Finding::expected).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("texts.implementationPlan", "项目实施计划"));
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("AMOUNT_UNREADABLE");
    }

    @Test
    void aHeadingMergedWithItsTextAfterTheItemsEndsThemAndIsTakenUncertain() {
        // the ruling between 项目实施计划 and its plan lost with a 1-bit copy's pale rules, its stub read as "1"
        Declaration d = parse(formWith(
                row("项目当年投入资金构成", "监督员费用", "557,200", ""),
                row("", "保安费", "3,729,600", ""),
                row("1项目实施计划「按季度实施，年底完成验收。", ""),
                row("项目总目标", "提高服务质量", "")));
        assertThat(d.budget().items()).containsExactly(new Budget.Item("监督员费用", 557_200L),
                new Budget.Item("保安费", 3_729_600L));
        assertThat(d.texts().implementationPlan()).isEqualTo("「按季度实施，年底完成验收。");
        assertThat(d.texts().overallGoal()).isEqualTo("提高服务质量");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("VALUE_UNCERTAIN"))
                .extracting(Finding::field, Finding::expected).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("texts.implementationPlan", "项目实施计划"));
    }

    @Test
    void anItemNamedAfterAHeadingWithAnAmountStaysAnItem() {
        Declaration d = parse(formWith(
                row("项目当年投入资金构成", "监督员费用", "557,200", ""),
                row("", "项目实施计划编制费", "30,000", ""),
                row("项目实施计划", "按季度实施", "")));
        assertThat(d.budget().items()).extracting(Budget.Item::name).containsExactly("监督员费用", "项目实施计划编制费");
        assertThat(d.texts().implementationPlan()).isEqualTo("按季度实施");
    }

    @Test
    void anItemNamedLikeNoLabelsTailStaysAnItem() {
        Declaration d = parse(formWith(
                row("项目当年投入资金构成", "监督员费用", "557,200", ""),
                row("计划编制费", "30,000", ""),
                row("项目实施计划", "按季度实施", "")));
        assertThat(d.budget().items()).extracting(Budget.Item::name).containsExactly("监督员费用", "计划编制费");
    }

    @Test
    void aHeaderRowNamingTheItemsColumnsIsNoItem() {
        Declaration d = parse(formWith(
                row("项目总预算（元）", "12,480,000.00", "项目当年预算（元）", "12,480,000.00"),
                row("项目当年投入资金构成", "资金构成", "", "金额（元）"),
                row("", "教师课后服务补贴", "", "11,232,000.00"),
                row("", "保险费", "", "1,248,000.00"),
                row("项目总目标", "全覆盖", "", "")));
        assertThat(d.budget().items()).containsExactly(new Budget.Item("教师课后服务补贴", 11_232_000L),
                new Budget.Item("保险费", 1_248_000L));
        assertThat(d.findings()).extracting(Finding::code)
                .doesNotContain("AMOUNT_UNREADABLE", "BUDGET_ITEM_AMOUNT_MISSING");
    }

    @Test
    void aHeaderRowOfTheItemsRunTogetherInOneCellIsNoItem() {
        Declaration d = parse(formWith(
                row("项目总预算（元）850000项目当年预算（元）850000"),
                row("项目当年投入资金构成"),
                row("资金构成            金额（元）"),
                row("赛事组织费             850000"),
                row("项目总目标打造赛事品牌")));
        assertThat(d.budget().items()).containsExactly(new Budget.Item("赛事组织费", 850_000L));
    }

    @Test
    void amountsFiledInTenThousandsBecomeYuanWithAFinding() {
        Declaration d = parse(formWith(row("项目总预算（万元）", "12.5", "项目当年预算（万元）", "10")));
        assertThat(d.budget().total()).isEqualTo(125_000L);
        assertThat(d.budget().currentYear()).isEqualTo(100_000L);
        assertThat(d.findings()).extracting(Finding::code).contains("AMOUNT_SCALED");
    }

    @Test
    void anUnreadableAmountIsNullWithTheFiledText() {
        Declaration d = parse(formWith(row("项目总预算（元）", "约七百万", "项目当年预算（元）", "7000000")));
        assertThat(d.budget().total()).isNull();
        assertThat(d.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("AMOUNT_UNREADABLE");
            assertThat(f.field()).isEqualTo("budget.total");
            assertThat(f.actual()).isEqualTo("约七百万");
        });
    }

    @Test
    void aFractionOfAYuanIsRoundedAndReportedWithTheFiledAmount() {
        Declaration d = parse(formWith(row("项目总预算（元）", "1,865,432.60", "项目当年预算（元）", "1865433")));
        assertThat(d.budget().total()).isEqualTo(1_865_433L);
        assertThat(d.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("AMOUNT_ROUNDED");
            assertThat(f.severity()).isEqualTo(Finding.WARNING);
            assertThat(f.field()).isEqualTo("budget.total");
            assertThat(f.expected()).isEqualTo(1_865_433L);
            assertThat(f.actual()).isEqualTo("1,865,432.60");
        });
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("AMOUNT_UNREADABLE");
    }

    @Test
    void rowsInAnotherOrderAndMissingRowsStillParse() {
        Declaration d = parse(formWith(
                row("项目当年预算（元）", "500000", "项目总预算（元）", "900000"),
                row("项目概况", "概况文字"),
                row("项目名称", "某项目"),
                row("项目类型", "[ ] 市委市政府已确定的新增项目 [x] 结转项目 [ ] 其他一次性项目"),
                row("", "[ ] 经常性专项业务费 [ ] 其他经常性项目")));
        assertThat(d.budget().currentYear()).isEqualTo(500_000L);
        assertThat(d.budget().total()).isEqualTo(900_000L);
        assertThat(d.budget().priorYearBudget()).isNull();
        assertThat(d.projectName()).isEqualTo("某项目");
        assertThat(d.texts().overview()).isEqualTo("概况文字");
        assertThat(d.texts().basis()).isNull();
        assertThat(d.projectType().selected()).containsExactly("结转项目");
        assertThat(d.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("FIELD_MISSING");
            assertThat(f.field()).isEqualTo("fundUse");
        });
    }

    @Test
    void fundUseLinesThatRanIntoTheProjectTypeCellAreReadAsFundUse() {
        // a 1-bit copy lost the rule between 项目类型 and 资金用途: the second group's lines came under the first
        Declaration d = parse(formWith(
                row("项目名称", "阅读推广"),
                row("项目类型", "[ ] 市委市政府已确定的新增项目 [x] 结转项目 [ ] 其他一次性项目"),
                row("", "[ ] 经常性专项业务费 [ ] 其他经常性项目"),
                row("", "[ ] 基本建设工程类 [ ] 信息化建设类 [ ] 政策补贴类 [x] 政府购买服务"),
                row("", "[ ] 资产购置类"),
                row("项目当年预算（元）", "300")));
        assertThat(d.projectType().selected()).containsExactly("结转项目");
        assertThat(d.fundUse().selected()).containsExactly("政府购买服务");
    }

    @Test
    void aTextValueThatBeginsWithALabelWordStaysText() {
        Declaration d = parse(formWith(row("项目概况", "项目名称变更后继续实施"), row("项目名称", "真名")));
        assertThat(d.texts().overview()).isEqualTo("项目名称变更后继续实施");
        assertThat(d.projectName()).isEqualTo("真名");
    }

    @Test
    void theIndicatorTableRunsFromItsHeaderToRemarks() {
        Declaration d = parse(formWith(row("分解目标"), row("一级指标", "二级指标", "三级指标", "指标目标值"),
                row("产出目标", "数量目标", "培训人次", "≥500人次"), row("备注", "无")));
        assertThat(d.indicators()).singleElement().satisfies(i -> {
            assertThat(i.level1()).isEqualTo("产出目标");
            assertThat(i.level3()).isEqualTo("培训人次");
        });
        assertThat(d.texts().remarks()).isEqualTo("无");
    }

    @Test
    void aDistrictTitleWithItsYearOnTheSameLineIsKeptAsFiled() {
        Declaration d = parse(Grids.form(row("上海市浦东新区财政支出项目绩效目标申报表（2021年度）"),
                row("申报单位（盖章）：浦东新区图书馆"), row("项目名称", "阅读推广")));
        assertThat(d.title()).isEqualTo("上海市浦东新区财政支出项目绩效目标申报表");
        assertThat(d.year()).isEqualTo(2021);
        assertThat(d.unit().name()).isEqualTo("浦东新区图书馆");
        assertThat(d.unit().sealed()).isTrue();
    }

    @Test
    void rowsAboveALabelPrintedInTheMiddleOfItsMergedCellBelongToThatLabel() {
        Declaration d = parse(formWith(
                row("项目名称", "阅读推广"),
                row("", "[ ] 市委市政府已确定的新增项目 [ ] 结转项目 [x] 其他一次性项目"),
                row("项目类型", "[ ] 经常性专项业务费 [ ] 其他经常性项目"),
                row("项目当年预算（元）", "300"),
                row("", "图书", "100"),
                row("项目当年投入资金构成", "活动", "150"),
                row("", "宣传", "50"),
                row("", "本馆全年举办阅读推广活动，"),
                row("项目概况", "覆盖全区各街道。")));
        assertThat(d.projectType().selected()).containsExactly("其他一次性项目");
        assertThat(d.projectType().options()).allSatisfy(o -> assertThat(o.checked()).isNotNull());
        assertThat(d.budget().items()).extracting(Budget.Item::name).containsExactly("图书", "活动", "宣传");
        assertThat(d.texts().overview()).isEqualTo("本馆全年举办阅读推广活动，\n覆盖全区各街道。");
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("ROW_UNRECOGNISED");
    }

    @Test
    void aFormWithoutAYearLineTakesTheYearOfItsPeriodAndSaysSo() {
        Declaration d = parse(Grids.form(row("上海市财政支出项目绩效目标申报表"), row("申报单位名称：某区图书馆"),
                row("项目名称", "阅读推广"), row("开始时间", "2022年3月1日", "结束时间", "2022年12月31日")));
        assertThat(d.year()).isEqualTo(2022);
        assertThat(d.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("YEAR_FROM_PERIOD");
            assertThat(f.severity()).isEqualTo(Finding.INFO);
            assertThat(f.actual()).isEqualTo("2022年3月1日");
        });
    }

    @Test
    void anItemFiledWithoutAnAmountBeforeATextIsStillAnItem() {
        Declaration d = parse(twoItemsAnd(row("", "应急备用金", "")));
        assertThat(d.budget().items()).extracting(Budget.Item::name).containsExactly("活动", "宣传", "应急备用金");
        assertThat(d.budget().items().get(2).amount()).isNull();
        assertThat(d.texts().implementationPlan()).isEqualTo("按季度实施。");
    }

    @Test
    void aRowOfNothingButAMarkAmongTheItemsIsNoItem() {
        // a scan's punched hole beside the items, taken for a filled box, stands in a row of its own
        Declaration d = parse(twoItemsAnd(row("[x]")));
        assertThat(d.budget().items()).containsExactly(new Budget.Item("活动", 150L), new Budget.Item("宣传", 150L));
        assertThat(d.findings()).extracting(Finding::code).doesNotContain("BUDGET_ITEM_AMOUNT_MISSING");
    }

    /** A form with two budget items, then {@code last} in the items block, then the implementation plan. */
    private static FormGrid twoItemsAnd(Row last) {
        return formWith(row("项目当年预算（元）", "300"), row("项目当年投入资金构成", "活动", "150"),
                row("", "宣传", "150"), last, row("项目实施计划", "按季度实施。"));
    }

    @Test
    void aSentenceBeginningWithALabelWordIsNotTakenForThatLabel() {
        Declaration d = parse(formWith(row("立项依据", "关于印发2017年人力资源和社会保障"),
                row("", "电话咨询服务工作要点的通知（人社信息函【2017】9号）"),
                row("项目负责人", "", "联系人", "谢振宇", "联系电话 63678103")));
        assertThat(d.contactPhone()).isEqualTo("63678103");
        assertThat(d.texts().basis()).isEqualTo("关于印发2017年人力资源和社会保障\n电话咨询服务工作要点的通知（人社信息函【2017】9号）");
    }

    @Test
    void aPeriodFiledInOneCellIsSplitIntoStartAndEnd() {
        Declaration d = parse(formWith(row("项目起止时间", "2020年3月1日至2020年11月30日")));
        assertThat(d.period().startRaw()).isEqualTo("2020年3月1日");
        assertThat(d.period().end()).isEqualTo("2020-11-30");
        Declaration dashed = parse(formWith(row("项目实施期限", "2020.3.1-2020.11.30")));
        assertThat(dashed.period().start()).isEqualTo("2020-03-01");
        assertThat(dashed.period().end()).isEqualTo("2020-11-30");
    }

    @Test
    void anIndicatorHeaderWithOtherWordingStillOpensTheTable() {
        Declaration d = parse(formWith(row("分解目标"), row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出目标", "数量目标", "", "完成培训500人次"), row("备注", "")));
        assertThat(d.indicators()).singleElement().satisfies(i -> {
            assertThat(i.level2()).isEqualTo("数量目标");
            assertThat(i.level3()).isNull();
            assertThat(i.target().raw()).isEqualTo("完成培训500人次");
        });
    }
}
