package perfdecl.model;

/**
 * Where a value stood: 1-based page and a rectangle in PDF points, origin at the top-left of the page.
 *
 * @param confidence 0–1 for values read from a scan, {@code null} for born-digital text
 */
public record Provenance(int page, double x, double y, double width, double height, Double confidence) {
}
