package perfdecl.pipeline;

import java.util.List;

import perfdecl.model.FormStatus;
import perfdecl.model.PageIssue;

/**
 * How far the reading of a long scan had got when its last form so far was handed over: enough to read the file on
 * from there with the outcome of a read from page 1. The reader starts again at {@code resumePage}, the page after
 * that form's last, and hands over nothing before the next title page (the pages between were reported already).
 *
 * @param resumePage   1-based page the reading goes on from
 * @param nextForm     the number the next form takes in its file
 * @param declarations forms extracted so far
 * @param forms        every form's outcome so far, in file order (failed ones too)
 * @param failed       pages reported unreadable so far
 * @param skipped      pages reported as part of no form so far
 */
public record Checkpoint(int resumePage, int nextForm, int declarations, List<FormStatus> forms,
                         List<PageIssue> failed, List<PageIssue> skipped) {

    public Checkpoint {
        forms = List.copyOf(forms);
        failed = List.copyOf(failed);
        skipped = List.copyOf(skipped);
    }

    /** The ids of the declarations extracted so far, in file order. */
    public List<String> ids() {
        return forms.stream().map(FormStatus::id).filter(java.util.Objects::nonNull).toList();
    }
}
