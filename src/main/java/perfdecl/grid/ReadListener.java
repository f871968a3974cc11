package perfdecl.grid;

/**
 * Told, while a reader reads one file, what it has got so far: a bundle of hundreds of pages hands over each form
 * as soon as its last page is read, so that the forms read before a bad page or an expired time limit are kept and
 * nothing of the file need be held at once. Called on the reading thread, in page order.
 */
public interface ReadListener {

    ReadListener NONE = new ReadListener() {
    };

    /** The file is open: what kind it is ({@code pdf}, {@code pdf-ocr}, {@code ocr-text}) and its pages (null: text). */
    default void started(String inputKind, Integer pages) {
    }

    /**
     * The file has {@code pages} pages, told as soon as it is open, before its kind is known (a first look at every
     * page of a long file may take a while, and the time it may take grows with its pages).
     */
    default void pageCount(int pages) {
    }

    /** Still working before the first page is laid out (a first look at every page); a sign of life only. */
    default void alive() {
    }

    /** Page {@code page} is done with: read, skipped or failed. */
    default void pageDone(int page) {
    }

    /** Page {@code page} could not be read; {@code reason} is one line. */
    default void pageFailed(int page, String reason) {
    }

    /** Page {@code page} is part of no form: {@code why} says what it is (blank, a separator, an attachment). */
    default void pageSkipped(int page, String why) {
    }

    /** A form whose last page has been read. */
    default void form(FormGrid form) {
    }

    /**
     * A form that was started but could not be read: its pages and why ({@code firstPage}, {@code lastPage}
     * 1-based).
     */
    default void formFailed(int formIndex, int firstPage, int lastPage, String reason) {
    }
}
