package perfdecl.validate;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * PERSON_NAME_HAS_DIGITS (warning) when 项目负责人 or 联系人 holds a digit. A name is written without one; on a scan
 * the digits are most often the start of the telephone number beside it, read on into the name where a signature
 * garbled the 联系电话 label ("陈晓东253"), so the phone may be short of them too. The value is left as read.
 */
public final class PersonNameRule implements Rule {

    public static final String PERSON_NAME_HAS_DIGITS = "PERSON_NAME_HAS_DIGITS";

    @Override
    public List<Finding> check(Declaration d) {
        List<Finding> findings = new ArrayList<>();
        check("projectLead", "项目负责人", d.projectLead(), findings);
        check("contactPerson", "联系人", d.contactPerson(), findings);
        return findings;
    }

    private static void check(String field, String label, String name, List<Finding> findings) {
        if (name != null && name.chars().anyMatch(Character::isDigit)) {
            findings.add(new Finding(PERSON_NAME_HAS_DIGITS, Finding.WARNING, field,
                    label + " (" + field + ") \"" + name + "\" holds digits, which no name has: check it and "
                            + "联系电话 (contactPhone) against the page.",
                    null, name));
        }
    }
}
