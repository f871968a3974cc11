package perfdecl.model;

/** The filing unit (申报单位); {@code sealed} when the name carried "（盖章）", which is removed from it. */
public record Unit(String name, boolean sealed) {
}
