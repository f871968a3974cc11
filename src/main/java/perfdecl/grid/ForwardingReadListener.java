package perfdecl.grid;

/**
 * A listener that passes every event on to {@link #to()}, unchanged; an implementation overrides only the events
 * it counts, delays or changes, and calls on {@code to()} itself there.
 */
public interface ForwardingReadListener extends ReadListener {

    /** Where every event goes on to. */
    ReadListener to();

    @Override
    default void started(String inputKind, Integer pages) {
        to().started(inputKind, pages);
    }

    @Override
    default void pageCount(int pages) {
        to().pageCount(pages);
    }

    @Override
    default void alive() {
        to().alive();
    }

    @Override
    default void pageDone(int page) {
        to().pageDone(page);
    }

    @Override
    default void pageFailed(int page, String reason) {
        to().pageFailed(page, reason);
    }

    @Override
    default void pageSkipped(int page, String why) {
        to().pageSkipped(page, why);
    }

    @Override
    default void form(FormGrid form) {
        to().form(form);
    }

    @Override
    default void formFailed(int formIndex, int firstPage, int lastPage, String reason) {
        to().formFailed(formIndex, firstPage, lastPage, reason);
    }
}
