package perfdecl.correct;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A field path as {@code provenance} and findings name it, split into what a correction needs. */
record FieldPath(String head, Integer index, String tail) {

    private static final Pattern PATH = Pattern.compile("([A-Za-z.]+?)(?:\\[(\\d{1,6})])?(?:\\.([A-Za-z0-9]+))?");

    /** {@code budget.items[3].amount} → (budget.items, 3, amount); {@code budget.total} → (budget.total, null, null). */
    static FieldPath of(String path) {
        Matcher m = path == null ? null : PATH.matcher(path);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a field path: " + path);
        }
        if (m.group(2) == null) {
            return new FieldPath(path, null, null);
        }
        return new FieldPath(m.group(1), Integer.valueOf(m.group(2)), m.group(3));
    }

    /** The element's own path, {@code budget.items[3]}; the path itself when it has no index. */
    String element() {
        return index == null ? head : head + "[" + index + "]";
    }

    /**
     * Whether a finding on {@code findingField} is about the field a correction on {@code corrected} changed: the
     * same path, a part of it ({@code projectType.options[2]} for {@code projectType}), or the list element it
     * belongs to ({@code budget.items[3]} for {@code budget.items[3].amount}).
     */
    static boolean concerns(String findingField, String corrected) {
        if (findingField == null || corrected == null) {
            return false;
        }
        if (findingField.equals(corrected) || findingField.startsWith(corrected + ".")
                || findingField.startsWith(corrected + "[")) {
            return true;
        }
        return findingField.endsWith("]") && corrected.startsWith(findingField + ".");
    }
}
