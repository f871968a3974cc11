package perfdecl.pipeline.review;

/** A review request refused, with the HTTP status that says why (400 bad value, 404 unknown, 409 conflict). */
public final class ReviewRefusal extends Exception {

    private final int status;

    public ReviewRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
