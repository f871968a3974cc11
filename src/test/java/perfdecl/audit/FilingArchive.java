package perfdecl.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Indicator;
import perfdecl.model.Period;
import perfdecl.model.Source;
import perfdecl.model.Target;
import perfdecl.model.Texts;
import perfdecl.model.Unit;

/**
 * A generated archive of filings as {@code extract} would have written them: units (district × office) filing
 * the same set of project names every year, budgets growing a little, the prior-year figures carried over
 * exactly and executed at 97 % against a declared 预算执行率 of ≥95 % — and, at known places, one planted
 * inconsistency per chosen project ({@link Kind}). {@link #planted()} lists the cross-year and link findings the
 * audit must report, and only those: every project name recurs in every unit, so a finding that crossed units,
 * or linked two projects of one unit, would show up as one more. Each form also carries 0–10 findings of its own
 * (5 on average, as extraction reports them, in the producers' message formats) so that the report is measured at
 * a realistic size; the audit carries them over unchanged.
 */
public final class FilingArchive {

    /** What was planted, in the year it shows. */
    public enum Kind {
        PRIOR_YEAR_BUDGET_MISMATCH, PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET, EXECUTION_BELOW_DECLARED_TARGET,
        TARGET_LOWERED, INDICATOR_DROPPED, INDICATOR_ADDED, BUDGET_CHANGE, DUPLICATE_FILING
    }

    /** A finding the audit must report: its code, the project's unit and name, and the years it concerns. */
    public record Expected(String code, String unit, String projectName, List<Integer> years) {
    }

    // No two districts (nor offices) one character apart: the audit joins units at 0.9 name similarity.
    static final List<String> DISTRICTS = List.of("黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "闵行区",
            "宝山区", "嘉定区", "浦东新区", "松江区", "奉贤区", "崇明区");
    static final List<String> OFFICES = List.of("教育局", "卫生健康委员会", "民族和宗教事务委员会", "财政局",
            "人力资源和社会保障局", "文化和旅游局", "生态环境局", "建设和管理委员会", "交通委员会", "市场监督管理局",
            "城市管理行政执法局", "绿化和市容管理局", "退役军人事务局", "应急管理局", "科学技术委员会", "商务委员会",
            "统计局", "机关事务管理局", "司法局", "房屋管理局", "规划和自然资源局", "档案局", "医疗保障局", "水务局");
    static final List<String> PROJECTS = List.of("学校安全保卫服务经费", "社区卫生服务中心设备购置", "老年人健康体检项目",
            "信息化系统运行维护费", "公共文化场馆免费开放补助", "河道保洁养护专项", "职业技能培训补贴资金",
            "政务热线运营服务费", "应急物资储备项目");
    private static final int FIRST_YEAR = 2019;

    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Expected> planted = new ArrayList<>();

    /**
     * @param units    how many units (at most 13 × 24 = 312), each filing {@code projects} projects
     * @param projects projects per unit (at most 9)
     * @param years    consecutive years from 2019 (at least 2)
     */
    public FilingArchive(int units, int projects, int years) {
        if (units > DISTRICTS.size() * OFFICES.size() || projects > PROJECTS.size() || years < 2) {
            throw new IllegalArgumentException("at most 312 units, 9 projects, at least 2 years");
        }
        for (int u = 0; u < units; u++) {
            String unit = "上海市" + DISTRICTS.get(u % DISTRICTS.size()) + OFFICES.get(u / DISTRICTS.size());
            for (int p = 0; p < projects; p++) {
                project(u, unit, p, years);
            }
        }
    }

    /** Every form: 312 units × 9 projects × 4 years and the duplicates is 10,000 and more. */
    public static FilingArchive full() {
        return new FilingArchive(312, 9, 4);
    }

    public List<Declaration> declarations() {
        return declarations;
    }

    public List<Expected> planted() {
        return planted;
    }

    /** Which inconsistency (if any) a project carries, and from which year index: fixed by its position. */
    static Kind kindOf(int unit, int project) {
        int k = Math.floorMod(unit * 9 + project * 5, 23);
        return k < Kind.values().length ? Kind.values()[k] : null;
    }

