package perfdecl.model;

/**
 * One line of a review's {@code corrections.jsonl}: what a person did to one field of one form.
 *
 * @param id           the declaration's {@code id}
 * @param field        the field path, as {@code provenance} and findings name it ({@code budget.items[3].amount},
 *                     {@code projectType}, {@code indicators[5].target}); {@code null} for {@link #REVIEWED}
 * @param before       the value as it stood when the person saw it (JSON: number, text, {@code null})
 * @param after        the value the person gave: an amount as a whole number of yuan, a choice as the label of the
 *                     selected option, a target or a text as text
 * @param reviewer     who made it
 * @param at           ISO-8601 instant
 * @param sourceSha256 SHA-256 of the form's source file when the person saw it
 * @param file         the source's file name, so that a correction whose source changed can be reported by name
 * @param kind         {@link #CORRECT} (also when absent), {@link #ACCEPT}, {@link #UNDO} or {@link #REVIEWED}
 */
public record Correction(String id, String field, Object before, Object after, String reviewer, String at,
                         String sourceSha256, String file, String kind) {

    /** The field's value is replaced by {@code after}. */
    public static final String CORRECT = "correct";
    /** The value as extracted is confirmed: the findings on the field are answered, nothing changes. */
    public static final String ACCEPT = "accept";
    /** Withdraws the latest correction or acceptance of the field still in force. */
    public static final String UNDO = "undo";
    /** The whole form was looked at. */
    public static final String REVIEWED = "reviewed";

    /** {@link #kind}, {@link #CORRECT} when absent. */
    public String kindOrDefault() {
        return kind == null ? CORRECT : kind;
    }
}
