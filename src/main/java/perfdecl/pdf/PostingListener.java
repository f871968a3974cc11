package perfdecl.pdf;

import java.util.function.Consumer;

import perfdecl.grid.FormGrid;
import perfdecl.grid.ReadListener;

/**
 * A listener that makes each event a call to be made on another listener, and {@link #post posts} it: to be made
 * on another thread, or later. An implementation overrides the events it tells otherwise.
 */
interface PostingListener extends ReadListener {

    /** Takes {@code event}, a call to make on the listener this one stands for. */
    void post(Consumer<ReadListener> event);

    @Override
    default void started(String inputKind, Integer pages) {
        post(l -> l.started(inputKind, pages));
    }

    @Override
    default void pageCount(int pages) {
        post(l -> l.pageCount(pages));
    }

    @Override
    default void alive() {
        post(ReadListener::alive);
    }

    @Override
    default void pageDone(int page) {
        post(l -> l.pageDone(page));
    }

    @Override
    default void pageFailed(int page, String reason) {
        post(l -> l.pageFailed(page, reason));
    }

    @Override
    default void pageSkipped(int page, String why) {
        post(l -> l.pageSkipped(page, why));
    }

    @Override
    default void form(FormGrid form) {
        post(l -> l.form(form));
    }

    @Override
    default void formFailed(int formIndex, int firstPage, int lastPage, String reason) {
        post(l -> l.formFailed(formIndex, firstPage, lastPage, reason));
    }
}
