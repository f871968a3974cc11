package perfdecl.validate;

import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Declaration;
import perfdecl.model.Indicator;
import perfdecl.model.Period;
import perfdecl.model.Target;
import perfdecl.model.Texts;
import perfdecl.model.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds a complete, consistent declaration that each test changes in the one place it is about. */
final class DeclarationFixture {

    private static final List<String> PROJECT_TYPES =
            List.of("市委市政府已确定的新增项目", "结转项目", "其他一次性项目", "经常性专项业务费", "其他经常性项目");
    private static final List<String> FUND_USES =
            List.of("基本建设工程类", "信息化建设类", "政策补贴类", "政府购买服务", "资产购置类", "其他事业专业类");

    private Integer year = 2019;
    private Unit unit = new Unit("上海市某事业单位", false);
    private String projectName = "某专项经费";
    private String projectLead;
    private String contactPerson;
    private ChoiceGroup projectType = choice(PROJECT_TYPES, "经常性专项业务费");
    private ChoiceGroup fundUse = choice(FUND_USES, "政府购买服务");
    private Period period = new Period("2019-01-01", "2019-12-31", "2019-1-1", "2019-12-31");
    private Long total = 1000L;
    private Long currentYear = 1000L;
    private Long priorYearBudget = 900L;
    private Long priorYearExecuted = 900L;
    private List<Budget.Item> items = List.of(new Budget.Item("子项目一", 600L), new Budget.Item("子项目二", 400L));
    private final List<Indicator> indicators = new ArrayList<>();

    static DeclarationFixture declaration() {
        return new DeclarationFixture();
    }

    DeclarationFixture year(Integer year) {
        this.year = year;
        return this;
    }

    DeclarationFixture unitName(String name) {
        this.unit = name == null ? null : new Unit(name, false);
        return this;
    }

    DeclarationFixture projectName(String name) {
        this.projectName = name;
        return this;
    }

    DeclarationFixture people(String projectLead, String contactPerson) {
        this.projectLead = projectLead;
        this.contactPerson = contactPerson;
        return this;
    }

    DeclarationFixture projectTypeTicked(String... labels) {
        this.projectType = choice(PROJECT_TYPES, labels);
        return this;
    }

    DeclarationFixture fundUseTicked(String... labels) {
        this.fundUse = choice(FUND_USES, labels);
        return this;
    }

    DeclarationFixture period(String start, String end, String startRaw, String endRaw) {
        this.period = new Period(start, end, startRaw, endRaw);
        return this;
    }

    DeclarationFixture budget(Long total, Long currentYear) {
        this.total = total;
        this.currentYear = currentYear;
        return this;
    }

    DeclarationFixture priorYear(Long budget, Long executed) {
        this.priorYearBudget = budget;
        this.priorYearExecuted = executed;
        return this;
    }

    /** Items named 子项目1, 子项目2, … with these amounts; {@code null} is an unreadable amount. */
    DeclarationFixture items(Long... amounts) {
        List<Budget.Item> list = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            list.add(new Budget.Item("子项目" + (i + 1), amounts[i]));
        }
        this.items = list;
        return this;
    }

    DeclarationFixture indicator(String level2, String level3, String raw, String operator, String value, String unit) {
        indicators.add(new Indicator("投入和管理目标", level2, level3,
                new Target(raw, operator, value == null ? null : new BigDecimal(value), unit, null)));
        return this;
    }

    Declaration build() {
        return new Declaration(Declaration.SCHEMA_VERSION, "000000000000-0", null, Declaration.TITLE, year, unit,
                projectName, projectLead, contactPerson, null, projectType, fundUse, period,
                new Texts(null, null, null, null, null, null, null, null),
                new Budget(total, currentYear, priorYearBudget, priorYearExecuted, items),
                indicators, List.of(), Map.of());
    }

    private static ChoiceGroup choice(List<String> labels, String... ticked) {
        List<String> selected = Arrays.asList(ticked);
        List<ChoiceGroup.Option> options = labels.stream()
                .map(l -> new ChoiceGroup.Option(l, selected.contains(l)))
                .toList();
        String status = switch (selected.size()) {
            case 0 -> ChoiceGroup.NONE;
            case 1 -> ChoiceGroup.ONE;
            default -> ChoiceGroup.MULTIPLE;
        };
        return new ChoiceGroup(options, selected, status);
    }
}
