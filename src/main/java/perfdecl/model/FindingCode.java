package perfdecl.model;

import java.util.Optional;

/**
 * Every finding code the product emits, with the stage that emits it, its default severity and a one-line
 * description in Chinese and English. {@code docs/findings.md} is generated from this list (a test fails when
 * it drifts), and a test fails when the sources emit a code that is not listed here. {@link Finding#code()} and
 * {@link AuditFinding#code()} stay strings in the JSON; {@link #name()} is that string.
 */
public enum FindingCode {

    // reading the form (parse)
    FIELD_MISSING(Stage.PARSE, Finding.ERROR,
            "必填项缺失或无法读出：申报单位、项目名称、开始/结束时间、项目当年预算、选择项或分解目标",
            "a required field is absent or unreadable: unit, project name, start, end, current-year budget, a choice group or the indicator table"),
    TEMPLATE_UNKNOWN(Stage.PARSE, Finding.ERROR,
            "表格不属于任何已知的申报表版本（按标题和标签判断），已按默认版本读取，请逐项核对",
            "the form matches no known generation (by its title or labels): read with the default template, check every field"),
    FIELD_DUPLICATE(Stage.PARSE, Finding.WARNING,
            "同一标签填写了两次且内容不同，保留第一次",
            "a label filed twice with different values; the first is kept"),
    AMOUNT_UNREADABLE(Stage.PARSE, Finding.ERROR,
            "金额无法识别：原文保留在 actual，数值留空",
            "an amount that cannot be read: kept as filed in actual, the value is null"),
    AMOUNT_ROUNDED(Stage.PARSE, Finding.WARNING,
            "金额含不足一元的零头，已四舍五入到元",
            "an amount filed with a fraction of a yuan, rounded half up to whole yuan"),
    AMOUNT_SCALED(Stage.PARSE, Finding.INFO,
            "以万元填报的金额已换算为元",
            "amounts filed in 万元 (ten thousand yuan) converted to yuan"),
    DATE_UNREADABLE(Stage.PARSE, Finding.ERROR,
            "日期无法识别：原文保留在 actual，数值留空",
            "a date that cannot be read: kept as filed in actual, the value is null"),
    YEAR_FROM_PERIOD(Stage.PARSE, Finding.INFO,
            "表上未印申报年度，按项目开始时间取年度",
            "the form prints no year line: the year is the one its period starts in"),
    BUDGET_ITEM_NAME_MISSING(Stage.PARSE, Finding.WARNING,
            "预算明细有金额但没有名称",
            "a budget item with an amount but no name"),
    CHOICE_AMBIGUOUS(Stage.PARSE, Finding.WARNING,
            "勾选无法一一对应到选项，或扫描件上的勾选置信度过低",
            "ticks that cannot be attributed one to one, or a low-confidence mark from a scan"),
    CHOICE_BOX_NOT_FOUND(Stage.PARSE, Finding.WARNING,
            "扫描件上某选项旁找不到勾选框（同组其他选项有）：是否勾选无法判定",
            "no checkbox found beside an option on a scan whose other options have one: whether it is ticked is not known"),
    CHOICE_EXTRA_MARK(Stage.PARSE, Finding.WARNING,
            "勾选框多于选项：按“选项旁的勾选算数”处理并说明",
            "more boxes than options: attributed by the rule \"a tick beside an option counts\", and said so"),
    CHOICE_MARK_BESIDE(Stage.PARSE, Finding.INFO,
            "选项在本组一侧没有勾选框，取其另一侧紧邻的勾选框（A □ ☑ B C □）",
            "an option without a box on the group's side owns the box standing against it on the other side (A □ ☑ B C □)"),
    CHOICE_OPTION_WITHOUT_MARK(Stage.PARSE, Finding.INFO,
            "选项印在表上但没有勾选框",
            "an option printed without a checkbox"),
    CHOICE_OPTION_MISSING(Stage.PARSE, Finding.WARNING,
            "表上找不到某个选项",
            "an option not found on the form at all"),
    CHOICE_PRINTED_VALUE(Stage.PARSE, Finding.INFO,
            "选择项只印一个选项且无勾选框：视为所选项",
            "a group that prints one option and no checkboxes (项目类型  经常性专项业务费): that option is the chosen one"),
    DIMENSION_UNKNOWN(Stage.PARSE, Finding.INFO,
            "二级指标不在已知维度中，按原样保留",
            "a level-2 indicator that is not a known dimension, kept as filed"),
    DIMENSION_MISREAD(Stage.PARSE, Finding.WARNING,
            "扫描件上读出的二级指标与某个已知维度只差一两个字：按该维度读取（读出的文字一并给出）",
            "a level-2 dimension read from a scan a character or two off a known one: taken as that one "
                    + "(what was read is given)"),
    DIMENSION_WITHOUT_INDICATOR(Stage.PARSE, Finding.WARNING,
            "二级指标下没有填写任何指标",
            "a level-2 dimension row left without any indicator"),
    CELL_UNPLACED(Stage.PARSE, Finding.WARNING,
            "指标行的单元格多于列数，中间的单元格已舍去",
            "an indicator row with more cells than columns: the middle ones were dropped"),
    GRID_UNTRUSTED(Stage.PARSE, Finding.WARNING,
            "字段的值单元格中是表上的标签：表格的行列在此错位，该值未读取",
            "a field's value cell holds the form's own labels: the grid's rows or columns are shifted there, so the value was not read"),
    LEVEL1_INFERRED(Stage.PARSE, Finding.INFO,
            "指标行位于合并的一级指标单元格之上（分页断开），取其下方的一级指标",
            "a row above its merged level-1 cell (split by a page break) took the goal named below it"),
    LEVEL1_REASSIGNED(Stage.PARSE, Finding.INFO,
            "二级指标填在错误的一级指标下（跨页续表），已改归其所属一级指标",
            "a dimension filed under the wrong merged level-1 cell (a table continued across a page) was put under its parent"),
    LEVEL1_MISSING(Stage.PARSE, Finding.WARNING,
            "找不到指标所属的一级指标",
            "no level-1 indicator could be found for an indicator"),
    LABEL_FUZZY_MATCH(Stage.PARSE, Finding.INFO,
            "标签有 OCR 错误，按最接近的标准标签识别",
            "a label matched despite OCR errors"),
    LABEL_UNKNOWN(Stage.PARSE, Finding.INFO,
            "表上的标签不属于该版本申报表，其内容未提取（标签在 expected，内容在 actual）",
            "a label the form's generation does not know, with a value: not extracted (label in expected, value in actual)"),
    AMOUNT_ROW_UNKNOWN(Stage.PARSE, Finding.WARNING,
            "资金栏中有该版本申报表没有的金额行，金额未提取，预算可能不全（标签在 expected，金额在 actual）",
            "an amount row the form's generation does not know: its amount was not extracted, the budget may be incomplete (label in expected, amount in actual)"),
    ROW_UNRECOGNISED(Stage.PARSE, Finding.INFO,
            "一行没有可识别的标签，已忽略",
            "a row with no known label was ignored"),
    VALUE_UNCERTAIN(Stage.PARSE, Finding.WARNING,
            "从扫描件读出的值置信度低于 0.6，或形状可疑（两个金额连成一个、标签半被遮盖），请对照页面图像核对",
            "a value read from a scan below 0.6 confidence, or of a doubtful shape (two amounts run together, a label"
                    + " half hidden): check it against the page image"),

