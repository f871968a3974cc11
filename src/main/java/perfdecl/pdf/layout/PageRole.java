package perfdecl.pdf.layout;

import java.util.List;

/**
 * What a page of a bundle without a title line is: the next page of the form before it, the head of a form whose
 * title line could not be read, or no part of a form — blank, a separator sheet, an attachment. Judged from the
 * printed labels of the declaration form: every page of a form carries some (the head, the budget, the goals, the
 * indicator table's levels and dimensions), an archive's cover sheet or an enclosed letter hardly two of them.
 */
enum PageRole {
    CONTINUATION, HEAD, BLANK, SEPARATOR, ATTACHMENT;

    /** The labels of a form's head, printed once per form on its first page. */
    private static final List<String> HEAD_LABELS = List.of("项目名称", "主管部门", "实施单位", "项目负责人",
            "联系电话", "项目类型", "项目属性", "申报单位");

    /** Labels any page of a form may carry: its sections, the indicator table's levels and dimensions. */
    private static final List<String> FORM_LABELS = List.of("项目总预算", "项目当年预算", "资金用途", "预算执行率",
            "项目概况", "立项依据", "实施计划", "保障措施", "总体目标", "年度目标", "绩效目标", "一级指标",
            "二级指标", "三级指标", "指标值", "产出指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标",
            "成本指标", "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度", "财政拨款", "其他资金",
            "上年预算", "上年执行", "预算明细", "项目开始时间", "开始时间", "结束时间", "项目实施计划", "项目总目标",
            "年度绩效目标", "产出目标", "效果目标", "影响力目标", "备注", "填报单位负责人", "填报人", "填报日期");

    /**
     * The result columns of a self-evaluation of the same project (项目支出绩效自评表), which prints the declaration's
     * head labels too.
     */
    private static final List<String> EVALUATION_LABELS = List.of("实际完成值", "全年执行数", "偏差原因");

    /**
     * Whether {@code rows}, read without a title, head a declaration form on their own: they carry its head labels
     * and none of a self-evaluation's results.
     */
    static boolean headsForm(List<LayoutRow> rows) {
        return of(rows, null) == HEAD && count(text(rows), EVALUATION_LABELS) == 0;
    }

    /**
     * Whether {@code rows} carry a form's head in part, as a scan degraded past reading most labels leaves it: a
     * head label and two more of the form's, none of a self-evaluation's results.
     */
    static boolean likeFormsHead(List<LayoutRow> rows) {
        String text = text(rows);
        int head = count(text, HEAD_LABELS);
        return head >= 1 && head + count(text, FORM_LABELS) >= 3 && count(text, EVALUATION_LABELS) == 0;
    }

    /** Whether {@code rows} carry any of a form's labels. */
    static boolean carriesLabels(List<LayoutRow> rows) {
        String text = text(rows);
        return count(text, HEAD_LABELS) + count(text, FORM_LABELS) > 0;
    }

    /** Labels printed once per form: a page that repeats one the open form already has belongs to another form. */
    private static final List<String> ONCE_LABELS = List.of("项目名称", "主管部门", "实施单位", "项目负责人",
            "申报单位", "项目总预算", "项目当年预算", "总体目标", "年度目标", "项目概况", "立项依据");

    /**
     * Whether {@code page} repeats a label that is printed once per form and that {@code form}'s rows already
     * carry: then it is no later page of that form.
     */
    static boolean repeatsOnceLabel(List<LayoutRow> form, List<LayoutRow> page) {
        java.util.Set<String> had = labelCells(form), has = labelCells(page);
        return ONCE_LABELS.stream().anyMatch(l -> had.contains(l) && has.contains(l));
    }

    /** Cell texts as labels stand alone ("立项依据", not the indicator "立项依据的充分性"), without a colon. */
    private static java.util.Set<String> labelCells(List<LayoutRow> rows) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (LayoutRow r : rows) {
            for (LayoutCell c : r.cells()) {
                out.add(c.text().replaceAll("\\s+", "").replaceAll("[:：]$", ""));
            }
        }
        return out;
    }

    /** A page with this many characters or fewer, none in a table and no label, is a separator sheet. */
    private static final int SEPARATOR_CHARS = 40;

    /** How near two table edges must stand to be the same column on two pages (points; scans shift a little). */
    private static final double SAME_EDGE = 4;

    /**
     * The role of a page without a title line, laid out as {@code rows}; {@code openEdges} are the x positions of
     * the table cell edges of the form still open from the pages before, {@code null} when none is open. With a
     * form open, a page that carries one of its labels or whose table stands on the same columns goes on with it
     * (a long indicator table's last rows may name no label at all).
     */
    static PageRole of(List<LayoutRow> rows, List<Double> openEdges) {
        if (rows.isEmpty() || rows.stream().allMatch(r -> squeezed(r).isEmpty())) {
            return BLANK;
        }
        String text = text(rows);
        int head = count(text, HEAD_LABELS);
        int form = count(text, FORM_LABELS);
        boolean open = openEdges != null;
        if (head >= 4 || !open && head >= 3) {
            return HEAD;
        }
        if (open && (head + form >= 1 || sameColumns(edges(rows), openEdges))) {
            return CONTINUATION;
        }
        boolean table = rows.stream().anyMatch(LayoutRow::table);
        if (!table && text.replace("\n", "").length() <= SEPARATOR_CHARS && head + form == 0) {
            return SEPARATOR;
        }
        return ATTACHMENT;
    }

    /** The x positions of the table cells' left and right edges in {@code rows}. */
    static List<Double> edges(List<LayoutRow> rows) {
        List<Double> out = new java.util.ArrayList<>();
        for (LayoutRow r : rows) {
            if (r.table()) {
                for (LayoutCell c : r.cells()) {
                    out.add(c.box().x());
                    out.add(c.box().right());
                }
            }
        }
        return out;
    }

    private static boolean sameColumns(List<Double> page, List<Double> open) {
        List<Double> distinct = page.stream().map(x -> (double) Math.round(x)).distinct().toList();
        if (distinct.size() < 3 || open.isEmpty()) {
            return false;
        }
        long matched = distinct.stream().filter(x -> open.stream().anyMatch(o -> Math.abs(o - x) <= SAME_EDGE)).count();
        return matched >= 3 && matched >= 0.6 * distinct.size();
    }

    /** The reason a skipped page is reported with. */
    String why() {
        return switch (this) {
            case BLANK -> "blank page";
            case SEPARATOR -> "separator sheet (a few lines, no form label)";
            case ATTACHMENT -> "attachment: not part of a declaration form (no title line, too few of the form's labels)";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String text(List<LayoutRow> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append(squeezed(r)).append('\n'));
        return b.toString();
    }

    private static String squeezed(LayoutRow row) {
        return row.joinedText().replaceAll("\\s+", "");
    }

    private static int count(String text, List<String> labels) {
        int n = 0;
        for (String label : labels) {
            if (text.contains(label)) {
                n++;
            }
        }
        return n;
    }
}