    private void project(int u, String unit, int p, int years) {
        String name = PROJECTS.get(p);
        Kind kind = kindOf(u, p);
        int at = 1 + (u + p) % (years - 1);
        long base = 1_000_000L + 10_000L * ((u * 31 + p * 17) % 400);
        long previousCurrent = 0;
        for (int k = 0; k < years; k++) {
            int year = FIRST_YEAR + k;
            boolean from = kind != null && k >= at;
            boolean now = kind != null && k == at;
            long current = round(base * Math.pow(1.05, k) * (from && kind == Kind.BUDGET_CHANGE ? 1.5 : 1));
            long priorBudget = k == 0 ? round(base * 0.95) : previousCurrent;
            long executed = priorBudget * 97 / 100;
            if (now && kind == Kind.PRIOR_YEAR_BUDGET_MISMATCH) {
                priorBudget += 12_345;
            } else if (now && kind == Kind.PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET) {
                executed = priorBudget + 1_000;
            } else if (now && kind == Kind.EXECUTION_BELOW_DECLARED_TARGET) {
                executed = priorBudget * 80 / 100;
            }
            long item1 = round(current * 0.6);
            Budget budget = new Budget(current * 3, current, priorBudget, executed,
                    List.of(new Budget.Item("人员经费", item1), new Budget.Item("设备及服务采购", current - item1)));
            List<Indicator> indicators = indicators(from ? kind : null);
            String id = String.format("g%03d%d%d", u, p, k) + "00000-0";
            String file = String.format("unit-%03d/%s-%d.pdf", u, name, year);
            declarations.add(declaration(id, file, year, unit, name, budget, indicators, ownFindings(u * 7 + p * 3 + k)));
            if (now) {
                if (kind == Kind.DUPLICATE_FILING) {
                    declarations.add(declaration(String.format("g%03d%d%d", u, p, k) + "00001-0",
                            String.format("unit-%03d/%s-%d-resubmitted.pdf", u, name, year), year, unit, name, budget,
                            indicators, List.of()));
                    planted.add(new Expected(kind.name(), unit, name, List.of(year, year)));
                } else if (kind == Kind.BUDGET_CHANGE) {
                    for (int i = 0; i < 3; i++) { // the budget and both of its items
                        planted.add(new Expected(kind.name(), unit, name, List.of(year - 1, year)));
                    }
                } else {
                    planted.add(new Expected(kind.name(), unit, name, List.of(year - 1, year)));
                }
            }
            previousCurrent = current;
        }
    }

    /** What extraction typically reports about a form, in its own words: {@code seed % 11} of them. */
    static List<Finding> ownFindings(int seed) {
        List<Finding> pool = List.of(
                new Finding("DIMENSION_WITHOUT_INDICATOR", Finding.WARNING, "indicators",
                        "二级指标 \"经济效益指标\" under 效益目标 is left without any indicator", "at least one indicator", "经济效益指标"),
                new Finding("CHOICE_OPTION_WITHOUT_MARK", Finding.INFO, "fundUse.options[2]",
                        "option \"设备购置\" is printed without a checkbox", "a checkbox", null),
                new Finding("LEVEL1_REASSIGNED", Finding.INFO, "indicators[3].level1",
                        "二级指标 \"社会效益指标\" belongs under 效益目标 but was filed under 产出目标 (a table continued across a "
                                + "page); put under 效益目标", "效益目标", "产出目标"),
                new Finding("LABEL_FUZZY_MATCH", Finding.INFO, "form", "label \"项目当年预笲\" read as 项目当年预算",
                        "项目当年预算", "项目当年预笲"),
                new Finding("ROW_UNRECOGNISED", Finding.INFO, "form", "a row with no known label was ignored",
                        null, "附件：项目实施方案"),
                new Finding("VALUE_UNCERTAIN", Finding.WARNING, "budget.items[1].amount",
                        "read from a scan with confidence 0.41; check it against page 2", null, "1,486,8OO"));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < seed % 11; i++) {
            findings.add(pool.get((seed + i) % pool.size()));
        }
        return findings;
    }

    private static long round(double yuan) {
        return Math.round(yuan / 100) * 100;
    }

    private static List<Indicator> indicators(Kind kind) {
        List<Indicator> list = new ArrayList<>();
        list.add(indicator("产出目标", "数量指标", "服务覆盖人次", "≥5000人次", "≥", "5000", "人次"));
        list.add(kind == Kind.TARGET_LOWERED
                ? indicator("产出目标", "质量指标", "服务合格率", "≥90%", "≥", "90", "%")
                : indicator("产出目标", "质量指标", "服务合格率", "≥98%", "≥", "98", "%"));
        if (kind != Kind.INDICATOR_DROPPED) {
            list.add(indicator("产出目标", "时效指标", "按时完成率", "=100%", "=", "100", "%"));
        }
        if (kind == Kind.INDICATOR_ADDED) {
            list.add(indicator("产出目标", "成本指标", "人均服务成本", "≤200元", "≤", "200", "元"));
        }
        list.add(indicator("效益目标", "社会效益指标", "群众满意度", "≥90%", "≥", "90", "%"));
        list.add(new Indicator("效益目标", "可持续影响指标", "长效管理机制", new Target("健全", null, null, null, "健全")));
        list.add(indicator("投入和管理目标", "资金投入", "预算执行率", "≥95%", "≥", "95", "%"));
        return list;
    }

    private static Indicator indicator(String l1, String l2, String l3, String raw, String op, String value, String unit) {
        return new Indicator(l1, l2, l3, new Target(raw, op, new BigDecimal(value), unit, null));
    }

    private static Declaration declaration(String id, String file, int year, String unit, String name, Budget budget,
                                           List<Indicator> indicators, List<Finding> findings) {
        ChoiceGroup type = new ChoiceGroup(List.of(new ChoiceGroup.Option("经常性专项业务费", true),
                new ChoiceGroup.Option("一次性项目", false)), List.of("经常性专项业务费"), ChoiceGroup.ONE);
        return new Declaration("1.0", Objects.requireNonNull(id), new Source(file, null, 0, null, "ocr-text"),
                "上海市财政支出项目绩效目标申报表", year, new Unit(unit, true), name, "张明", "李华", "63210000",
                type, type, new Period(year + "-01-01", year + "-12-31", year + "年1月", year + "年12月"),
                new Texts(null, null, null, null, null, null, null, null), budget, indicators, findings, null);
    }
}
