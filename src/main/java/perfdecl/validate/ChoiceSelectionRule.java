package perfdecl.validate;

import perfdecl.model.ChoiceGroup;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * CHOICE_NONE_SELECTED or CHOICE_MULTIPLE (warnings) for 项目类型 and 资金用途, which take exactly one tick each;
 * {@code actual} lists the labels ticked. An ambiguous group is reported by the parser, which saw the marks.
 */
public final class ChoiceSelectionRule implements Rule {

    public static final String CHOICE_NONE_SELECTED = "CHOICE_NONE_SELECTED";
    public static final String CHOICE_MULTIPLE = "CHOICE_MULTIPLE";

    @Override
    public List<Finding> check(Declaration d) {
        List<Finding> findings = new ArrayList<>();
        check("projectType", "项目类型", d.projectType(), findings);
        check("fundUse", "资金用途", d.fundUse(), findings);
        return findings;
    }

    private static void check(String field, String label, ChoiceGroup group, List<Finding> findings) {
        if (group == null) {
            return;
        }
        if (ChoiceGroup.NONE.equals(group.status())) {
            findings.add(new Finding(CHOICE_NONE_SELECTED, Finding.WARNING, field,
                    label + " (" + field + ") has none of its " + group.options().size() + " options ticked.",
                    ChoiceGroup.ONE, group.selected()));
        } else if (ChoiceGroup.MULTIPLE.equals(group.status())) {
            findings.add(new Finding(CHOICE_MULTIPLE, Finding.WARNING, field,
                    label + " (" + field + ") has " + group.selected().size() + " options ticked where one is expected: "
                            + String.join("; ", group.selected()) + ".",
                    ChoiceGroup.ONE, group.selected()));
        }
    }
}
