package perfdecl.model;

/**
 * The outcome for one input file of a run.
 *
 * @param status {@code ok}, {@code failed} or {@code skipped}
 * @param reason one line saying why it failed or was skipped, {@code null} when ok
 * @param pages  page count, {@code null} for text input or when unreadable
 */
public record InputReport(String file, String sha256, String status, String reason, int forms, Integer pages, long ms) {

    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";
}
