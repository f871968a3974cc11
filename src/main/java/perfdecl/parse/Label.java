package perfdecl.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The printed labels of the declaration form, each with the variants filers and producers print. The first
 * spelling is canonical. Amount labels may carry a unit: "（元）" or "（万元）", which scales the amount.
 */
enum Label {
    UNIT("申报单位名称", "申报单位", "填报单位名称", "单位名称"),
    PROJECT_NAME("项目名称"),
    PROJECT_TYPE("项目类型", "项目类别"),
    FUND_USE("资金用途"),
    PROJECT_LEAD("项目负责人"),
    CONTACT_PERSON("联系人"),
    CONTACT_PHONE("联系电话", "电话"),
    START("开始时间", "项目开始时间", "起始时间"),
    END("结束时间", "项目结束时间", "完成时间"),
    PERIOD("项目起止时间", "起止时间", "项目实施期限", "实施期限", "项目期限", "实施周期"),
    OVERVIEW("项目概况", "项目基本情况"),
    BASIS("立项依据", "项目立项依据"),
    NECESSITY("项目设立的必要性", "项目设立必要性", "设立的必要性"),
    SAFEGUARDS("保证项目实施的制度、措施", "保证项目实施的制度和措施", "保证项目实施的制度措施"),
    TOTAL_BUDGET("项目总预算(元)", "项目总预算(万元)", "项目总预算"),
    CURRENT_BUDGET("项目当年预算(元)", "项目当年预算(万元)", "项目当年预算"),
    PRIOR_BUDGET("同名项目上年预算额(元)", "同名项目上年预算额(万元)", "同名项目上年预算额", "上年预算额(元)", "上年预算额"),
    PRIOR_EXECUTED("同名项目上年预算执行数(元)", "同名项目上年预算执行数(万元)", "同名项目上年预算执行数",
            "上年预算执行数(元)", "上年预算执行数"),
    ITEMS("项目当年投入资金构成", "当年投入资金构成", "投入资金构成"),
    ITEM_NAME("子项目名称"),
    ITEM_AMOUNT("预算金额(元)", "预算金额(万元)", "预算金额"),
    PLAN("项目实施计划"),
    OVERALL_GOAL("项目总目标"),
    ANNUAL_GOAL("年度绩效目标", "项目年度绩效目标"),
    BREAKDOWN("分解目标"),
    LEVEL1_HEADER("一级指标", "一级目标"),
    LEVEL2_HEADER("二级指标", "二级目标"),
    LEVEL3_HEADER("三级指标", "三级目标"),
    TARGET_HEADER("指标目标值", "目标值", "指标值", "年度指标值", "绩效指标值", "年度目标值"),
    CONTENT_HEADER("分解目标内容"),
    INDICATOR_HEADER("绩效指标"),
    REMARKS("备注"),
    SIGNATORY("填报单位负责人(签名)", "填报单位负责人(签字)", "填报单位负责人", "单位负责人(签名)"),
    FILING_DATE("填报日期"),
    FILER("填报人");

    private final List<String> keys;

    Label(String... spellings) {
        this.keys = java.util.Arrays.stream(spellings).map(LabelKey::of).toList();
    }

    List<String> keys() {
        return keys;
    }

    String canonical() {
        return keys.get(0);
    }

    private static final Pattern PHONE = Pattern.compile("[\\d\\s\\-－—()（）+转/、,，;；]{5,}");
    private static final Pattern SENTENCE = Pattern.compile("[，。；！？,;]");

    /** The JSON path of the field this label fills, or the label's name when it fills none directly. */
    String fieldPath() {
        return switch (this) {
            case PROJECT_NAME -> "projectName";
            case PROJECT_LEAD -> "projectLead";
            case CONTACT_PERSON -> "contactPerson";
            case CONTACT_PHONE -> "contactPhone";
            case START -> "period.start";
            case END -> "period.end";
            case OVERVIEW -> "texts.overview";
            case BASIS -> "texts.basis";
            case NECESSITY -> "texts.necessity";
            case SAFEGUARDS -> "texts.safeguards";
            case PLAN -> "texts.implementationPlan";
            case OVERALL_GOAL -> "texts.overallGoal";
            case ANNUAL_GOAL -> "texts.annualGoal";
            case REMARKS -> "texts.remarks";
            default -> name();
        };
    }

    /** A free-text field (项目概况 …, 备注), whose value may begin with words that look like a label. */
    boolean isText() {
        return switch (this) {
            case OVERVIEW, BASIS, NECESSITY, SAFEGUARDS, PLAN, OVERALL_GOAL, ANNUAL_GOAL, REMARKS -> true;
            default -> false;
        };
    }

    /** A label whose short value may be written in its own cell after it ("联系电话 63678103"). */
    boolean takesShortValue() {
        return switch (this) {
            case UNIT, PROJECT_LEAD, CONTACT_PERSON, CONTACT_PHONE, START, END, PERIOD, FILING_DATE, FILER, SIGNATORY ->
                    true;
            default -> false;
        };
    }

    /** A money row of the budget block. */
    boolean isAmount() {
        return this == TOTAL_BUDGET || this == CURRENT_BUDGET || this == PRIOR_BUDGET || this == PRIOR_EXECUTED;
    }

    /** 项目当年投入资金构成 and its header cells: rows under them are budget items. */
    boolean isItemsHeader() {
        return this == ITEMS || this == ITEM_NAME || this == ITEM_AMOUNT;
    }

    /** A row starting with this label ends the indicator table. */
    boolean endsIndicatorTable() {
        return this == REMARKS || this == SIGNATORY || this == FILER || this == FILING_DATE;
    }

    /**
     * Whether text after this label in the same cell is its value ("联系电话 63678103") rather than a sentence that
     * happens to begin with the label's words ("电话咨询服务工作要点的通知…").
     */
    boolean plausibleInlineValue(String rest) {
        return switch (this) {
            case CONTACT_PHONE -> PHONE.matcher(rest).matches();
            case START, END, FILING_DATE -> rest.length() <= 20 && rest.chars().anyMatch(Character::isDigit);
            case PERIOD -> rest.length() <= 40 && rest.chars().anyMatch(Character::isDigit);
            case PROJECT_LEAD, CONTACT_PERSON, FILER, SIGNATORY -> rest.length() <= 12
                    && !SENTENCE.matcher(rest).find();
            case UNIT, PROJECT_NAME -> rest.length() <= 60;
            default -> true;
        };
    }

    /** Whether amounts under this label were filed in 万元 (ten thousand yuan). */
    static boolean inTenThousands(String labelText) {
        return LabelKey.of(labelText).contains("万元");
    }
}
