package perfdecl.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.FormGrid;
import perfdecl.grid.ReadListener;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Token;

class BundleFormsTest {

    private static final String TITLE = "财政项目支出绩效目标申报表";

    private static LayoutRow row(int page, double top, boolean table, String... texts) {
        List<LayoutCell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Box box = new Box(50 + 100 * i, top, 100, 12);
            cells.add(new LayoutCell(box, new CellContent(texts[i], List.of(Token.text(texts[i], 0, box)), box),
                    false, false));
        }
        return new LayoutRow(page, top, table, false, false, cells);
    }

    /** A listener that keeps the forms handed over and the pages skipped ("page: why"). */
    private static ReadListener recording(List<FormGrid> forms, List<String> skipped) {
        return new ReadListener() {
            @Override
            public void form(FormGrid form) {
                forms.add(form);
            }

            @Override
            public void pageSkipped(int page, String why) {
                skipped.add(page + ": " + why);
            }
        };
    }

    @Test
    void anotherTablesHeadingBelowAFormOnItsLastPageEndsTheForm() {
        List<FormGrid> forms = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        BundleForms bundle = new BundleForms(recording(forms, skipped), (r, notes) -> r.joinedText().equals(TITLE) ? r : null, false);
        bundle.otherTables(r -> !r.table() && r.joinedText().endsWith("绩效目标表"));

        bundle.page(1, List.of(row(1, 10, false, TITLE), row(1, 30, true, "项目名称", "校舍维修"),
                row(1, 50, true, "产出指标", "数量指标", "维修校舍", "≥12所"),
                row(1, 80, false, "2025年部门整体支出绩效目标表"),
                row(1, 100, true, "部门名称", "某区教育局"),
                row(1, 120, true, "产出指标", "数量指标", "排查学校", "≥42所")), List.of(), Map.of(), Map.of());
        bundle.page(2, List.of(row(2, 10, true, "效益指标", "社会效益指标", "巩固率", "≥99%")), List.of(), Map.of(),
                Map.of());
        bundle.finish();

        assertThat(forms).singleElement().satisfies(f -> {
            assertThat(f.lastPage()).isEqualTo(1);
            assertThat(f.rows()).extracting(r -> String.join("|", r.filled().stream().map(c -> c.text()).toList()))
                    .containsExactly(TITLE, "项目名称|校舍维修", "产出指标|数量指标|维修校舍|≥12所");
        });
        assertThat(skipped).singleElement().asString().startsWith("2: ").contains("部门整体支出绩效目标表");
    }

    @Test
    void aScannedPageSkippedAfterAFormWhoseOrientationWasUnsureIsNotedOnTheForm() {
        List<FormGrid> forms = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        BundleForms bundle = new BundleForms(recording(forms, skipped), (r, notes) -> r.joinedText().equals(TITLE) ? r : null, true);
        String garbage = "乙呈 甲 乙 申 开 回 ． 乙呈 甲 乙 申 开 回 乙呈 甲 乙 申 开 回 乙呈 甲 乙 申 开 回 乙呈 甲 乙 申 开 回";
        ReaderNote unsure = new ReaderNote("SCAN_ORIENTATION_UNSURE", 2, null,
                "page 2: which way up it stands is unsure (confidence 0.05); read turned 180°");

        bundle.page(1, List.of(row(1, 10, false, TITLE), row(1, 30, true, "项目名称", "校舍维修"),
                row(1, 50, true, "产出指标", "数量指标", "维修校舍", "≥12所")), List.of(), Map.of(), Map.of());
        bundle.page(2, List.of(row(2, 10, false, garbage), row(2, 30, false, garbage)), List.of(unsure), Map.of(),
                Map.of());
        bundle.page(3, List.of(row(3, 10, false, garbage), row(3, 30, false, garbage)), List.of(), Map.of(),
                Map.of());
        bundle.finish();

        assertThat(skipped).hasSize(2);
        assertThat(forms).singleElement().satisfies(f -> assertThat(f.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("SCAN_ORIENTATION_UNSURE");
            assertThat(n.page()).isEqualTo(2);
            assertThat(n.message()).contains("confidence 0.05", "skipped as not part of the form");
        }));
    }

    /** A table row whose cells stand {@code width} apart from {@code left} on: other columns than {@link #row}'s. */
    private static LayoutRow tableRowAt(int page, double top, double left, double width, String... texts) {
        List<LayoutCell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Box box = new Box(left + width * i, top, width, 12);
            cells.add(new LayoutCell(box, new CellContent(texts[i], List.of(Token.text(texts[i], 0, box)), box),
                    false, false));
        }
        return new LayoutRow(page, top, true, false, false, cells);
    }

    @Test
    void aScannedPageWithATableSkippedInsideAFormIsNotedOnTheFormThoughItsOrientationWasSure() {
        List<FormGrid> forms = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        BundleForms bundle = new BundleForms(recording(forms, skipped),
                (r, notes) -> r.joinedText().equals(TITLE) ? r : null, true);
        // the form's second page read the wrong way up: its rulings make a table, its text scraps
        bundle.page(1, List.of(row(1, 10, false, TITLE), row(1, 30, true, "项目名称", "校舍维修"),
                row(1, 50, true, "产出指标", "数量指标", "维修校舍", "≥12所")), List.of(), Map.of(), Map.of());
        bundle.page(2, List.of(tableRowAt(2, 30, 23, 140, "%乙L6<", "回乙呈", "甲申开"),
                tableRowAt(2, 50, 23, 140, "乙呈", "", "≤L"), tableRowAt(2, 70, 23, 140, "", "", "")), List.of(
                new ReaderNote("SCAN_PAGE_TURNED", 2, null, "page 2 was scanned turned: read it turned 90° clockwise"
                        + " (confidence 0.80)")), Map.of(), Map.of());
        bundle.finish();

        assertThat(skipped).singleElement().asString().startsWith("2: attachment");
        assertThat(forms).singleElement().satisfies(f -> assertThat(f.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("SCAN_PAGE_SKIPPED");
            assertThat(n.page()).isEqualTo(2);
            assertThat(n.message()).contains("page 2 holds a table (2 rows with text)", "its rows are missing");
        }));
    }

    @Test
    void aLetterOrABornDigitalTableSkippedInsideAFormIsNotNoted() {
        String letter = "关于申请专项资金的说明：根据年度工作安排，本单位拟开展相关工作，特此说明，请予支持。联系人：张三";
        for (boolean scan : new boolean[] {true, false}) {
            List<FormGrid> forms = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            BundleForms bundle = new BundleForms(recording(forms, skipped),
                    (r, notes) -> r.joinedText().equals(TITLE) ? r : null, scan);
            bundle.page(1, List.of(row(1, 10, false, TITLE), row(1, 30, true, "项目名称", "校舍维修")), List.of(),
                    Map.of(), Map.of());
            bundle.page(2, scan ? List.of(row(2, 30, false, letter), row(2, 50, false, letter))
                    : List.of(tableRowAt(2, 30, 23, 140, "序号", "设备", "数量")), List.of(), Map.of(), Map.of());
            bundle.finish();

            assertThat(skipped).singleElement().asString().startsWith("2: attachment");
            assertThat(forms).singleElement().satisfies(f -> assertThat(f.notes()).isEmpty());
        }
    }

    @Test
    void aDisclosuresSubHeadingAboveTheNextTitleBelongsToNeitherForm() {
        List<FormGrid> forms = new ArrayList<>();
        BundleForms bundle = new BundleForms(new ReadListener() {
            @Override
            public void form(FormGrid form) {
                forms.add(form);
            }
        }, (r, notes) -> r.joinedText().equals(TITLE) ? r : null, false);

        bundle.page(1, List.of(row(1, 10, false, TITLE), row(1, 30, true, "项目名称", "行道树养护"),
                row(1, 50, true, "满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
                row(1, 70, false, "填报人：张三"),
                row(1, 90, false, "（二）户外广告设施安全检测项目"),
                row(1, 110, false, TITLE), row(1, 130, true, "项目名称", "户外广告设施安全检测项目")),
                List.of(), Map.of(), Map.of());
        bundle.finish();

        assertThat(forms).hasSize(2);
        assertThat(forms.get(0).rows()).extracting(r -> String.join("|", r.filled().stream().map(c -> c.text()).toList()))
                .containsExactly(TITLE, "项目名称|行道树养护", "满意度指标|服务对象满意度指标|沿线居民满意度|≥90%", "填报人：张三");
        assertThat(forms.get(1).rows()).extracting(r -> String.join("|", r.filled().stream().map(c -> c.text()).toList()))
                .containsExactly(TITLE, "项目名称|户外广告设施安全检测项目");
    }

    /** Two ruled forms, the second's page opening with {@code above} over its title, read as a scan or not. */
    private static List<FormGrid> twoFormsWithLinesAboveTheSecond(boolean scan, boolean ruled, String... above) {
        List<FormGrid> forms = new ArrayList<>();
        BundleForms bundle = new BundleForms(recording(forms, new ArrayList<>()),
                (r, notes) -> r.joinedText().equals(TITLE) ? r : null, scan);
        bundle.page(1, List.of(row(1, 40, false, TITLE), row(1, 60, ruled, "项目名称", "行道树养护"),
                row(1, 80, ruled, "满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%")), List.of(), Map.of(),
                Map.of());
        List<LayoutRow> second = new ArrayList<>();
        for (int i = 0; i < above.length; i++) {
            second.add(row(2, 5 + 12 * i, false, above[i]));
        }
        second.add(row(2, 40, false, TITLE));
        second.add(row(2, 60, true, "项目名称", "户外广告设施安全检测项目"));
        bundle.page(2, second, List.of(), Map.of(), Map.of());
        bundle.finish();
        return forms;
    }

    private static List<String> texts(FormGrid form) {
        return form.rows().stream().map(r -> String.join("|", r.filled().stream().map(c -> c.text()).toList()))
                .toList();
    }

    @Test
    void aLineAloneAboveTheNextScannedFormsTitleIsANoteWrittenOnItNotARowOfTheRuledFormBefore() {
        List<FormGrid> forms = twoFormsWithLinesAboveTheSecond(true, true, "存档");

        assertThat(forms).hasSize(2);
        assertThat(texts(forms.get(0))).containsExactly(TITLE, "项目名称|行道树养护",
                "满意度指标|服务对象满意度指标|沿线居民满意度|≥90%");
        assertThat(texts(forms.get(1))).containsExactly(TITLE, "项目名称|户外广告设施安全检测项目");
        assertThat(forms.get(1).notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("SCAN_HANDWRITING_SKIPPED");
            assertThat(n.page()).isEqualTo(2);
            assertThat(n.message()).contains("存档", "note");
        });
    }

    @Test
    void linesAboveTheNextTitleStayWithTheFormBeforeBornDigitalUnruledOrMoreThanANote() {
        List<List<FormGrid>> reads = List.of(twoFormsWithLinesAboveTheSecond(false, true, "填报人：张三"),
                twoFormsWithLinesAboveTheSecond(true, false, "填报人：张三"),
                twoFormsWithLinesAboveTheSecond(true, true, "其他说明", "填报人：张三", "审核人：李四"));
        for (List<FormGrid> forms : reads) {
            assertThat(forms).hasSize(2);
            assertThat(texts(forms.get(0))).contains("填报人：张三");
            assertThat(forms.get(1).notes()).isEmpty();
        }
    }

    @Test
    void aSectionHeadingReadAsATitleOverTheFormsOwnTitleOpensNoFormOfItsOwn() {
        List<FormGrid> forms = new ArrayList<>();
        String heading = "10项目支出绩效目标表";
        BundleForms bundle = new BundleForms(new ReadListener() {
            @Override
            public void form(FormGrid form) {
                forms.add(form);
            }
        }, (r, notes) -> r.joinedText().equals(TITLE) || r.joinedText().equals(heading) ? r : null, false);

        bundle.page(1, List.of(row(1, 10, false, "9．部门项目支出预算表"), row(1, 30, true, "科目编码", "科目名称", "合计"),
                row(1, 60, false, heading), row(1, 80, false, "（一）行道树养护项目"), row(1, 100, false, TITLE),
                row(1, 115, false, "2025年度"), row(1, 130, true, "项目名称", "行道树养护项目"),
                row(1, 150, false, TITLE), row(1, 170, false, "（2025年度）"),
                row(1, 190, true, "项目名称", "户外广告设施安全检测项目")), List.of(), Map.of(), Map.of());
        bundle.finish();

        assertThat(forms).hasSize(2);
        assertThat(forms.get(0).rows()).extracting(r -> String.join("|", r.filled().stream().map(c -> c.text()).toList()))
                .containsExactly(TITLE, "2025年度", "项目名称|行道树养护项目");
        assertThat(forms.get(1).rows()).extracting(r -> String.join("|", r.filled().stream().map(c -> c.text()).toList()))
                .containsExactly(TITLE, "（2025年度）", "项目名称|户外广告设施安全检测项目");
    }

    /** Head rows of a form: the labels every form's first page prints. */
    private static List<LayoutRow> headRows(int page, double top, String project) {
        return List.of(row(page, top, true, "项目名称", project), row(page, top + 20, true, "主管部门", "某区档案局"),
                row(page, top + 40, true, "实施单位", "某区档案馆"), row(page, top + 60, true, "项目负责人", "李四"));
    }

    @Test
    void aScannedTitleMisreadIntoAnotherTablesHeadingOverAFormsHeadOpensTheFormNoted() {
        List<FormGrid> forms = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        BundleForms bundle = new BundleForms(recording(forms, skipped),
                (r, notes) -> r.joinedText().equals(TITLE) ? r : null, true);
        bundle.otherTables(r -> !r.table() && r.joinedText().endsWith("表"));
        String misread = "上海市财政<出项目结效目标中投表";

        List<LayoutRow> first = new ArrayList<>(List.of(row(1, 10, false, TITLE)));
        first.addAll(headRows(1, 30, "重点档案数字化加工"));
        bundle.page(1, first, List.of(), Map.of(), Map.of());
        List<LayoutRow> second = new ArrayList<>(List.of(row(2, 10, false, misread)));
        second.addAll(headRows(2, 30, "档案库房运行维护"));
        bundle.page(2, second, List.of(), Map.of(), Map.of());
        bundle.page(3, List.of(row(3, 10, true, "产出指标", "数量指标", "库房巡检", "≥250次")), List.of(), Map.of(),
                Map.of());
        bundle.finish();

        assertThat(skipped).isEmpty();
        assertThat(forms).hasSize(2);
        assertThat(forms.get(1).firstPage()).isEqualTo(2);
        assertThat(forms.get(1).lastPage()).isEqualTo(3);
        assertThat(forms.get(1).rows()).extracting(r -> r.filled().get(r.filled().size() - 1).text())
                .contains("档案库房运行维护", "≥250次");
        assertThat(forms.get(1).notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("FORM_TITLE_MISSING");
            assertThat(n.page()).isEqualTo(2);
            assertThat(n.message()).contains(misread, "another table's heading", "form's labels");
        });
    }

    @Test
    void aScannedTitleMisreadIntoAnotherTablesHeadingBelowAFormOnItsPageOpensTheNextForm() {
        List<FormGrid> forms = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        BundleForms bundle = new BundleForms(recording(forms, skipped),
                (r, notes) -> r.joinedText().equals(TITLE) ? r : null, true);
        bundle.otherTables(r -> !r.table() && r.joinedText().endsWith("表"));

        List<LayoutRow> page = new ArrayList<>(List.of(row(1, 10, false, TITLE)));
        page.addAll(headRows(1, 30, "重点档案数字化加工"));
        page.add(row(1, 200, false, "上海市财政支山项目结效日标中报表"));
        page.addAll(headRows(1, 220, "档案库房运行维护"));
        bundle.page(1, page, List.of(), Map.of(), Map.of());
        bundle.finish();

        assertThat(forms).hasSize(2);
        assertThat(forms.get(0).rows()).hasSize(5);
        assertThat(forms.get(1).rows()).first().satisfies(r -> assertThat(r.filled().get(0).text())
                .isEqualTo("上海市财政支山项目结效日标中报表"));
        assertThat(forms.get(1).notes()).extracting(ReaderNote::code).containsExactly("FORM_TITLE_MISSING");
    }

    @Test
    void anotherTablesHeadingOverAFormsHeadLabelsStaysAnotherTableBornDigitalOrASelfEvaluation() {
        for (boolean scan : new boolean[] {true, false}) {
            List<FormGrid> forms = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            BundleForms bundle = new BundleForms(recording(forms, skipped),
                    (r, notes) -> r.joinedText().equals(TITLE) ? r : null, scan);
            bundle.otherTables(r -> !r.table() && r.joinedText().endsWith("表"));
            List<LayoutRow> first = new ArrayList<>(List.of(row(1, 10, false, TITLE)));
            first.addAll(headRows(1, 30, "重点档案数字化加工"));
            bundle.page(1, first, List.of(), Map.of(), Map.of());
            List<LayoutRow> other = new ArrayList<>(List.of(row(2, 10, false, "项目支出绩效自评表")));
            other.addAll(headRows(2, 30, "档案库房运行维护"));
            if (scan) {
                other.add(row(2, 120, true, "一级指标", "二级指标", "年度指标值", "实际完成值"));
            }
            bundle.page(2, other, List.of(), Map.of(), Map.of());
            bundle.finish();

            assertThat(forms).singleElement().satisfies(f -> assertThat(f.lastPage()).isEqualTo(1));
            assertThat(skipped).singleElement().asString().startsWith("2: part of no form");
        }
    }

    @Test
    void aScannedSentenceNamingTheFormReadAsATitleOverProseIsNoDeclaration() {
        List<FormGrid> forms = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String sentence = "以下为本部门2025年重点项目的绩效目标详见项目支出绩效目标表";
        BundleForms bundle = new BundleForms(recording(forms, skipped),
                (r, notes) -> r.joinedText().equals(TITLE) || r.joinedText().equals(sentence) ? r : null, true);
        bundle.otherTables(r -> !r.table() && r.joinedText().equals("名词解释"));

        bundle.page(1, List.of(row(1, 10, false, "名词解释"), row(1, 30, false, "财政拨款收入：指本年度从本级财政部门取得的财政拨款。"),
                row(1, 50, false, sentence), row(1, 70, false, "（一）公园绿地养护管理专项经费")), List.of(), Map.of(),
                Map.of());
        List<LayoutRow> second = new ArrayList<>(List.of(row(2, 10, false, TITLE)));
        second.addAll(headRows(2, 30, "公园绿地养护管理专项经费"));
        bundle.page(2, second, List.of(), Map.of(), Map.of());
        bundle.finish();

        assertThat(forms).singleElement().satisfies(f -> assertThat(f.firstPage()).isEqualTo(2));
        assertThat(skipped).singleElement().asString().startsWith("1: ").contains(sentence, "not a declaration");
    }

    @Test
    void aScannedTitleOverATableWithoutLabelsReadIsStillADeclaration() {
        List<FormGrid> forms = new ArrayList<>();
        BundleForms bundle = new BundleForms(recording(forms, new ArrayList<>()),
                (r, notes) -> r.joinedText().equals(TITLE) ? r : null, true);
        bundle.page(1, List.of(row(1, 10, false, TITLE), row(1, 30, true, "顶日名林", "公园绿地养护")), List.of(),
                Map.of(), Map.of());
        bundle.finish();

        assertThat(forms).hasSize(1);
    }

    @Test
    void aDoubtfulTitleOverAScannedPageWithSomeOfAFormsLabelsOpensTheFormNoted() {
        List<FormGrid> forms = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String misread = "上海市财政<出项目结效目标中投表";
        BundleForms bundle = new BundleForms(recording(forms, skipped),
                (r, notes) -> r.joinedText().equals(TITLE) ? r : null, true);
        bundle.otherTables(r -> !r.table() && r.joinedText().endsWith("表"));
        bundle.doubtfulTitles(r -> r.joinedText().equals(misread));

        List<LayoutRow> first = new ArrayList<>(List.of(row(1, 10, false, TITLE)));
        first.addAll(headRows(1, 30, "重点档案数字化加工"));
        bundle.page(1, first, List.of(), Map.of(), Map.of());
        // a 1-bit copy: two of the head's labels read, the rest lost
        bundle.page(2, List.of(row(2, 10, false, misread), row(2, 30, true, "项目名称普能区档军安全保管"),
                row(2, 50, true, "571099", "联系电话"), row(2, 70, true, "项目总预算1元！1 1 *) ,(000"),
                row(2, 90, true, "一级指标", "三级指标", "指标目标值")), List.of(), Map.of(), Map.of());
        bundle.finish();

        assertThat(skipped).isEmpty();
        assertThat(forms).hasSize(2);
        assertThat(forms.get(1).notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("FORM_TITLE_MISSING");
            assertThat(n.message()).contains(misread, "doubtful title");
        });
    }
    /** A page of a national-generation form's head: three head labels, its funds and its annual goal. */
    private static List<LayoutRow> nationalHead(int page, double top, String project) {
        return List.of(row(page, top, true, "项目名称", project), row(page, top + 20, true, "主管部门及代码", "水利部"),
                row(page, top + 40, true, "实施单位", "农村水利水电司"),
                row(page, top + 60, true, "项目资金（万元）", "年度资金总额", "1200"),
                row(page, top + 80, true, "年度总体目标", "完成灌区节水改造"),
                row(page, top + 100, true, "一级指标", "二级指标", "三级指标", "指标值"),
                row(page, top + 120, true, "产出指标", "数量指标", "改造渠道长度", "≥120公里"));
    }

    @Test
    void aScannedPageRepeatingTheOpenFormsHeadWithItsTitleLostOpensTheNextFormNoted() {
        List<FormGrid> forms = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String title = "项目支出绩效目标表";
        BundleForms bundle = new BundleForms(recording(forms, skipped),
                (r, notes) -> r.joinedText().equals(title) ? r : null, true);
        List<LayoutRow> first = new ArrayList<>(List.of(row(1, 10, false, title)));
        first.addAll(nationalHead(1, 30, "灌区续建配套"));
        bundle.page(1, first, List.of(), Map.of(), Map.of());
        // the next form's title under a seal or a dark border: its page opens with the table's head
        bundle.page(2, nationalHead(2, 30, "农村饮水安全巩固"), List.of(), Map.of(), Map.of());
        bundle.page(3, List.of(row(3, 10, true, "效益指标", "社会效益指标", "受益人口", "≥3万人")), List.of(),
                Map.of(), Map.of());
        bundle.finish();

        assertThat(skipped).isEmpty();
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0).lastPage()).isEqualTo(1);
        assertThat(forms.get(1).firstPage()).isEqualTo(2);
        assertThat(forms.get(1).lastPage()).isEqualTo(3);
        assertThat(forms.get(1).rows().get(0).filled()).extracting(c -> c.text())
                .containsExactly("项目名称", "农村饮水安全巩固");
        assertThat(forms.get(1).notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("FORM_TITLE_MISSING");
            assertThat(n.page()).isEqualTo(2);
        });
    }

    @Test
    void aScannedNextPageWithoutTheHeadsLabelsGoesOnWithTheOpenFormAndBornDigitalPagesAreNotJudgedSo() {
        String title = "项目支出绩效目标表";
        List<FormGrid> forms = new ArrayList<>();
        BundleForms bundle = new BundleForms(recording(forms, new ArrayList<>()),
                (r, notes) -> r.joinedText().equals(title) ? r : null, true);
        List<LayoutRow> first = new ArrayList<>(List.of(row(1, 10, false, title)));
        first.addAll(nationalHead(1, 30, "灌区续建配套"));
        bundle.page(1, first, List.of(), Map.of(), Map.of());
        // a page of the same form repeating its indicator table's head, none of the form's head
        bundle.page(2, List.of(row(2, 10, true, "一级指标", "二级指标", "三级指标", "指标值"),
                row(2, 30, true, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%")), List.of(), Map.of(),
                Map.of());
        bundle.finish();
        assertThat(forms).singleElement().satisfies(f -> assertThat(f.lastPage()).isEqualTo(2));

        List<FormGrid> born = new ArrayList<>();
        BundleForms text = new BundleForms(recording(born, new ArrayList<>()),
                (r, notes) -> r.joinedText().equals(title) ? r : null, false);
        text.page(1, first, List.of(), Map.of(), Map.of());
        text.page(2, nationalHead(2, 30, "灌区续建配套"), List.of(), Map.of(), Map.of());
        text.finish();
        assertThat(born).singleElement().satisfies(f -> assertThat(f.lastPage()).isEqualTo(2));
    }
}
