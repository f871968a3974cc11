package perfdecl.model;

/**
 * A page of an input that was not read into a form: one that failed (a cap it broke, content that could not be
 * decoded, an OCR engine that crashed on it, the time that ran out before it) or one left out on purpose (blank,
 * a separator sheet, an attachment that is no part of a form).
 *
 * @param page   1-based page number
 * @param reason one line saying why
 */
public record PageIssue(int page, String reason) {
}
