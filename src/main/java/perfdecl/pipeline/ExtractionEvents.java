package perfdecl.pipeline;

import perfdecl.model.Declaration;
import perfdecl.model.FormStatus;

/**
 * Told, while one input is extracted, what has come of it so far: its forms as soon as each is parsed and checked,
 * and how far through its pages the reader is. Called on the extracting thread, in file order.
 */
public interface ExtractionEvents {

    ExtractionEvents NONE = new ExtractionEvents() {
    };

    /** {@code pagesDone} of {@code pages} pages are done with (null: a text input), {@code forms} forms found. */
    default void progress(int pagesDone, Integer pages, int forms) {
    }

    /** A sign of life while no page is finished yet (the reader's first look at every page of a long file). */
    default void alive() {
    }

    /** A form extracted, with how it came out (ok or incomplete). */
    default void declaration(Declaration declaration, FormStatus status) {
    }

    /** After a long scan's form: how far the reading has got, to read on from there in a later run. */
    default void checkpoint(Checkpoint checkpoint) {
    }
}