    // reading the file (pdf)
    GLYPH_UNMAPPED(Stage.PDF, Finding.WARNING,
            "字体中没有 Unicode 映射的字形已去除（不输出乱码），注明页码与字段",
            "glyphs whose font has no Unicode mapping were dropped (never emitted as garbage), with page and field"),
    OCR_PAGES(Stage.PDF, Finding.WARNING,
            "PDF 自带的文字无法使用，已对页面图像进行 OCR 识别",
            "a born-digital PDF whose own text could not be used was read from its page images by OCR"),
    OCR_REPAIRED(Stage.PDF, Finding.WARNING,
            "扫描件中的 OCR 混淆已按图像修正",
            "an OCR confusion in a scan repaired from the image"),
    OCR_REREAD(Stage.PDF, Finding.INFO,
            "单元格已按其图像重新识别（两次读数均列出）",
            "a cell re-read from its image (both readings given)"),
    OCR_TEXT_LAYER(Stage.PDF, Finding.INFO,
            "数值取自扫描件自带的 OCR 文字层",
            "values taken from a scan's own OCR text layer"),
    OCR_FAILED(Stage.PDF, Finding.WARNING,
            "OCR 引擎无法识别某页图像",
            "the OCR engine failed on a page"),
    SCAN_PAGE_TURNED(Stage.PDF, Finding.INFO,
            "扫描页方向倒置或侧置，已转正后读取（附置信度）",
            "a scanned page lay turned (90/180/270°) and was read turned upright, with the confidence"),
    SCAN_ORIENTATION_UNSURE(Stage.PDF, Finding.WARNING,
            "扫描页的方向依据不足，按其转正（或未转动）的读取结果不确定",
            "which way up a scanned page stands was told on weak evidence (whether it was turned or read as it stood): check that it was read the right way up"),
    SCAN_PAGE_SKIPPED(Stage.PDF, Finding.WARNING,
            "扫描页含表格但没有本表的标签，读作附件被跳过；若它属于本表（方向或字迹读错），其中的行缺失",
            "a scanned page read while the form was open holds a table but none of the form's labels and was skipped as an attachment: if it is the form's, read wrongly (turned, degraded), its rows are missing"),
    PAGE_UNREADABLE(Stage.PDF, Finding.ERROR,
            "表格的一页无法读取（超出限制、无法解码、OCR 失败或读取超时被停止），表格其余各页已读出，该页内容缺失",
            "a page of the form could not be read (over a cap, undecodable, the OCR failed, or the reading was stopped there out of time): the rest of the form was read, what stood on that page is missing"),
    FORM_TITLE_MISSING(Stage.PDF, Finding.WARNING,
            "合订本中一页没有可读的标题行（或其标题读错成另一张表的表名），按其表头标签识别为新表格的首页",
            "a page of a bundle without a readable title line (or whose title was misread into another table's heading) was taken as a form's first page from its head labels"),
    SCAN_FRAME_CUT(Stage.PDF, Finding.WARNING,
            "表格超出扫描图像边缘，边框已在边缘处补齐，边缘外的内容缺失",
            "the table runs off the scanned image: its frame was closed at the edge and what stood beyond it is lost"),
    SCAN_HANDWRITING_SKIPPED(Stage.PDF, Finding.INFO,
            "扫描页上手写的字迹（彩色笔写的批注、签名的笔画）不是印刷的表格内容，未读入；所读出的文字附后",
            "handwriting on a scanned page (a note in coloured pen, a signature's scribble) is no print of the form and was left out; what OCR read there is given"),
    SCAN_ROWS_LOST(Stage.PDF, Finding.WARNING,
            "扫描页上找到了表格的列线但没有行线（1 位黑白复印件或印得太淡），几行的单元格可能被读成一个；按文字行间空白重建的行可能把一个单元格中隔空行的段落读成两行，请核对",
            "the scan shows the table's column rulings but not its row rulings (a 1-bit copy or a faint print): cells of several rows may have been read as one; check them. Where the rows were rebuilt from the blank bands between text lines, a cell's paragraphs set a blank line apart may have been read as two rows"),

