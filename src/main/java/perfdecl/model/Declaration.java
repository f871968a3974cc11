package perfdecl.model;

import java.util.List;
import java.util.Map;

/**
 * One filed performance-target declaration form, field for field as the output contract
 * ({@code docs/output-contract.md}) names it. Blank form fields are {@code null}; money is whole yuan.
 *
 * @param template   the form generation it was read by ({@code sh-2019}, {@code sh-2025}, {@code mof-2021}), or
 *                   {@code null} when it matched none (an extension of the contract, as are the fields after it
 *                   that only later generations print)
 * @param department 主管部门 (the supervising department), on forms that print it
 * @param projectNature   项目性质 (阶段性项目, 经常性项目 …), on forms that print it
 * @param projectCategory 项目类别 (特定目标类 …), on forms that print it
 * @param provenance field path (for example {@code budget.total}, {@code indicators[3].target}) to
 *                   where on the page the value was read; empty for text input. An extension of the contract.
 */
public record Declaration(
        String schemaVersion,
        String template,
        String id,
        Source source,
        String title,
        Integer year,
        Unit unit,
        String department,
        String projectName,
        String projectLead,
        String contactPerson,
        String contactPhone,
        ChoiceGroup projectType,
        ChoiceGroup fundUse,
        String projectNature,
        String projectCategory,
        Period period,
        Texts texts,
        Budget budget,
        List<Indicator> indicators,
        List<Finding> findings,
        Map<String, Provenance> provenance) {

    /**
     * 1.1 added {@code template}, {@code department}, {@code projectNature}, {@code projectCategory} and budget fields;
     * 1.2 an indicator's {@code term}, {@code nature}, {@code direction} and {@code score}; 1.3
     * {@code budget.carryOver}.
     */
    public static final String SCHEMA_VERSION = "1.3";
    public static final String TITLE = "上海市财政支出项目绩效目标申报表";
    /** What every variant of the form title ends with (district and year editions vary the words before it). */
    public static final String TITLE_ENDING = "绩效目标申报表";
    /** A title line is short; body text that merely mentions the form is longer. */
    public static final int TITLE_MAX_LENGTH = 40;

    public Declaration {
        // JSON written by earlier versions or by hand may lack these: absent means none
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        findings = findings == null ? List.of() : List.copyOf(findings);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    /** A declaration of the 2019 form, which has no template-only fields; the template is {@code sh-2019}. */
    public Declaration(String schemaVersion, String id, Source source, String title, Integer year, Unit unit,
                       String projectName, String projectLead, String contactPerson, String contactPhone,
                       ChoiceGroup projectType, ChoiceGroup fundUse, Period period, Texts texts, Budget budget,
                       List<Indicator> indicators, List<Finding> findings, Map<String, Provenance> provenance) {
        this(schemaVersion, "sh-2019", id, source, title, year, unit, null, projectName, projectLead, contactPerson,
                contactPhone, projectType, fundUse, null, null, period, texts, budget, indicators, findings, provenance);
    }

    /** The same declaration with {@code extra} findings appended after its own. */
    public Declaration withFindings(List<Finding> extra) {
        var all = new java.util.ArrayList<>(findings);
        all.addAll(extra);
        return new Declaration(schemaVersion, template, id, source, title, year, unit, department, projectName,
                projectLead, contactPerson, contactPhone, projectType, fundUse, projectNature, projectCategory, period,
                texts, budget, indicators, all, provenance);
    }
}
