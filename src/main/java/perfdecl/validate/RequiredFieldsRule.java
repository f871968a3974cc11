package perfdecl.validate;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FIELD_MISSING (error) for each field the declaration's form generation requires and the declaration lacks — of
 * the 2019 form: 申报单位名称, 项目名称, 开始时间, 结束时间, 项目当年预算 and the 分解目标 table; the national
 * 项目支出绩效目标表 prints no period, so it requires none. The required fields of each generation are its template's
 * ({@code required}); a form of no known generation is held to the 2019 form's.
 * For a date that was filed but could not be read, {@code actual} is the text as filed.
 */
public final class RequiredFieldsRule implements Rule {

    public static final String FIELD_MISSING = "FIELD_MISSING";

    /** The 2019 form's required fields, in the order they are reported. */
    static final List<String> SH_2019 = List.of("unit", "projectName", "period.start", "period.end",
            "budget.currentYear", "indicators");

    private final Map<String, List<String>> requiredByTemplate;

    /** A rule that holds every form to the 2019 form's required fields. */
    public RequiredFieldsRule() {
        this(Map.of());
    }

    public RequiredFieldsRule(Map<String, List<String>> requiredByTemplate) {
        this.requiredByTemplate = Map.copyOf(requiredByTemplate);
    }

    @Override
    public List<Finding> check(Declaration d) {
        List<String> required = d.template() == null ? SH_2019
                : requiredByTemplate.getOrDefault(d.template(), SH_2019);
        List<Finding> findings = new ArrayList<>();
        for (String field : SH_2019.stream().filter(required::contains).toList()) {
            Finding f = check(d, field);
            if (f != null) {
                findings.add(f);
            }
        }
        return findings;
    }

    private static Finding check(Declaration d, String field) {
        return switch (field) {
            // later generations print a 主管部门 beside (or instead of) the 实施单位: either names the filer
            case "unit" -> (d.unit() == null || blank(d.unit().name())) && blank(d.department())
                    ? missing("unit.name", "申报单位名称", null) : null;
            case "projectName" -> blank(d.projectName()) ? missing("projectName", "项目名称", null) : null;
            case "period.start" -> d.period() == null || blank(d.period().start())
                    ? missing("period.start", "开始时间", d.period() == null ? null : d.period().startRaw()) : null;
            case "period.end" -> d.period() == null || blank(d.period().end())
                    ? missing("period.end", "结束时间", d.period() == null ? null : d.period().endRaw()) : null;
            case "budget.currentYear" -> d.budget() == null || d.budget().currentYear() == null
                    ? missing("budget.currentYear", "项目当年预算（元）", null) : null;
            case "indicators" -> d.indicators().isEmpty()
                    ? missing("indicators", "分解目标 (the indicator table)", null) : null;
            default -> null;
        };
    }

    private static Finding missing(String field, String label, String filed) {
        String message = filed == null || filed.isBlank()
                ? label + " (" + field + ") is missing."
                : label + " (" + field + ") could not be read from the filed text \"" + filed + "\".";
        return new Finding(FIELD_MISSING, Finding.ERROR, field, message, null, blank(filed) ? null : filed);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