    // checking the form (validate)
    BUDGET_ITEMS_SUM_MISMATCH(Stage.VALIDATE, Finding.WARNING,
            "预算明细合计与项目当年预算不符（expected = 当年预算，actual = 合计）",
            "the items do not add up to the current-year budget (expected = budget, actual = sum)"),
    BUDGET_ITEM_AMOUNT_MISSING(Stage.VALIDATE, Finding.INFO,
            "预算明细缺少金额（因此未核对合计）",
            "a budget item without an amount (the sum is then not checked)"),
    CURRENT_YEAR_EXCEEDS_TOTAL(Stage.VALIDATE, Finding.WARNING,
            "项目当年预算大于项目总预算",
            "the current-year budget exceeds the total budget"),
    PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET(Stage.VALIDATE, Finding.WARNING,
            "同名项目上年预算执行数大于上年预算额（跨年度：大于上一年度填报的当年预算）",
            "the prior year's executed amount exceeds its budget (across years: the budget the previous year filed)"),
    PRIOR_YEAR_EXECUTION_BELOW_TARGET(Stage.VALIDATE, Finding.WARNING,
            "上年执行数 ÷ 上年预算额低于本表自己的预算执行率目标",
            "prior-year executed ÷ prior-year budget is below the form's own budget-execution-rate target"),
    CHOICE_NONE_SELECTED(Stage.VALIDATE, Finding.WARNING,
            "选择项没有勾选任何选项",
            "no option ticked"),
    CHOICE_MULTIPLE(Stage.VALIDATE, Finding.WARNING,
            "选择项勾选了多个选项",
            "several options ticked"),
    PERSON_NAME_HAS_DIGITS(Stage.VALIDATE, Finding.WARNING,
            "人名中有数字（读入了电话号码或笔迹？）",
            "a person's name holds digits (a telephone number or a pen stroke read into it?)"),
    PERIOD_END_BEFORE_START(Stage.VALIDATE, Finding.ERROR,
            "结束时间早于开始时间",
            "the period ends before it starts"),
    PERIOD_OUTSIDE_YEAR(Stage.VALIDATE, Finding.INFO,
            "项目期间与申报年度不相交",
            "the period does not touch the form's year"),

