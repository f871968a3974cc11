package perfdecl.model;

/**
 * One audited declaration as the audit refers to it.
 *
 * @param declaration the declaration's id, unique within the audit: its own {@code id}, {@code form-<n>}
 *                    (n = 1-based input position) when it has none, with {@code ~2}, {@code ~3}… appended
 *                    when the same id was given more than once
 * @param project     key of the {@link ProjectLink} it belongs to
 */
public record FormRef(String declaration, Integer year, String unit, String projectName, String file, String project) {
}
