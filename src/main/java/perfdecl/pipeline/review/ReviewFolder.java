package perfdecl.pipeline.review;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import perfdecl.correct.CorrectionApplier;
import perfdecl.correct.CorrectionReplay;
import perfdecl.corrections.CorrectionLog;
import perfdecl.grid.UnreadableInputException;
import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.model.Provenance;
import perfdecl.pdf.PageCrops;
import perfdecl.write.DeclarationJsonReader;


/**
 * An {@code extract} output folder under review: its declarations ({@code json/}), their sources (at the recorded
 * name, or found by SHA-256 among the inputs given), the queue of what needs a person, and the corrections log
 * those people append to. The queue is worked out afresh from the log on every call, so that two reviewers (two
 * servers on one folder) see each other's work. Thread-safe.
 */
public final class ReviewFolder {

    /** Values read below this confidence are queued, as extraction reports them (VALUE_UNCERTAIN). */
    public static final double CONFIDENCE_THRESHOLD = 0.6;

    /** A form in the queue. {@code source}: {@code found}, {@code changed} (another SHA-256 now) or {@code missing}. */
    public record Form(String id, String file, String projectName, String source, boolean reviewed,
                       String reviewedBy, int items, int done) {
    }

    /** One finding as the page shows it. */
    public record FindingView(String code, String severity, String field, String message, Object expected,
                              Object actual, boolean resolved, String resolvedBy) {
    }

    /** One budget item amount, for the editor of a sum that does not add up. */
    public record AmountView(String field, String label, Object value) {
    }

    /**
     * One thing to check: a field of a form, the findings about it and its lowest confidence. {@code kind}:
     * {@code amount}, {@code choice}, {@code target}, {@code text}, {@code items} (the budget items' sum) or
     * {@code accept} (nothing to edit, only to confirm). {@code fields}: every field path the item stands for.
     */
    public record Item(String key, String id, String file, String field, List<String> fields, String kind,
                       Object value, Object extracted, Map<String, Object> parsed, List<String> options,
                       List<AmountView> amounts, List<FindingView> findings, Double confidence, String severity,
                       Integer page, boolean crop, boolean done, String doneBy) {
    }

    /** The queue: forms, items worst first, and lines about corrections that do not apply. */
    public record Queue(String reviewer, List<Form> forms, List<Item> items, int done, List<String> problems) {
    }

    /** A request from the page. {@code kind}: correct, accept, undo or reviewed. */
    public record Change(String field, Object after) {
    }

    public record Save(String id, String kind, List<Change> changes) {
    }

    private final Path dir;
    private final CorrectionLog log;
    private final String reviewer;
    private final Map<String, Declaration> forms = new LinkedHashMap<>();
    private ReviewSources sources;
    private final Map<String, byte[]> crops = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > 48;
        }
    };

    private ReviewFolder(Path dir, String reviewer) {
        this.dir = dir;
        this.log = new CorrectionLog(dir.resolve(CorrectionLog.FILE_NAME));
        this.reviewer = reviewer;
    }

    /**
     * Opens {@code dir} (an {@code extract} output folder) for {@code reviewer}; sources are looked for at their
     * recorded names (relative to the working folder, {@code dir} and its parent) and, by SHA-256, among the files
     * under {@code inputs}.
     */
    public static ReviewFolder open(Path dir, List<Path> inputs, String reviewer) throws IOException {
        Path json = dir.resolve("json");
        if (!Files.isDirectory(json)) {
            throw new IOException(dir + " has no json/ folder: not the output folder of extract");
        }
        ReviewFolder f = new ReviewFolder(dir.toAbsolutePath().normalize(), reviewer);
        List<Path> files;
        try (Stream<Path> s = Files.list(json)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path p : files) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                Declaration d = new DeclarationJsonReader().read(r);
                if (d.id() != null) {
                    f.forms.put(d.id(), d);
                }
            }
        }
        f.sources = ReviewSources.find(f.dir, f.forms.values(), inputs);
        return f;
    }

    public Path dir() {
        return dir;
    }

    public int forms() {
        return forms.size();
    }

    /** The queue as the log now says. */
    public Queue queue() throws IOException {
        CorrectionLog.Replay r = log.replay();
        CorrectionReplay replay = CorrectionReplay.of(r.corrections());
        List<String> problems = new ArrayList<>(r.damaged());
        List<Form> formViews = new ArrayList<>();
        List<Item> all = new ArrayList<>();
        for (Declaration d : forms.values()) {
            CorrectionApplier.Result applied = ReviewCorrections.applier().apply(d, replay.inForce(d.id()));
            applied.rejected().forEach(x -> problems.add(d.id() + " " + x.correction().field() + ": " + x.reason()));
            List<Item> items = ReviewItems.items(d, applied.declaration(), replay, sources.file(d) != null);
            Correction reviewed = replay.reviewed(d.id());
            formViews.add(new Form(d.id(), d.source() == null ? null : d.source().file(), d.projectName(),
                    sources.status(d), reviewed != null, reviewed == null ? null : reviewed.reviewer(), items.size(),
                    (int) items.stream().filter(Item::done).count()));
            all.addAll(items);
        }
        all.sort(Comparator.comparingInt((Item i) -> -ReviewItems.rank(i.severity()))
                .thenComparingDouble(i -> i.confidence() == null ? 1.0 : i.confidence()));
        int done = (int) all.stream().filter(Item::done).count();
        return new Queue(reviewer, formViews, all, done, problems);
    }


    /** The PNG crop of where the item's value was read; 404 when there is none. */
    public byte[] crop(String id, String field) throws ReviewRefusal, IOException {
        Declaration d = forms.get(id);
        if (d == null || field == null || field.length() > ReviewRequests.MAX_FIELD) {
            throw new ReviewRefusal(404, "no such form");
        }
        Path pdf = sources.file(d);
        Provenance where = ReviewItems.where(d, field, Set.of(field));
        if (pdf == null || where == null || where.page() < 1) {
            throw new ReviewRefusal(404, "no page image for " + field);
        }
        String key = id + "|" + field;
        synchronized (crops) {
            byte[] cached = crops.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] png;
        try {
            png = PageCrops.png(pdf, where.page(), where.x(), where.y(), where.width(), where.height());
        } catch (UnreadableInputException e) {
            throw new ReviewRefusal(404, "no page image: " + e.getMessage());
        }
        synchronized (crops) {
            crops.put(key, png);
        }
        return png;
    }

    /**
     * Checks a request against the form and appends it to the log, forced to disk, before returning the queue
     * it leads to; anything wrong is refused before a byte is written.
     */
    public synchronized Queue save(Save request) throws ReviewRefusal, IOException {
        if (request == null || request.id() == null || request.kind() == null) {
            throw new ReviewRefusal(400, "id and kind are required");
        }
        Declaration d = forms.get(request.id());
        if (d == null) {
            throw new ReviewRefusal(404, "no form " + request.id());
        }
        if ("changed".equals(sources.status(d))) {
            throw new ReviewRefusal(409, "the source of " + d.id() + " (" + d.source().file()
                    + ") now has another SHA-256: it must be extracted again before it is reviewed");
        }
        CorrectionReplay replay = CorrectionReplay.of(log.replay().corrections());
        Declaration current = ReviewCorrections.applier().apply(d, replay.inForce(d.id())).declaration();
        log.append(ReviewRequests.lines(request, d, current, replay, reviewer, sources.file(d) != null));
        return queue();
    }
}
