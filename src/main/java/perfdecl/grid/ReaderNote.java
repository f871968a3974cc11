package perfdecl.grid;

/**
 * A reader's remark about something it could not read cleanly; the parser turns it into a finding.
 *
 * @param code    upper-case code such as {@code GLYPH_UNMAPPED}
 * @param page    1-based page, 0 for text input
 * @param box     where, or {@code null}
 * @param message one human-readable line with the evidence
 */
public record ReaderNote(String code, int page, Box box, String message) {
}
