package perfdecl.model;

import java.util.List;

/**
 * How one form of an input came out.
 *
 * @param form   0-based position of the form in its file
 * @param id     the declaration's id, {@code null} for a form that could not be read at all
 * @param pages  first and last page (1-based), {@code null} for text input
 * @param status {@link #OK}, {@link #INCOMPLETE} (extracted, but a page of it failed) or {@link #FAILED}
 * @param reason one line saying what is missing, {@code null} when ok
 */
public record FormStatus(int form, String id, List<Integer> pages, String status, String reason) {

    public static final String OK = "ok";
    public static final String INCOMPLETE = "incomplete";
    public static final String FAILED = "failed";

    public FormStatus {
        pages = pages == null ? null : List.copyOf(pages);
    }
}
