package perfdecl.model;

import java.util.List;

/**
 * The outcome for one input file of a run.
 *
 * @param status       {@code ok}, {@code partial} (some forms extracted and written, others or some pages failed),
 *                     {@code failed} or {@code skipped}
 * @param reason       one line saying why it failed, was skipped or is partial, {@code null} when ok
 * @param pages        page count, {@code null} for text input or when unreadable
 * @param pagesFailed  pages that could not be read, with why (a cap, a decoding error, the OCR, the time)
 * @param pagesSkipped pages read but part of no form: blank, separator sheets, attachments
 * @param formStatus   each form found, in file order, with its status
 */
public record InputReport(String file, String sha256, String status, String reason, int forms, Integer pages, long ms,
                          List<PageIssue> pagesFailed, List<PageIssue> pagesSkipped, List<FormStatus> formStatus) {

    public static final String OK = "ok";
    public static final String PARTIAL = "partial";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    public InputReport {
        pagesFailed = pagesFailed == null ? List.of() : List.copyOf(pagesFailed);
        pagesSkipped = pagesSkipped == null ? List.of() : List.copyOf(pagesSkipped);
        formStatus = formStatus == null ? List.of() : List.copyOf(formStatus);
    }

    /** An outcome without page or form detail (failed or skipped as a whole, or a text input). */
    public InputReport(String file, String sha256, String status, String reason, int forms, Integer pages, long ms) {
        this(file, sha256, status, reason, forms, pages, ms, List.of(), List.of(), List.of());
    }

    /** Whether the input's forms were extracted and written (every one, or some of them). */
    public boolean extracted() {
        return OK.equals(status) || PARTIAL.equals(status);
    }
}
