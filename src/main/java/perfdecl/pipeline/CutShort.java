package perfdecl.pipeline;

import java.util.ArrayList;
import java.util.List;

import perfdecl.model.FormStatus;
import perfdecl.model.InputReport;
import perfdecl.model.PageIssue;

/**
 * The report of an input stopped short (its time ran out, its worker died) after some of its forms were finished:
 * those are kept, the rest reported failed from the page reached.
 */
final class CutShort {

    private CutShort() {
    }

    /**
     * A {@code partial} report keeping the forms of {@code kept} (at least one), given how far the reader got by
     * {@code clock}.
     */
    static InputReport report(String name, String sha256, String why, long ms, List<FormStatus> kept,
                              PageClock clock) {
        Integer total = clock.pages();
        int reached = total == null ? 0 : Math.min(total, clock.pagesDone() + 1);
        List<FormStatus> forms = new ArrayList<>(kept);
        List<PageIssue> failed = new ArrayList<>();
        // a form is handed over once the next one begins: the pages after the last one handed over are lost
        int from = kept.stream().filter(f -> f.pages() != null).mapToInt(f -> f.pages().get(1) + 1).max()
                .orElse(1);
        String lost = "";
        if (total != null && from <= total) {
            int nextForm = forms.stream().mapToInt(FormStatus::form).max().orElse(-1) + 1;
            from = Math.min(from, reached);
            forms.add(new FormStatus(nextForm, null, List.of(from, total), FormStatus.FAILED,
                    why + ": pages " + from + "–" + total + " not extracted"));
            lost = ", pages " + from + "–" + total + " not extracted";
        }
        if (total != null && clock.pagesDone() < total) {
            failed.add(new PageIssue(reached, why));
        }
        String reason = why + "; " + kept.size() + (kept.size() == 1 ? " form" : " forms") + " kept" + lost;
        return new InputReport(name, sha256, InputReport.PARTIAL, reason, kept.size(), total, ms, failed, List.of(),
                forms);
    }
}
