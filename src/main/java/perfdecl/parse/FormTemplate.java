package perfdecl.parse;

import java.util.List;
import java.util.Map;

/**
 * One generation of the declaration form, as data ({@code templates/<id>.json}): how its title reads, the labels it
 * prints for each field, its checkbox groups with their options, its indicator taxonomy and the unit of its amounts.
 *
 * @param id          recorded in the declaration as {@code template} (sh-2019, sh-2025, mof-2021)
 * @param titles      the title of this generation ends with (or contains) one of these, compared as label keys
 * @param titleEnding what a title line of this generation ends with ("绩效目标申报表", "绩效目标表")
 * @param signature   label keys that only this generation prints: they pick it when the title is not conclusive
 * @param amountUnit  "元" or "万元": the unit of an amount whose label and block header name none
 * @param required    the fields a form of this generation must fill (field paths; {@code unit} is 实施单位 or
 *                    主管部门), reported FIELD_MISSING when blank
 * @param labels      label key (a field path such as {@code budget.total}, see {@link Label#key()}) to its spellings,
 *                    the first canonical
 * @param choices     checkbox group field ({@code projectType}, {@code fundUse}) to its options in form order
 * @param indicators  the indicator taxonomy
 */
record FormTemplate(String id, String description, List<String> titles, String titleEnding, List<String> signature,
                    String amountUnit, List<String> required, Map<String, List<String>> labels, Map<String, List<String>> choices,
                    Taxonomy indicators) {

    /**
     * @param fold       two words that are interchangeable in level names (["指标", "目标"]: the first is read as the
     *                   second), or empty
     * @param level1     canonical level-1 name to its spellings
     * @param dimensions level-2 name to its level-1 parent
     */
    record Taxonomy(List<String> fold, Map<String, List<String>> level1, Map<String, String> dimensions) {
    }

    FormTemplate {
        choices = choices == null ? Map.of() : choices;
        signature = signature == null ? List.of() : signature;
        required = required == null ? List.of() : List.copyOf(required);
    }

    boolean inTenThousands() {
        return "万元".equals(amountUnit);
    }
}
