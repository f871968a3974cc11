package perfdecl.pipeline.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import perfdecl.correct.CorrectionApplier;
import perfdecl.correct.CorrectionReplay;
import perfdecl.corrections.CorrectionLog;
import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.parse.ValueParsers;
import perfdecl.validate.Validator;

/**
 * A review's corrections as a run applies them: the log replayed, each declaration corrected with extraction's own
 * parsers and validated again with its own rules, and one line for every correction that could not be applied.
 * Thread-safe once loaded.
 */
public final class ReviewCorrections {

    private static final Validator VALIDATOR = Validator.standard();
    private static final CorrectionApplier APPLIER = new CorrectionApplier(ValueParsers::amount,
            ValueParsers::target, VALIDATOR::validate);

    private final Path file;
    private final CorrectionReplay replay;
    private final List<String> damaged;
    private final Set<String> sources = new LinkedHashSet<>();

    private ReviewCorrections(Path file, List<Correction> log, List<String> damaged) {
        this.file = file;
        this.replay = CorrectionReplay.of(log);
        this.damaged = List.copyOf(damaged);
        log.forEach(c -> sources.add(c.sourceSha256()));
    }

    /** The applier extraction's parsers and rules stand behind. */
    public static CorrectionApplier applier() {
        return APPLIER;
    }

    /** {@code explicit} when given, else {@code dir/corrections.jsonl} when it exists; null when neither. */
    public static Path locate(Path explicit, Path dir) {
        if (explicit != null) {
            return explicit;
        }
        Path inDir = dir.resolve(CorrectionLog.FILE_NAME);
        return Files.isRegularFile(inDir) ? inDir : null;
    }

    /** The log at {@code file} replayed; none when {@code file} is null. */
    public static ReviewCorrections load(Path file) throws IOException {
        if (file == null) {
            return new ReviewCorrections(null, List.of(), List.of());
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such corrections file");
        }
        CorrectionLog.Replay r = new CorrectionLog(file).replay();
        return new ReviewCorrections(file, r.corrections(), r.damaged());
    }

    /** Whether any correction was made on a source with this SHA-256 (its input must be extracted afresh). */
    public boolean touches(String sha256) {
        return sha256 != null && sources.contains(sha256);
    }

    public boolean isEmpty() {
        return replay.ids().isEmpty();
    }

    /** The replayed log. */
    public CorrectionReplay replay() {
        return replay;
    }

    /** The corrected declaration; every correction left out is added to {@code problems} as one line. */
    public Declaration apply(Declaration d, List<String> problems) {
        List<Correction> inForce = replay.inForce(d.id());
        if (inForce.isEmpty()) {
            return d;
        }
        CorrectionApplier.Result r = APPLIER.apply(d, inForce);
        for (CorrectionApplier.Rejection x : r.rejected()) {
            problems.add(name() + ": " + x.correction().id() + " " + x.correction().field() + " not applied: "
                    + x.reason());
        }
        return r.declaration();
    }

    /**
     * The corrections of forms that are not among {@code seen} but whose source file (by name and form index) is,
     * with another SHA-256: the file changed since it was reviewed. One line per form.
     */
    public List<String> stale(List<Declaration> seen) {
        Map<String, Declaration> byFileAndForm = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Declaration d : seen) {
            ids.add(d.id());
            if (d.source() != null) {
                byFileAndForm.put(d.source().file() + "#" + d.source().formIndex(), d);
            }
        }
        List<String> out = new ArrayList<>();
        for (String id : replay.ids()) {
            if (ids.contains(id)) {
                continue;
            }
            List<Correction> lines = replay.inForce(id);
            if (lines.isEmpty() || lines.get(0).file() == null) {
                continue;
            }
            Correction c = lines.get(0);
            Declaration now = byFileAndForm.get(c.file() + "#" + formIndex(id));
            if (now != null) {
                out.add(name() + ": " + lines.size() + " correction(s) of " + c.file() + " (form " + id
                        + ") not applied: the file now has another SHA-256 (" + now.source().sha256() + ", was "
                        + c.sourceSha256() + ")");
            }
        }
        return out;
    }

    /** Lines of the log that could not be read (a line cut short by a kill). */
    public List<String> damaged() {
        return damaged;
    }

    private String name() {
        return file == null ? CorrectionLog.FILE_NAME : String.valueOf(file.getFileName());
    }

    private static String formIndex(String id) {
        int dash = id.lastIndexOf('-');
        return dash < 0 ? "" : id.substring(dash + 1);
    }
}
