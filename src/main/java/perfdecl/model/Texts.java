package perfdecl.model;

/** The free-text fields of the form, each {@code null} when blank; paragraphs joined with "\n". */
public record Texts(
        String overview,
        String basis,
        String necessity,
        String safeguards,
        String implementationPlan,
        String overallGoal,
        String annualGoal,
        String remarks) {
}
