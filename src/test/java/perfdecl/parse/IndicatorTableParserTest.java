package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.row;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Row;
import perfdecl.model.Finding;
import perfdecl.model.Indicator;

class IndicatorTableParserTest {

    private static final IndicatorTableParser.Layout FOUR = new IndicatorTableParser.Layout(false, 1, 3);
    private static final IndicatorTableParser.Layout TWO = new IndicatorTableParser.Layout(true, -1, 2);

    private final IndicatorTableParser parser = new IndicatorTableParser(DimensionTaxonomy.load(), new TargetParser());

    private IndicatorTableParser.Result parse(IndicatorTableParser.Layout layout, Row... rows) {
        return parser.parse(layout, List.of(rows));
    }

    private static List<String> level1s(IndicatorTableParser.Result r) {
        return r.indicators().stream().map(Indicator::level1).toList();
    }

    /** A row as a scan's reader yields it: every cell read by OCR, below full confidence. */
    private static Row scanned(String... cells) {
        Row r = row(cells);
        return new Row(r.cells().stream().map(c -> new perfdecl.grid.Cell(c.column(), c.columnSpan(), c.text(),
                c.tokens(), 1, c.box(), 0.93)).toList(), 1);
    }

    @Test
    void aDimensionAScanMisreadByOneCharacterIsTakenAsTheKnownOneAndWhatWasReadIsReported() {
        var r = parse(FOUR,
                scanned("产出目标", "数望指标", "完成古籍修复", "≥120册"),
                scanned("", "", "古籍高清影像采集", "≥4.8万拍"));
        assertThat(r.indicators()).extracting(Indicator::level1, Indicator::level2)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("产出目标", "数量指标"));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DIMENSION_MISREAD");
            assertThat(f.expected()).isEqualTo("数量指标");
            assertThat(f.actual()).isEqualTo("数望指标");
            assertThat(f.message()).contains("数望指标");
        });
    }

    @Test
    void aLongDimensionAScanMisreadByTwoCharactersIsTakenAsTheKnownOne() {
        var r = parse(FOUR, scanned("效果目标", "社会效益口称", "教务业务线上办理率", "95%以上"));
        assertThat(r.indicators()).extracting(Indicator::level2).containsExactly("社会效益目标");
        assertThat(r.findings()).extracting(Finding::code).containsExactly("DIMENSION_MISREAD");
    }

    @Test
    void aDimensionMisreadNearTwoKnownOnesIsKeptAsRead() {
        // 资本管理 is one character off both 资产管理 and 资金管理
        var r = parse(FOUR, scanned("投入和管理目标", "资本管理", "固定资产账实相符率", "100%"));
        assertThat(r.indicators()).extracting(Indicator::level2).containsExactly("资本管理");
        assertThat(r.findings()).extracting(Finding::code).containsExactly("DIMENSION_UNKNOWN");
    }

    @Test
    void aFilersOwnDimensionIsKeptAsFiledEvenWhenItIsOneCharacterOffAKnownOne() {
        // born digital: the text is what the filer wrote
        var typed = parse(FOUR, row("产出目标", "数望指标", "完成古籍修复", "≥120册"));
        assertThat(typed.indicators()).extracting(Indicator::level2).containsExactly("数望指标");
        assertThat(typed.findings()).extracting(Finding::code).containsExactly("DIMENSION_UNKNOWN");
        // a name shorter than the known one is not a misreading of it
        var shorter = parse(FOUR, scanned("效果目标", "社会效益", "教务业务线上办理率", "95%以上"));
        assertThat(shorter.indicators()).extracting(Indicator::level2).containsExactly("社会效益");
        assertThat(shorter.findings()).extracting(Finding::code).containsExactly("DIMENSION_UNKNOWN");
    }

    @Test
    void aDimensionFiledUnderTheWrongMergedCellIsPutUnderItsParentAndReported() {
        var r = parse(FOUR,
                row("投入和管理目标", "资金投入管理", "预算执行率", "≥98%"),
                row("", "数量目标", "综合接通率", "≥80.00%"),
                row("产出目标", "质量目标", "质量控制合格率", "≥98.00%"));
        assertThat(level1s(r)).containsExactly("投入和管理目标", "产出目标", "产出目标");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("LEVEL1_REASSIGNED");
            assertThat(f.field()).isEqualTo("indicators[1].level1");
            assertThat(f.expected()).isEqualTo("产出目标");
            assertThat(f.actual()).isEqualTo("投入和管理目标");
        });
    }

    @Test
    void aSerialNumberColumnInFrontOfTheLevelsIsNeitherLevelNorTarget() {
        var r = parse(new IndicatorTableParser.Layout(false, 2, 4),
                row("序号", "一级指标", "二级指标", "三级指标", "指标目标值"),
                row("1", "投入和管理目标", "资金投入管理", "预算执行率", "≥95%"),
                row("2", "", "项目实施管理", "修复过程记录档案", "完整"),
                row("3", "产出目标", "数量目标", "完成古籍修复", "≥120册"),
                row("4", "", "", "古籍高清影像采集", "≥4.8万拍"));
        assertThat(r.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::level3)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("投入和管理目标", "资金投入管理", "预算执行率"),
                        org.assertj.core.groups.Tuple.tuple("投入和管理目标", "项目实施管理", "修复过程记录档案"),
                        org.assertj.core.groups.Tuple.tuple("产出目标", "数量目标", "完成古籍修复"),
                        org.assertj.core.groups.Tuple.tuple("产出目标", "数量目标", "古籍高清影像采集"));
        assertThat(r.indicators()).extracting(i -> i.target().raw()).containsExactly("≥95%", "完整", "≥120册", "≥4.8万拍");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aScoreColumnAfterTheTargetOnTheShanghaiFormIsTheScoreNotTheTarget() {
        var r = parse(FOUR,
                row("一级指标", "二级指标", "三级指标", "指标目标值", "分值"),
                row("产出目标", "数量目标", "建设示范方", "18个", "10"),
                row("", "", "示范面积", "≥1.2万亩", "5"));
        assertThat(r.indicators()).extracting(Indicator::level2, Indicator::level3)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("数量目标", "建设示范方"),
                        org.assertj.core.groups.Tuple.tuple("数量目标", "示范面积"));
        assertThat(r.indicators()).extracting(i -> i.target().raw()).containsExactly("18个", "≥1.2万亩");
        assertThat(r.indicators()).extracting(Indicator::score)
                .containsExactly(new java.math.BigDecimal("10"), new java.math.BigDecimal("5"));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anIndicatorNameInTheDimensionColumnIsLevel3() {
        var r = parse(FOUR, row("投入和管理目标", "预算执行率", "", ">98%"), row("", "资金使用合规性", "", "合规"));
        assertThat(r.indicators()).extracting(Indicator::level2, Indicator::level3)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "预算执行率"),
                        org.assertj.core.groups.Tuple.tuple(null, "资金使用合规性"));
        assertThat(r.indicators().get(0).target().raw()).isEqualTo(">98%");
    }

    @Test
    void aLoneCellInTheTargetColumnIsATargetWithoutIndicatorName() {
        var r = parse(FOUR, row("产出目标", "数量目标", "", "排除政策变动因素，完成鉴定人数40万左右"));
        assertThat(r.indicators()).singleElement().satisfies(i -> {
            assertThat(i.level2()).isEqualTo("数量目标");
            assertThat(i.level3()).isNull();
            assertThat(i.target().raw()).isEqualTo("排除政策变动因素，完成鉴定人数40万左右");
        });
    }

    @Test
    void anEmptyDimensionRowIsNoIndicatorButAFinding() {
        var r = parse(FOUR, row("产出目标", "质量目标", "教师进修满意度", "≥95%"), row("", "时效目标", "", ""),
                row("效果目标", "经济效益目标", "", ""));
        assertThat(r.indicators()).hasSize(1);
        assertThat(r.findings()).extracting(Finding::code)
                .containsExactly("DIMENSION_WITHOUT_INDICATOR", "DIMENSION_WITHOUT_INDICATOR");
        assertThat(r.findings()).extracting(Finding::actual).containsExactly("时效目标", "经济效益目标");
    }

    @Test
    void rowsAboveTheirMergedLevel1CellTakeTheGoalNamedBelowThem() {
        var r = parse(TWO, row("", "财务监控的有效性", "有效"), row("投入和管理目标", "预算执行率", "≥98.00%"),
                row("产出目标", "保安岗位人数要求", "符合项目采购招标文件需求"));
        assertThat(level1s(r)).containsExactly("投入和管理目标", "投入和管理目标", "产出目标");
        assertThat(r.indicators()).allSatisfy(i -> assertThat(i.level2()).isNull());
        assertThat(r.findings()).extracting(Finding::code).containsExactly("LEVEL1_INFERRED");
    }

    @Test
    void aCompactedRowIsReadByWhatItsCellsSay() {
        // the export dropped the empty level-1 cell: the indicator name sits in the first column
        var r = parse(TWO, row("产出目标", "养老金上门及时率", "=100.00%"), row("延伸社区工作培训及时性", "及时", ""));
        assertThat(r.indicators()).extracting(Indicator::level1, Indicator::level3).containsExactly(
                org.assertj.core.groups.Tuple.tuple("产出目标", "养老金上门及时率"),
                org.assertj.core.groups.Tuple.tuple("产出目标", "延伸社区工作培训及时性"));
    }

    @Test
    void aMergedDimensionCellCarriesOverToTheRowsItSpans() {
        var r = parse(FOUR, row("产出目标", "数量目标", "培训人次", "≥500人次"), row("", "", "培训场次", "≥10场"));
        assertThat(r.indicators()).extracting(Indicator::level2).containsExactly("数量目标", "数量目标");
    }

    @Test
    void aRepeatedHeaderRowAfterAPageBreakIsSkipped() {
        var r = parse(FOUR, row("产出目标", "数量目标", "培训人次", "≥500人次"), row("一级指标", "二级指标", "三级指标", "指标目标值"),
                row("效果目标", "社会效益目标", "满意度", "≥90%"));
        assertThat(r.indicators()).hasSize(2);
    }

    @Test
    void level1SpelledAsIndicatorIsStillALevel1() {
        var r = parse(FOUR, row("产出指标", "数量指标", "培训人次", "≥500人次"));
        assertThat(r.indicators().get(0).level1()).isEqualTo("产出目标");
        assertThat(r.indicators().get(0).level2()).isEqualTo("数量指标");
    }

    @Test
    void aNameWrappedOntoARowOfItsOwnIsJoinedToTheRowAbove() {
        var r = parse(FOUR, row("效果目标", "社会效益", "服务老年人数", "≥1200人"), row("", "目标", "", ""),
                row("产出目标", "数量目标", "升级改造基层医疗", "≥300个"), row("", "", "机构数量", ""),
                row("", "", "资金使用合规性", "合规"));
        assertThat(r.indicators()).extracting(Indicator::level2, Indicator::level3).containsExactly(
                org.assertj.core.groups.Tuple.tuple("社会效益目标", "服务老年人数"),
                org.assertj.core.groups.Tuple.tuple("数量目标", "升级改造基层医疗机构数量"),
                org.assertj.core.groups.Tuple.tuple("数量目标", "资金使用合规性"));
    }

    @Test
    void anIndicatorFiledWithoutAValueUnderOneWithoutAValueKeepsItsRow() {
        var r = parse(FOUR, row("产出目标", "数量目标", "培训人次", ""), row("", "", "培训课时", ""));
        assertThat(r.indicators()).extracting(Indicator::level3).containsExactly("培训人次", "培训课时");
    }

    @Test
    void aLevel1NameOnARowOfItsOwnInsideAMergedDimensionKeepsThatDimensionForTheRowsBelow() {
        // a page break split the merged 效益指标 cell: its name sits alone between the two rows of 社会效益指标
        var sh2025 = new IndicatorTableParser(
                new DimensionTaxonomy(FormTemplates.all().get("sh-2025").indicators()), new TargetParser());
        var r = sh2025.parse(FOUR, List.of(row("产出指标", "时效指标", "资金支付及时率", "≥95.00(%)"),
                row("", "社会效益指标", "校舍安全隐患消除率", "=100.00(%)"), row("效益指标"),
                row("", "", "师生安全保障水平", "提高"), row("", "可持续影响指标", "校舍维护使用年限延长", "≥10(年)"),
                row("满意度指标"), row("", "", "师生满意度", "≥90.00(%)")));
        assertThat(r.indicators()).extracting(Indicator::level1, Indicator::level2).containsExactly(
                org.assertj.core.groups.Tuple.tuple("产出指标", "时效指标"),
                org.assertj.core.groups.Tuple.tuple("效益指标", "社会效益指标"),
                org.assertj.core.groups.Tuple.tuple("效益指标", "社会效益指标"),
                org.assertj.core.groups.Tuple.tuple("效益指标", "可持续影响指标"),
                // a dimension of another level-1 does not go on under a new one
                org.assertj.core.groups.Tuple.tuple("满意度指标", null));
    }

    private static perfdecl.grid.Cell placed(int column, String text, double x, double y, double width) {
        return new perfdecl.grid.Cell(column, 1, text, List.of(perfdecl.grid.Token.text(text, 0, null)), 19,
                new perfdecl.grid.Box(x, y, width, 12), 1.0);
    }

    @Test
    void aDimensionsLastLineThatRanOutUnderThePagesTableJoinsTheCellItStandsUnder() {
        // chromium clips a cell broken at the page foot but not its text: "标" is read as a free line in column 0
        var sh2025 = new IndicatorTableParser(
                new DimensionTaxonomy(FormTemplates.all().get("sh-2025").indicators()), new TargetParser());
        Row last = new Row(List.of(placed(0, "满意度指标", 51, 754, 73), placed(1, "服务对象满意度指", 125, 754, 93),
                placed(3, "门急诊患者满意度", 219, 754, 206), placed(6, "≥92.00(%)", 426, 754, 117)), 19);
        Row overflow = new Row(List.of(placed(0, "标", 166, 776, 10)), 19);
        var r = sh2025.parse(FOUR, List.of(row("效益指标", "可持续影响指标", "设备使用年限", "≥8(年)"), last, overflow));
        assertThat(r.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::level3).containsExactly(
                org.assertj.core.groups.Tuple.tuple("效益指标", "可持续影响指标", "设备使用年限"),
                org.assertj.core.groups.Tuple.tuple("满意度指标", "服务对象满意度指标", "门急诊患者满意度"));
        assertThat(r.findings()).isEmpty();
    }

    private static perfdecl.grid.Cell onPage(int page, int column, String text, double x, double y) {
        return new perfdecl.grid.Cell(column, 1, text, List.of(perfdecl.grid.Token.text(text, 0, null)), page,
                new perfdecl.grid.Box(x, y, 60, 12), 1.0);
    }

    @Test
    void aLevel3NameCutByAPageBreakIsJoinedToTheRowItContinues() {
        // soffice breaks a tall row at the page foot: the name's last lines open the next page, alone on their row
        var mof = new IndicatorTableParser(
                new DimensionTaxonomy(FormTemplates.all().get("mof-2021").indicators()), new TargetParser());
        Row cut = new Row(List.of(onPage(1, 0, "产出指标", 40, 760), onPage(1, 1, "时效指标", 110, 760),
                onPage(1, 2, "3.0级以上地", 180, 760), onPage(1, 3, "≤2分钟", 260, 760)), 1);
        Row rest = new Row(List.of(onPage(2, 2, "震自动速报平均时间", 180, 40)), 2);
        Row next = new Row(List.of(onPage(2, 1, "质量指标", 110, 80), onPage(2, 2, "系统运行率", 180, 80),
                onPage(2, 3, "≥99.5%", 260, 80)), 2);
        var r = mof.parse(FOUR, List.of(cut, rest, next));
        assertThat(r.indicators()).extracting(Indicator::level3, i -> i.target().raw()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("3.0级以上地震自动速报平均时间", "≤2分钟"),
                org.assertj.core.groups.Tuple.tuple("系统运行率", "≥99.5%"));
    }

    @Test
    void anIndicatorWithoutAValueOpeningAPageUnderOneWithoutAValueKeepsItsRow() {
        var mof = new IndicatorTableParser(
                new DimensionTaxonomy(FormTemplates.all().get("mof-2021").indicators()), new TargetParser());
        Row above = new Row(List.of(onPage(1, 0, "产出指标", 40, 760), onPage(1, 1, "数量指标", 110, 760),
                onPage(1, 2, "培训人次", 180, 760)), 1);
        Row opening = new Row(List.of(onPage(2, 2, "培训课时", 180, 40)), 2);
        var r = mof.parse(FOUR, List.of(above, opening));
        assertThat(r.indicators()).extracting(Indicator::level3).containsExactly("培训人次", "培训课时");
    }

    /** A name cell as a PDF lays it out: one token per line, 15 pt a Han character (7.5 others), 70 pt wide. */
    private static perfdecl.grid.Cell nameOnPage(int page, double y, String... lines) {
        List<perfdecl.grid.Token> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            tokens.add(perfdecl.grid.Token.text(lines[i], i,
                    new perfdecl.grid.Box(192, y + 12 + 16 * i, lines[i].codePoints()
                            .mapToDouble(c -> Character.isIdeographic(c) ? 15 : 7.5).sum(), 8)));
        }
        return new perfdecl.grid.Cell(2, 1, String.join("\n", lines), tokens, page,
                new perfdecl.grid.Box(180, y, 70, 16 * lines.length + 20), 1.0);
    }

    @Test
    void anIndicatorWithoutAValueOpeningAPageUnderOneWhoseNameEndedShortKeepsItsRow() {
        // the name above ends a line with room for more: a page break did not cut it, the next page opens a row
        var mof = new IndicatorTableParser(
                new DimensionTaxonomy(FormTemplates.all().get("mof-2021").indicators()), new TargetParser());
        Row above = new Row(List.of(onPage(1, 0, "产出指标", 40, 760), onPage(1, 1, "数量指标", 110, 760),
                nameOnPage(1, 760, "培训人", "次"), onPage(1, 3, "≥100人次", 260, 760)), 1);
        Row opening = new Row(List.of(nameOnPage(2, 40, "培训课时")), 2);
        var r = mof.parse(FOUR, List.of(above, opening));
        assertThat(r.indicators()).extracting(Indicator::level3, i -> i.target() == null ? null : i.target().raw())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("培训人次", "≥100人次"),
                        org.assertj.core.groups.Tuple.tuple("培训课时", null));
    }

    @Test
    void aLevel3NameWhoseLastLineOnThePageIsFullIsJoinedToTheRestOpeningTheNextPage() {
        var mof = new IndicatorTableParser(
                new DimensionTaxonomy(FormTemplates.all().get("mof-2021").indicators()), new TargetParser());
        Row cut = new Row(List.of(onPage(1, 0, "产出指标", 40, 760), onPage(1, 1, "时效指标", 110, 760),
                nameOnPage(1, 760, "3.0级", "以上地"), onPage(1, 3, "≤2分钟", 260, 760)), 1);
        Row rest = new Row(List.of(nameOnPage(2, 40, "震自动", "速报平", "均时间")), 2);
        var r = mof.parse(FOUR, List.of(cut, rest));
        assertThat(r.indicators()).extracting(Indicator::level3, i -> i.target().raw()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("3.0级以上地震自动速报平均时间", "≤2分钟"));
    }
}
