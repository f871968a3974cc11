package perfdecl.model;

import java.util.List;

/**
 * One project as filed over the years: the declarations judged to be the same project of the same unit.
 * The lists {@code years}, {@code files}, {@code declarations} and {@code names} run in parallel, one entry
 * per filing, ordered by year; a year occurs twice when the project was filed twice that year.
 *
 * @param key            stable key: normalised unit name + "/" + normalised project name of the earliest filing
 * @param unit           unit name as filed in the earliest filing
 * @param projectName    project name as filed in the earliest filing
 * @param names          project name as filed in each filing, so a person can confirm the link
 * @param similarity     lowest name similarity (0–1, edit distance on normalised names) between any two filings;
 *                       1.0 for a single filing or names equal after normalisation
 * @param unitSimilarity lowest similarity between the normalised unit names of any two filings
 */
public record ProjectLink(
        String key,
        String unit,
        String projectName,
        List<Integer> years,
        List<String> files,
        List<String> declarations,
        List<String> names,
        double similarity,
        double unitSimilarity) {

    public ProjectLink {
        years = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(years));
        files = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(files));
        declarations = List.copyOf(declarations);
        names = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(names));
    }
}
