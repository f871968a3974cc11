package perfdecl.model;

/**
 * Where a value stood: 1-based page and a rectangle in PDF points, origin at the top-left of the page.
 * A value a person corrected (or confirmed) in review also says so: {@code corrected} is {@code true}, with the
 * value {@code before} and {@code after} the correction, its {@code reviewer} and the ISO time {@code at}; those
 * four are {@code null} for a value as extracted. A corrected value of text input, which has no position, has
 * page 0 and an empty rectangle.
 *
 * @param confidence 0–1 for values read from a scan, {@code null} for born-digital text
 */
public record Provenance(int page, double x, double y, double width, double height, Double confidence,
                         Boolean corrected, Object before, Object after, String reviewer, String at) {

    /** A value as extracted. */
    public Provenance(int page, double x, double y, double width, double height, Double confidence) {
        this(page, x, y, width, height, confidence, null, null, null, null, null);
    }

    /** This position, saying that a person changed the value here from {@code before} to {@code after}. */
    public Provenance correctedBy(Object before, Object after, String reviewer, String at) {
        return new Provenance(page, x, y, width, height, confidence, Boolean.TRUE, before, after, reviewer, at);
    }
}
