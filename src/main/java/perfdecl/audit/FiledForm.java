package perfdecl.audit;

import java.util.List;
import perfdecl.model.Declaration;

/**
 * A declaration as the audit handles it: its unique audit id, input position and normalised names.
 *
 * @param ref the id findings and links use (see {@link perfdecl.model.FormRef#declaration()})
 */
record FiledForm(String ref, int index, Declaration declaration, String unitKey, String nameKey, List<String> numbers,
                 String departmentKey) {

    Integer year() {
        return declaration.year();
    }

    String file() {
        return declaration.source() == null ? null : declaration.source().file();
    }

    static FiledForm of(String ref, int index, Declaration declaration) {
        // later generations may name only the 主管部门: the project is linked by it then
        String unit = NameNormalizer.unit(declaration.unit() != null && declaration.unit().name() != null
                ? declaration.unit().name() : declaration.department());
        String name = NameNormalizer.project(declaration.projectName());
        String department = declaration.department() == null ? null : NameNormalizer.unit(declaration.department());
        return new FiledForm(ref, index, declaration, unit, name, NameNormalizer.distinguishingNumbers(name),
                unit.equals(department) ? null : department);
    }

    /** The same filing linked under its 主管部门 rather than its 实施单位. */
    FiledForm underDepartment() {
        return new FiledForm(ref, index, declaration, departmentKey, nameKey, numbers, null);
    }
}
