package perfdecl.model;

import java.util.List;
import java.util.Map;

/**
 * One filed performance-target declaration form, field for field as the output contract
 * ({@code docs/output-contract.md}) names it. Blank form fields are {@code null}; money is whole yuan.
 *
 * @param provenance field path (for example {@code budget.total}, {@code indicators[3].target}) to
 *                   where on the page the value was read; empty for text input. An extension of the contract.
 */
public record Declaration(
        String schemaVersion,
        String id,
        Source source,
        String title,
        Integer year,
        Unit unit,
        String projectName,
        String projectLead,
        String contactPerson,
        String contactPhone,
        ChoiceGroup projectType,
        ChoiceGroup fundUse,
        Period period,
        Texts texts,
        Budget budget,
        List<Indicator> indicators,
        List<Finding> findings,
        Map<String, Provenance> provenance) {

    public static final String SCHEMA_VERSION = "1.0";
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

    /** The same declaration with {@code extra} findings appended after its own. */
    public Declaration withFindings(List<Finding> extra) {
        var all = new java.util.ArrayList<>(findings);
        all.addAll(extra);
        return new Declaration(schemaVersion, id, source, title, year, unit, projectName, projectLead,
                contactPerson, contactPhone, projectType, fundUse, period, texts, budget, indicators, all, provenance);
    }
}
