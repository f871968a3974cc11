package perfdecl.pipeline.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import perfdecl.correct.CorrectionApplier;
import perfdecl.correct.CorrectionReplay;
import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.parse.ValueParsers;
import perfdecl.pipeline.review.ReviewFolder.Change;
import perfdecl.pipeline.review.ReviewFolder.Save;

import static perfdecl.pipeline.review.ReviewItems.kind;
import static perfdecl.pipeline.review.ReviewItems.value;

/**
 * A request from the review page → the lines it adds to the corrections log, checked against the form as the log
 * now has it; {@link ReviewRefusal} with the status and reason when it does not fit.
 */
final class ReviewRequests {

    private static final int MAX_TEXT = 20_000;
    static final int MAX_FIELD = 200;

    private ReviewRequests() {
    }

    /**
     * The log lines {@code request} stands for, by {@code reviewer}; {@code d} as extracted, {@code current} as
     * corrected by the corrections in force, {@code pdf}: its source is there to crop from.
     */
    static List<Correction> lines(Save request, Declaration d, Declaration current, CorrectionReplay replay,
                                  String reviewer, boolean pdf) throws ReviewRefusal {
        String at = Instant.now().toString();
        String sha = d.source() == null ? null : d.source().sha256();
        String file = d.source() == null ? null : d.source().file();
        List<Change> changes = request.changes() == null ? List.of() : request.changes();
        List<Correction> lines = new ArrayList<>();
        switch (request.kind()) {
            case Correction.REVIEWED -> lines.add(new Correction(d.id(), null, null, null, reviewer, at, sha, file,
                    Correction.REVIEWED));
            case Correction.ACCEPT -> {
                Set<String> known = new LinkedHashSet<>();
                ReviewItems.items(d, current, replay, pdf).forEach(i -> known.addAll(i.fields()));
                requireChanges(changes);
                for (Change ch : changes) {
                    if (ch.field() == null || !known.contains(ch.field())) {
                        throw new ReviewRefusal(400, "nothing to accept at " + ch.field());
                    }
                    Object v = value(current, ch.field(), kind(ch.field()));
                    lines.add(new Correction(d.id(), ch.field(), v, v, reviewer, at, sha, file, Correction.ACCEPT));
                }
            }
            case Correction.UNDO -> {
                requireChanges(changes);
                Correction latest = null;
                for (Correction x : replay.inForce(d.id())) {
                    if (changes.stream().anyMatch(ch -> x.field().equals(ch.field()))
                            && (latest == null || x.at().compareTo(latest.at()) >= 0)) {
                        latest = x;
                    }
                }
                if (latest == null) {
                    throw new ReviewRefusal(409, "nothing to undo");
                }
                lines.add(new Correction(d.id(), latest.field(), latest.after(), latest.before(), reviewer, at, sha,
                        file, Correction.UNDO));
            }
            case Correction.CORRECT -> {
                requireChanges(changes);
                List<Correction> trial = new ArrayList<>(replay.inForce(d.id()));
                for (Change ch : changes) {
                    String kind = ch.field() == null ? "accept" : kind(ch.field());
                    if (kind.equals("accept") || kind.equals("items")) {
                        throw new ReviewRefusal(400, ch.field() + " cannot be corrected, only accepted");
                    }
                    Object after = checked(kind, ch);
                    Correction c = new Correction(d.id(), ch.field(), value(current, ch.field(), kind), after,
                            reviewer, at, sha, file, Correction.CORRECT);
                    trial.removeIf(x -> x.field().equals(ch.field()));
                    trial.add(c);
                    lines.add(c);
                }
                CorrectionApplier.Result r = ReviewCorrections.applier().apply(d, trial);
                for (CorrectionApplier.Rejection x : r.rejected()) {
                    if (lines.contains(x.correction())) {
                        throw new ReviewRefusal(400, x.correction().field() + ": " + x.reason());
                    }
                }
            }
            default -> throw new ReviewRefusal(400, "unknown kind " + request.kind());
        }
        return lines;
    }

    private static void requireChanges(List<Change> changes) throws ReviewRefusal {
        if (changes.isEmpty() || changes.size() > 100) {
            throw new ReviewRefusal(400, "between 1 and 100 changes per request");
        }
        for (Change ch : changes) {
            if (ch == null || ch.field() == null || ch.field().length() > MAX_FIELD) {
                throw new ReviewRefusal(400, "a change needs a field");
            }
        }
    }

    /** The value to record: an amount as whole yuan, anything else as the text given. */
    private static Object checked(String kind, Change ch) throws ReviewRefusal {
        Object after = ch.after();
        if (after != null && !(after instanceof String) && !(after instanceof Number)) {
            throw new ReviewRefusal(400, ch.field() + ": a value is text or a number");
        }
        String text = after == null ? null : after.toString();
        if (text != null && text.length() > MAX_TEXT) {
            throw new ReviewRefusal(400, ch.field() + ": longer than " + MAX_TEXT + " characters");
        }
        switch (kind) {
            case "amount" -> {
                try {
                    return ValueParsers.amount(text);
                } catch (IllegalArgumentException e) {
                    throw new ReviewRefusal(400, ch.field() + ": the amount does not parse: " + e.getMessage());
                }
            }
            case "target" -> {
                if (text == null || text.isBlank()) {
                    throw new ReviewRefusal(400, ch.field() + ": a target is required");
                }
                return text.strip();
            }
            default -> {
                return text;
            }
        }
    }
}
