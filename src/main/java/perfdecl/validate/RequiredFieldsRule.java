package perfdecl.validate;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * FIELD_MISSING (error) for each of 申报单位名称, 项目名称, 开始时间, 结束时间, 项目当年预算 and the 分解目标 table the
 * declaration lacks;
 * for a date that was filed but could not be read, {@code actual} is the text as filed.
 */
public final class RequiredFieldsRule implements Rule {

    public static final String FIELD_MISSING = "FIELD_MISSING";

    @Override
    public List<Finding> check(Declaration d) {
        List<Finding> findings = new ArrayList<>();
        // later generations print a 主管部门 beside (or instead of) the 实施单位: either names the filer
        if ((d.unit() == null || blank(d.unit().name())) && blank(d.department())) {
            findings.add(missing("unit.name", "申报单位名称", null));
        }
        if (blank(d.projectName())) {
            findings.add(missing("projectName", "项目名称", null));
        }
        if (d.period() == null || blank(d.period().start())) {
            findings.add(missing("period.start", "开始时间", d.period() == null ? null : d.period().startRaw()));
        }
        if (d.period() == null || blank(d.period().end())) {
            findings.add(missing("period.end", "结束时间", d.period() == null ? null : d.period().endRaw()));
        }
        if (d.budget() == null || d.budget().currentYear() == null) {
            findings.add(missing("budget.currentYear", "项目当年预算（元）", null));
        }
        if (d.indicators().isEmpty()) {
            findings.add(missing("indicators", "分解目标 (the indicator table)", null));
        }
        return findings;
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
