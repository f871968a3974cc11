package perfdecl.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.Token;
import perfdecl.pdf.content.Glyph;

/** The no-rulings fallback on small pages built in code: words as glyphs with x, baseline and size (10 pt). */
class TextGeometryRowsTest {

    private static final double SIZE = 10;

    /** One glyph per character: CJK one em wide, Latin digits and signs half an em. */
    private static List<Glyph> word(String text, double x, double baseline) {
        List<Glyph> out = new ArrayList<>();
        double at = x;
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            double w = ch.charAt(0) < 0x2000 ? SIZE / 2 : SIZE;
            out.add(new Glyph(ch, new Box(at, baseline - 0.63 * SIZE, w, 0.63 * SIZE), baseline, SIZE, null));
            at += w;
        }
        return out;
    }

    private static Glyph mark(boolean checked, double x, double baseline) {
        return new Glyph(checked ? "✓" : "□", new Box(x, baseline - 0.63 * SIZE, SIZE, 0.63 * SIZE), baseline, SIZE,
                checked);
    }

    private static List<Glyph> page(List<List<Glyph>> words) {
        List<Glyph> all = new ArrayList<>();
        words.forEach(all::addAll);
        return all;
    }

    private static List<String> texts(LayoutRow row) {
        return row.cells().stream().map(LayoutCell::text).toList();
    }

    @Test
    void gapWiderThanAnEmSplitsARunAndAWordSpaceDoesNot() {
        List<Glyph> line = page(List.of(word("项目名称", 84, 150), word("委托服务经费", 156, 150),
                word("通知》", 300, 150), word("财预【2014】85号", 333, 150)));

        List<TextChunk> chunks = TextChunk.split(line);

        assertThat(chunks).extracting(c -> c.glyphs().stream().map(Glyph::text).reduce("", String::concat))
                .containsExactly("项目名称", "委托服务经费", "通知》财预【2014】85号");
    }

    @Test
    void wrappedLinesStackAtTheLinePitchAndTheWiderRowSpaceSeparatesCells() {
        List<Glyph> glyphs = page(List.of(word("第一行文字", 156, 100), word("第二行文字", 156, 113.5),
                word("第三行", 156, 127), word("下一行的单元格", 156, 148.5), word("第二个单元格", 156, 162),
                word("第三个单元格", 156, 175.5), word("项目当年预算（元", 305, 220), word("）", 340, 233.5)));
        List<TextChunk> chunks = TextChunk.split(glyphs);
        double pitch = TextBlock.linePitch(chunks);

        List<TextBlock> blocks = TextBlock.stack(chunks, pitch);

        assertThat(pitch).isEqualTo(1.35, org.assertj.core.data.Offset.offset(0.01));
        assertThat(blocks).extracting(b -> CellTextBuilder.build(b.glyphs()).text())
                .containsExactly("第一行文字第二行文字第三行", "下一行的单元格第二个单元格第三个单元格", "项目当年预算（元）");
    }

    @Test
    void labelCentredBesideAParagraphAndTwoLabelValuePairsEachMakeOneRow() {
        List<Glyph> glyphs = page(List.of(
                word("项目概况", 84, 180), word("第一行文字第一行文字第一行文字", 156, 166.5),
                word("第二行文字第二行文字第二行文字", 156, 180), word("第三行", 156, 193.5),
                word("项目总预算（元）", 64, 227), word("13035400", 200, 227), word("项目当年预算（元", 305, 220),
                word("）", 340, 233.5), word("13035400", 442, 227),
                word("立项依据", 84, 262), word("依据文件", 156, 262)));

        List<LayoutRow> rows = TextGeometryRows.rows(1, glyphs);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).cells().get(0).text()).isEqualTo("项目概况");
        assertThat(rows.get(0).cells().get(1).text()).isEqualTo("第一行文字第一行文字第一行文字第二行文字第二行文字第二行文字第三行");
        assertThat(texts(rows.get(1)).stream().filter(t -> !t.isEmpty()))
                .containsExactly("项目总预算（元）", "13035400", "项目当年预算（元）", "13035400");
        assertThat(texts(rows.get(2)).stream().filter(t -> !t.isEmpty())).containsExactly("立项依据", "依据文件");
    }

    @Test
    void checkboxMarksBecomeTokensInReadingOrderAfterTheirLabels() {
        List<Glyph> glyphs = page(List.of(word("资金用途", 84, 200),
                word("基本建设工程类", 156, 200), List.of(mark(false, 229.5, 200)),
                word("信息化建设类", 253.5, 200), List.of(mark(true, 317, 200)),
                word("项目名称", 84, 230), word("某项目", 156, 230)));

        List<LayoutRow> rows = TextGeometryRows.rows(1, glyphs);

        List<Token> tokens = rows.get(0).cells().stream().skip(1).flatMap(c -> c.tokens().stream()).toList();
        assertThat(tokens).extracting(Token::kind, Token::text, Token::checked).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Token.Kind.TEXT, "基本建设工程类", null),
                org.assertj.core.groups.Tuple.tuple(Token.Kind.MARK, "□", false),
                org.assertj.core.groups.Tuple.tuple(Token.Kind.TEXT, "信息化建设类", null),
                org.assertj.core.groups.Tuple.tuple(Token.Kind.MARK, "✓", true));
    }

    /** Header, then three indicator rows whose level-1 cell is centred on the middle one. */
    private static List<List<Glyph>> indicatorTable(double top) {
        return List.of(word("一级指标", 70, top), word("二级指标", 156, top), word("三级指标", 280, top),
                word("指标目标值", 430, top),
                word("数量目标", 156, top + 21.5), word("完成率", 285, top + 21.5), word("100%", 445, top + 21.5),
                word("产出目标", 70, top + 43), word("质量目标", 156, top + 43), word("合格率", 285, top + 43),
                word("≥95%", 445, top + 43),
                word("时效目标", 156, top + 64.5), word("及时", 450, top + 64.5));
    }

    @Test
    void levelOneCellCentredOverItsRowsIsPlacedInTheFirstAndTargetsLineUpWithTheHeader() {
        List<LayoutRow> rows = TextGeometryRows.rows(1, page(indicatorTable(100)));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).cells().get(0).text()).isEqualTo("产出目标");
        assertThat(rows.get(2).cells().get(0).text()).isEmpty();
        assertThat(rows.get(2).cells().get(0).continuation()).isTrue();
        assertThat(rows.get(3).cells().get(0).continuation()).isTrue();
        Box header = rows.get(0).cells().stream().filter(c -> c.text().equals("指标目标值")).findFirst().orElseThrow().box();
        LayoutCell lone = rows.get(3).cells().stream().filter(c -> c.text().equals("及时")).findFirst().orElseThrow();
        assertThat(lone.box().x()).isEqualTo(header.x());
        assertThat(rows.get(3).cells().stream().filter(c -> c.text().equals("时效目标")).findFirst().orElseThrow()
                .box().x()).isEqualTo(rows.get(0).cells().get(1).box().x());
    }

    @Test
    void levelOneCellOpenToThePageTopTakesOnlyTheRowsItIsCentredOnNearest() {
        // two rows continued from the previous page, then two rows under 效果目标 centred between them
        List<Glyph> glyphs = page(List.of(
                word("上一页的指标一", 150, 80), word("达标", 450, 80),
                word("上一页的指标二", 150, 101.5), word("达标", 450, 101.5),
                word("效果目标", 70, 133.75),
                word("本页的指标一", 150, 123), word("满意", 450, 123),
                word("本页的指标二", 150, 144.5), word("满意", 450, 144.5),
                word("影响力目标", 65, 166), word("长效机制", 150, 166), word("完善", 450, 166)));

        List<LayoutRow> rows = TextGeometryRows.rows(2, glyphs);

        assertThat(rows).extracting(r -> r.cells().get(0).text())
                .containsExactly("", "", "效果目标", "", "影响力目标");
    }

    @Test
    void centredHeadingIsAFreeLineAndAFlushLeftValueUnderAnEmptyLabelStaysInTheTable() {
        List<Glyph> glyphs = page(List.of(
                word("续上页的文字续上页的文字续上页的文字", 156, 60),
                word("年度绩效目标", 74, 90), word("完成全年工作任务", 156, 90),
                word("分解目标", 278, 111.5)));
        List<List<Glyph>> table = indicatorTable(133);
        table.forEach(glyphs::addAll);

        List<LayoutRow> rows = TextGeometryRows.rows(2, glyphs);

        assertThat(rows.get(0).table()).isTrue();
        assertThat(rows.get(0).cells().get(0).text()).isEmpty();
        assertThat(rows.get(0).cells()).extracting(LayoutCell::text).contains("续上页的文字续上页的文字续上页的文字");
        LayoutRow heading = rows.get(2);
        assertThat(heading.table()).isFalse();
        assertThat(texts(heading)).containsExactly("分解目标");
    }

    @Test
    void cellWiderThanItsColumnDoesNotMergeTheColumnsItSpans() {
        List<TextChunk> chunks = TextChunk.split(page(List.of(
                word("标签一", 70, 100), word("数值", 200, 100), word("另一值", 300, 100),
                word("标签二", 70, 121.5), word("数值二", 200, 121.5), word("另值", 300, 121.5),
                word("标签三", 70, 143), word("很长的一段文字跨过两列很长的一段文字", 160, 143))));
        List<TextBlock> blocks = TextBlock.stack(chunks, TextBlock.linePitch(chunks));

        ColumnSlots slots = ColumnSlots.of(blocks);

        assertThat(slots.size()).isEqualTo(3);
        TextBlock wide = blocks.stream().filter(b -> b.box().width() > 150).findFirst().orElseThrow();
        assertThat(slots.first(wide)).isEqualTo(1);
        assertThat(slots.last(wide)).isEqualTo(2);
    }

    @Test
    void levelOneCellCentredBetweenTightRowsDoesNotPullAThreeLineTargetIntoARowOfItsOwn() {
        // rows set close: 效果目标, centred on its two rows, overlaps the top of the three-line target below it
        double b = 150;
        List<Glyph> glyphs = page(List.of(word("一级指标", 70, 100), word("二级指标", 150, 100),
                word("三级指标", 280, 100), word("指标目标值", 440, 100),
                word("产出目标", 70, 121.5), word("数量目标", 150, 121.5), word("完成数量", 285, 121.5),
                word("100%", 455, 121.5),
                word("品质提升收益增加品质", 420, b), word("收益增加", 440, b + 13.5),
                word("经济效益目标", 140, b + 6.75), word("种植收益", 285, b + 6.75),
                word("效果目标", 70, b + 31),
                word("使用量持续减少使用量", 420, b + 35), word("含量稳步提高含量稳步", 420, b + 48.5),
                word("高", 465, b + 62),
                word("生态效益目标", 140, b + 48.5), word("化肥使用情况", 275, b + 48.5),
                word("影响力目标", 65, b + 83.5), word("满意度目标", 145, b + 83.5), word("满意度", 285, b + 83.5),
                word("≥90%", 455, b + 83.5)));

        List<LayoutRow> rows = TextGeometryRows.rows(1, glyphs);

        assertThat(rows).extracting(TextGeometryRowsTest::texts).containsExactly(
                List.of("一级指标", "二级指标", "三级指标", "指标目标值"),
                List.of("产出目标", "数量目标", "完成数量", "100%"),
                List.of("效果目标", "经济效益目标", "种植收益", "品质提升收益增加品质收益增加"),
                List.of("", "生态效益目标", "化肥使用情况", "使用量持续减少使用量含量稳步提高含量稳步高"),
                List.of("影响力目标", "满意度目标", "满意度", "≥90%"));
        assertThat(rows.get(3).cells().get(0).continuation()).isTrue();
        assertThat(rows.get(3).cells().get(3).continuation()).isFalse();
    }

    /**
     * A form printed from an HTML table without borders: rows 27.5 pt apart, a merged cell's text centred on its
     * rows (数量指标 between two rows, 产出指标 between the second and third of its four), the header's values
     * flush left at the columns of the indicator table below, with or without the 实施单位 pair.
     */
    private static List<Glyph> borderlessForm(boolean unit) {
        List<List<Glyph>> words = new ArrayList<>();
        double y = 100, step = 27.5;
        words.add(word("项目名称", 58.2, y));
        words.add(word("生活垃圾分类实效巩固提升专项", 122.8, y));
        y += step;
        words.addAll(List.of(word("项目性质", 58.2, y), word("经常性项目", 122.8, y), word("项目类别", 247.9, y),
                word("特定目标类", 362.2, y)));
        y += step;
        words.addAll(List.of(word("主管部门", 58.2, y), word("上海市绿化和市容管理局", 122.8, y)));
        if (unit) {
            words.addAll(List.of(word("实施单位", 247.9, y), word("上海市园林科学规划研究院", 362.2, y)));
        }
        y += step;
        words.addAll(List.of(word("计划开始日期", 58.2, y), word("2026-01-01", 122.8, y),
                word("计划完成日期", 247.9, y), word("2026-12-31", 362.2, y)));
        y += step;
        words.addAll(List.of(word("项目资金总额", 122.8, y), word("10308000.00", 433, y)));
        y += step;
        words.addAll(List.of(word("一级指标", 69.1, y), word("二级指标", 164, y), word("三级指标", 283.7, y),
                word("年度指标值", 405.1, y)));
        y += step;
        words.addAll(List.of(word("成本指标", 58.2, y), word("经济成本指标", 122.8, y), word("单株检测成本", 247.9, y),
                word("≤180(元/株)", 362.2, y)));
        y += step;
        words.addAll(List.of(word("检测行道树数量", 247.9, y), word("≥12000(株)", 362.2, y),
                word("数量指标", 122.8, y + step / 2)));
        y += step;
        words.addAll(List.of(word("调查道路长度", 247.9, y), word("985(米)", 362.2, y),
                word("产出指标", 58.2, y + step / 2)));
        y += step;
        words.addAll(List.of(word("质量指标", 122.8, y), word("检测数据准确率", 247.9, y), word("≥95.00(%)", 362.2, y)));
        y += step;
        words.addAll(List.of(word("时效指标", 122.8, y), word("风险评估报告提交时间", 247.9, y), word("≤30(天)", 362.2, y)));
        y += step;
        words.addAll(List.of(word("满意度指标", 58.2, y), word("服务对象满意度指标", 122.8, y), word("市民满意度", 247.9, y),
                word("≥90.00(%)", 362.2, y)));
        return page(words);
    }

    private static List<String> filled(LayoutRow row) {
        return texts(row).stream().filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void levelOneCellReachesThroughALevelTwoCellCentredBetweenRowsAndIsPlacedInTheFirstOfItsRows() {
        List<LayoutRow> rows = TextGeometryRows.rows(1, borderlessForm(true));

        List<LayoutRow> table = rows.subList(rows.indexOf(rows.stream()
                .filter(r -> texts(r).contains("一级指标")).findFirst().orElseThrow()), rows.size());
        assertThat(table).extracting(TextGeometryRowsTest::filled).containsExactly(
                List.of("一级指标", "二级指标", "三级指标", "年度指标值"),
                List.of("成本指标", "经济成本指标", "单株检测成本", "≤180(元/株)"),
                List.of("产出指标", "数量指标", "检测行道树数量", "≥12000(株)"),
                List.of("调查道路长度", "985(米)"),
                List.of("质量指标", "检测数据准确率", "≥95.00(%)"),
                List.of("时效指标", "风险评估报告提交时间", "≤30(天)"),
                List.of("满意度指标", "服务对象满意度指标", "市民满意度", "≥90.00(%)"));
        assertThat(table.get(3).cells().get(0).continuation()).isTrue();
        assertThat(table.get(5).cells().get(0).continuation()).isTrue();
    }

    @Test
    void labelAfterAValueRunningPastTheMiddleOfTheGutterIsACellOfItsOwn() {
        List<LayoutRow> rows = TextGeometryRows.rows(1, borderlessForm(true));

        assertThat(rows).extracting(TextGeometryRowsTest::filled)
                .contains(List.of("主管部门", "上海市绿化和市容管理局", "实施单位", "上海市园林科学规划研究院"));
    }

    @Test
    void valueBesideAOneRowLabelStaysInItsRowThoughItsColumnIsEmptyAboveAndBelow() {
        // without 实施单位 the value column is empty in the rows above and below 特定目标类 and 计划完成日期
        List<LayoutRow> rows = TextGeometryRows.rows(1, borderlessForm(false));

        assertThat(rows).extracting(TextGeometryRowsTest::filled).startsWith(
                List.of("项目名称", "生活垃圾分类实效巩固提升专项"),
                List.of("项目性质", "经常性项目", "项目类别", "特定目标类"),
                List.of("主管部门", "上海市绿化和市容管理局"),
                List.of("计划开始日期2026-01-01", "计划完成日期", "2026-12-31"));
    }
}
