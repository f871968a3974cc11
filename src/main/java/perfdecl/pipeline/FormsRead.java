package perfdecl.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import perfdecl.grid.FormGrid;
import perfdecl.grid.ReadListener;
import perfdecl.grid.SourceDocument;
import perfdecl.model.Declaration;
import perfdecl.model.FormStatus;
import perfdecl.model.InputReport;
import perfdecl.model.PageIssue;
import perfdecl.model.Source;
import perfdecl.parse.DeclarationParser;
import perfdecl.validate.Validator;

/**
 * One input's forms as its reader hands them over: each parsed and checked at once and passed on, with every
 * page that failed or was skipped and every form's status kept for the input's report. A form the parser fails on
 * is that form's failure, not the file's. Used by the reading thread only.
 */
final class FormsRead implements ReadListener {

    /** The reader's note on a form that lost a page. */
    static final String PAGE_UNREADABLE = "PAGE_UNREADABLE";

    private final String name;
    private final String sha;
    private final DeclarationParser parser;
    private final Validator validator;
    private final ExtractionEvents events;
    private String inputKind;
    private Integer pages;
    private int pagesDone;
    private int declarations;
    private final Map<Integer, String> failedPages = new TreeMap<>();
    private final Map<Integer, String> skippedPages = new TreeMap<>();
    private final List<FormStatus> forms = new ArrayList<>();

    /** What a resumed read starts from (null: page 1). */
    private final Checkpoint from;

    /**
     * @param from where an earlier run's reading of this file stopped ({@link Checkpoint}): its forms and pages
     *             count as told already; null for a read from page 1
     */
    FormsRead(String name, String sha, DeclarationParser parser, Validator validator, ExtractionEvents events,
              Checkpoint from) {
        this.from = from;
        if (from != null) {
            forms.addAll(from.forms());
            declarations = from.declarations();
        }
        this.name = name;
        this.sha = sha;
        this.parser = parser;
        this.validator = validator;
        this.events = events;
    }

    @Override
    public void started(String kind, Integer pageCount) {
        // a reader that starts over (a text layer found useless, read again by OCR) has told nothing that counts
        inputKind = kind;
        pages = pageCount;
        failedPages.clear();
        skippedPages.clear();
        if (from != null) {
            from.failed().forEach(p -> failedPages.put(p.page(), p.reason()));
            from.skipped().forEach(p -> skippedPages.put(p.page(), p.reason()));
        }
        pagesDone = 0;
        events.progress(0, pages, declarations);
    }

    @Override
    public void pageCount(int pageCount) {
        pages = pageCount;
        events.progress(0, pages, declarations);
    }

    @Override
    public void alive() {
        events.alive();
    }

    @Override
    public void pageDone(int page) {
        pagesDone = Math.max(pagesDone, page);
        events.progress(pagesDone, pages, declarations);
    }

    @Override
    public void pageFailed(int page, String reason) {
        failedPages.put(page, oneLine(reason));
    }

    @Override
    public void pageSkipped(int page, String why) {
        skippedPages.put(page, why);
    }

    @Override
    public void form(FormGrid form) {
        List<Integer> range = form.firstPage() == null ? null : List.of(form.firstPage(), form.lastPage());
        List<String> lost = form.notes().stream().filter(n -> PAGE_UNREADABLE.equals(n.code()))
                .map(n -> "page " + n.page() + " could not be read").toList();
        try {
            Declaration d = parser.parse(form, new Source(name, sha, form.formIndex(), range, inputKind));
            d = d.withFindings(validator.validate(d));
            FormStatus status = new FormStatus(form.formIndex(), d.id(), range,
                    lost.isEmpty() ? FormStatus.OK : FormStatus.INCOMPLETE, lost.isEmpty() ? null : String.join("; ", lost));
            forms.add(status);
            declarations++;
            events.declaration(d, status);
        } catch (RuntimeException | StackOverflowError e) {
            forms.add(new FormStatus(form.formIndex(), null, range, FormStatus.FAILED, oneLine("extraction failed: " + e)));
        }
        // a form that may go on past its last page read (its read was stopped there) is read again from its first
        // page when the file is resumed, not skipped with the pages it lacks
        boolean cut = form.lastPage() != null && form.notes().stream().anyMatch(n -> PAGE_UNREADABLE.equals(n.code())
                && n.page() > form.lastPage());
        if (SourceDocument.SCAN.equals(inputKind) && range != null && !cut) {
            // a scan's reading may go on from the page after this form (see PageRanges): what it has told so far
            int next = forms.stream().mapToInt(FormStatus::form).max().orElse(-1) + 1;
            events.checkpoint(new Checkpoint(form.lastPage() + 1, next, declarations, forms, issues(failedPages),
                    issues(skippedPages)));
        }
    }

    @Override
    public void formFailed(int formIndex, int firstPage, int lastPage, String reason) {
        forms.add(new FormStatus(formIndex, null, List.of(firstPage, lastPage), FormStatus.FAILED, oneLine(reason)));
    }

    /** The input's report once its reader is done: ok, partial, or failed when no form could be extracted. */
    InputReport report(Integer pageCount, long ms) {
        List<PageIssue> failed = issues(failedPages);
        List<PageIssue> skipped = issues(skippedPages);
        long lostForms = forms.stream().filter(f -> !FormStatus.OK.equals(f.status())).count();
        String status;
        String reason = null;
        if (declarations == 0) {
            status = InputReport.FAILED;
            reason = forms.isEmpty() ? "no form could be read" : "no form could be read: " + forms.get(0).reason();
        } else if (!failed.isEmpty() || lostForms > 0) {
            status = InputReport.PARTIAL;
            reason = partialReason(failed, lostForms);
        } else {
            status = InputReport.OK;
        }
        return new InputReport(name, sha, status, reason, declarations, pageCount, ms, failed, skipped, forms);
    }

    /** The report of an input whose extraction stopped at page {@code pageReached} ({@code why}: the time ran out). */
    static String partialReason(List<PageIssue> failed, long lostForms) {
        StringBuilder b = new StringBuilder();
        if (!failed.isEmpty()) {
            b.append(failed.size()).append(failed.size() == 1 ? " page" : " pages").append(" could not be read (page ")
                    .append(failed.get(0).page()).append(": ").append(failed.get(0).reason()).append(")");
        }
        if (lostForms > 0) {
            b.append(b.length() > 0 ? "; " : "").append(lostForms).append(lostForms == 1 ? " form" : " forms")
                    .append(" incomplete or failed");
        }
        return b.toString();
    }

    int pagesDone() {
        return pagesDone;
    }

    private static List<PageIssue> issues(Map<Integer, String> pages) {
        return pages.entrySet().stream().map(e -> new PageIssue(e.getKey(), e.getValue())).toList();
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }
}
