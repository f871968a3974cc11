package perfdecl.parse;

import java.util.regex.Pattern;

/**
 * What a printed label of a form means: the field it fills or the part of the form it opens. The spellings a
 * generation of the form prints are data, in its template ({@code templates/*.json}, keyed by {@link #key()}); amount
 * labels may carry a unit, "（元）" or "（万元）", which scales the amount.
 */
enum Label {
    UNIT("unit.name"),
    PROJECT_NAME("projectName"),
    PROJECT_TYPE("projectType"),
    FUND_USE("fundUse"),
    PROJECT_NATURE("projectNature"),
    PROJECT_CATEGORY("projectCategory"),
    DEPARTMENT("department"),
    PROJECT_LEAD("projectLead"),
    CONTACT_PERSON("contactPerson"),
    CONTACT_PHONE("contactPhone"),
    START("period.start"),
    END("period.end"),
    PERIOD("period"),
    OVERVIEW("texts.overview"),
    BASIS("texts.basis"),
    NECESSITY("texts.necessity"),
    SAFEGUARDS("texts.safeguards"),
    FUNDS_HEADER("budget"),
    TOTAL_BUDGET("budget.total"),
    CURRENT_BUDGET("budget.currentYear"),
    FISCAL_FUNDS("budget.fiscalFunds"),
    APPROPRIATION("budget.currentYearAppropriation"),
    OTHER_FUNDS("budget.otherFunds"),
    CARRY_OVER("budget.carryOver"),
    PRIOR_BUDGET("budget.priorYearBudget"),
    PRIOR_EXECUTED("budget.priorYearExecuted"),
    ITEMS("budget.items"),
    ITEM_NAME("budget.items.name"),
    ITEM_AMOUNT("budget.items.amount"),
    PLAN("texts.implementationPlan"),
    OVERALL_GOAL("texts.overallGoal"),
    ANNUAL_GOAL("texts.annualGoal"),
    BREAKDOWN("indicators"),
    LEVEL1_HEADER("indicators.level1"),
    LEVEL2_HEADER("indicators.level2"),
    LEVEL3_HEADER("indicators.level3"),
    TARGET_HEADER("indicators.target"),
    CONTENT_HEADER("indicators.content"),
    INDICATOR_HEADER("indicators.indicator"),
    TERM_HEADER("indicators.term"),
    NATURE_HEADER("indicators.nature"),
    DIRECTION_HEADER("indicators.direction"),
    MEASURE_HEADER("indicators.unit"),
    SCORE_HEADER("indicators.score"),
    /** 序号: a column numbering the indicator rows; fills nothing, and no template spells it (see IndicatorColumns). */
    SERIAL_HEADER("indicators.serial"),
    REMARKS("texts.remarks"),
    SIGNATORY("signatory"),
    FILING_DATE("filingDate"),
    FILER("filer"),
    /** 填报说明: how to fill the form in, printed below it; nothing in it is a field. */
    INSTRUCTIONS("instructions");

    private final String key;

    Label(String key) {
        this.key = key;
    }

    /** The name a template uses for this label: the JSON path of the field it fills, or of the part it opens. */
    String key() {
        return key;
    }

    /** The label a template key names, if any. */
    static java.util.Optional<Label> forKey(String key) {
        return java.util.Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }

    private static final Pattern PHONE = Pattern.compile("[\\d\\s\\-－—()（）+转/、,，;；]{5,}");
    private static final Pattern SENTENCE = Pattern.compile("[，。；！？,;]");

    /** The JSON path of the field this label fills. */
    String fieldPath() {
        return key;
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
            case UNIT, PROJECT_LEAD, CONTACT_PERSON, CONTACT_PHONE, START, END, PERIOD, FILING_DATE, FILER, SIGNATORY,
                    PROJECT_NATURE, PROJECT_CATEGORY, DEPARTMENT -> true;
            default -> false;
        };
    }

    /** A money row of the budget block. */
    boolean isAmount() {
        return switch (this) {
            case TOTAL_BUDGET, CURRENT_BUDGET, FISCAL_FUNDS, APPROPRIATION, OTHER_FUNDS, CARRY_OVER, PRIOR_BUDGET,
                    PRIOR_EXECUTED -> true;
            default -> false;
        };
    }

    /** 项目当年投入资金构成 and its header cells: rows under them are budget items. */
    boolean isItemsHeader() {
        return this == ITEMS || this == ITEM_NAME || this == ITEM_AMOUNT;
    }

    /**
     * A row starting with this label ends the indicator table: the national form's 长期 block is followed by the
     * 年度 block's goal.
     */
    boolean endsIndicatorTable() {
        return this == REMARKS || this == SIGNATORY || this == FILER || this == FILING_DATE || this == OVERALL_GOAL
                || this == ANNUAL_GOAL || this == INSTRUCTIONS;
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
            case UNIT, PROJECT_NAME, DEPARTMENT -> rest.length() <= 60;
            case PROJECT_NATURE, PROJECT_CATEGORY -> rest.length() <= 20 && !SENTENCE.matcher(rest).find();
            default -> true;
        };
    }
}
