package perfdecl.grid;

/** A file that cannot be extracted; the message is one line a user can act on, without the file name. */
public class UnreadableInputException extends Exception {

    public UnreadableInputException(String reason) {
        super(reason);
    }

    public UnreadableInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