    // across filings and years (audit)
    PRIOR_YEAR_BUDGET_MISMATCH(Stage.AUDIT, Finding.WARNING,
            "本年填报的同名项目上年预算额与上一年度填报的项目当年预算不一致",
            "year N's prior-year budget differs from the current-year budget year N−1 filed"),
    EXECUTION_BELOW_DECLARED_TARGET(Stage.AUDIT, Finding.WARNING,
            "上一年度申报的预算执行率目标未达到（按本年报告的上年执行数计算）",
            "the budget-execution-rate target year N−1 declared was missed by the execution year N reports"),
    TARGET_LOWERED(Stage.AUDIT, Finding.WARNING,
            "同一指标的目标值较上一年度放宽",
            "an indicator's target made more lenient than the year before"),
    TARGET_RAISED(Stage.AUDIT, Finding.INFO,
            "同一指标的目标值较上一年度提高",
            "an indicator's target made stricter than the year before"),
    INDICATOR_DROPPED(Stage.AUDIT, Finding.WARNING,
            "上一年度的指标本年未再申报",
            "an indicator of year N−1 not filed again in year N"),
    INDICATOR_ADDED(Stage.AUDIT, Finding.INFO,
            "本年新增的指标",
            "an indicator new in year N"),
    BUDGET_CHANGE(Stage.AUDIT, Finding.INFO,
            "项目当年预算或某项预算明细较上一年度变动达到阈值（--budget-change，默认 20%）",
            "the current-year budget or a budget item changed by at least --budget-change percent (default 20)"),
    DUPLICATE_FILING(Stage.AUDIT, Finding.WARNING,
            "同一项目同一年度申报了多份",
            "a project filed more than once in one year"),
    YEAR_UNKNOWN(Stage.AUDIT, Finding.WARNING,
            "申报年度无法识别，未参与跨年度比对",
            "a filing whose year is unknown, left out of the comparisons across years");

    /** Where a code comes from. */
    public enum Stage {
        PARSE("parse", "读表", "reading the form"),
        PDF("pdf", "读文件", "reading the file"),
        VALIDATE("validate", "核对本表", "checking the form"),
        AUDIT("audit", "跨年度审计", "across filings and years");

        private final String packageName;
        private final String zh;
        private final String en;

        Stage(String packageName, String zh, String en) {
            this.packageName = packageName;
            this.zh = zh;
            this.en = en;
        }

        public String packageName() {
            return packageName;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    private final Stage stage;
    private final String severity;
    private final String zh;
    private final String en;

    FindingCode(Stage stage, String severity, String zh, String en) {
        this.stage = stage;
        this.severity = severity;
        this.zh = zh;
        this.en = en;
    }

    public Stage stage() {
        return stage;
    }

    /** {@link Finding#ERROR}, {@link Finding#WARNING} or {@link Finding#INFO}; a site may use another when it says why. */
    public String defaultSeverity() {
        return severity;
    }

    /** One line in Chinese. */
    public String zh() {
        return zh;
    }

    /** One line in English. */
    public String en() {
        return en;
    }

    /** The code named {@code code}, if it is one. */
    public static Optional<FindingCode> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (FindingCode c : values()) {
            if (c.name().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
