package perfdecl.model;

/**
 * The outcome for one input file of a run.
 *
 * @param status {@code ok}, {@code failed} or {@code skipped}
 * @param reason one line saying why it failed or was skipped, {@code null} when ok
 * @param pages  page count, {@code null} for text input or when unreadable
 * @param skippedPages pages of a PDF that belong to no form (a budget disclosure's other tables and prose), read and
 *               left without findings; {@code null} for text input, a failed file or one not read in this run (an
 *               extension of the contract)
 */
public record InputReport(String file, String sha256, String status, String reason, int forms, Integer pages, long ms,
                          Integer skippedPages) {

    /** A report that says nothing of skipped pages. */
    public InputReport(String file, String sha256, String status, String reason, int forms, Integer pages, long ms) {
        this(file, sha256, status, reason, forms, pages, ms, null);
    }

    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";
}
