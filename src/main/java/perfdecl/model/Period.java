package perfdecl.model;

/** Project period: ISO dates ({@code null} when unreadable) and the text as filed. */
public record Period(String start, String end, String startRaw, String endRaw) {
}
