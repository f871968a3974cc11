package perfdecl.pdf;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.FormGrid;
import perfdecl.grid.ReadListener;

/** What a reader tells its listener, in order, with the forms whole and the pages done apart. */
final class RecordingListener implements ReadListener {
    final List<String> events = new ArrayList<>();
    final List<FormGrid> forms = new ArrayList<>();
    final List<Integer> pagesDone = new ArrayList<>();
    boolean rangeThreadsSeen;
    boolean firstLookThreadsSeen;

    @Override
    public void alive() {
        firstLookThreadsSeen |= Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("perfdecl-first-look") && t.isAlive());
    }

    @Override
    public void pageCount(int pages) {
        events.add(pages + " pages");
    }

    @Override
    public void started(String inputKind, Integer pages) {
        events.add("started " + inputKind + " " + pages);
    }

    @Override
    public void pageDone(int page) {
        pagesDone.add(page);
        rangeThreadsSeen |= Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("perfdecl-page-range") && t.isAlive());
    }

    @Override
    public void pageFailed(int page, String reason) {
        events.add("failed " + page);
    }

    @Override
    public void pageSkipped(int page, String why) {
        events.add("skipped " + page);
    }

    @Override
    public void form(FormGrid form) {
        events.add("form " + form.formIndex() + " " + form.firstPage() + "-" + form.lastPage());
        forms.add(form);
    }

    @Override
    public void formFailed(int formIndex, int firstPage, int lastPage, String reason) {
        events.add("formFailed " + formIndex + " " + firstPage + "-" + lastPage + " " + reason);
    }
}
