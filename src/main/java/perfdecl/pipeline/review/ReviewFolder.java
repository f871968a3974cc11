package perfdecl.pipeline.review;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import perfdecl.correct.CorrectionApplier;
import perfdecl.correct.CorrectionReplay;
import perfdecl.corrections.CorrectionLog;
import perfdecl.grid.UnreadableInputException;
import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Provenance;
import perfdecl.model.Target;
import perfdecl.parse.ValueParsers;
import perfdecl.pdf.PageCrops;
import perfdecl.write.DeclarationJsonReader;
import perfdecl.pipeline.FileDigest;
import perfdecl.pipeline.batch.InputFiles;

/**
 * An {@code extract} output folder under review: its declarations ({@code json/}), their sources (at the recorded
 * name, or found by SHA-256 among the inputs given), the queue of what needs a person, and the corrections log
 * those people append to. The queue is worked out afresh from the log on every call, so that two reviewers (two
 * servers on one folder) see each other's work. Thread-safe.
 */
public final class ReviewFolder {

    /** Values read below this confidence are queued, as extraction reports them (VALUE_UNCERTAIN). */
    public static final double CONFIDENCE_THRESHOLD = 0.6;

    private static final int MAX_TEXT = 20_000;
    private static final int MAX_FIELD = 200;
    private static final Pattern ITEM = Pattern.compile("budget\\.items\\[\\d+]");
    private static final Pattern INDICATOR = Pattern.compile("indicators\\[\\d+]");
    private static final Pattern OPTION = Pattern.compile("(projectType|fundUse)\\.options\\[\\d+]");
    private static final Pattern ITEM_AMOUNT = Pattern.compile("budget\\.items\\[\\d+]\\.amount");
    private static final Pattern TARGET = Pattern.compile("indicators\\[\\d+]\\.target");
    private static final Set<String> AMOUNTS = Set.of("budget.total", "budget.currentYear", "budget.priorYearBudget",
            "budget.priorYearExecuted");
    private static final Pattern TEXT = Pattern.compile("title|year|unit\\.name|projectName|projectLead|contactPerson"
            + "|contactPhone|period\\.(start|end)|texts\\.\\w+|budget\\.items\\[\\d+]\\.name|indicators\\[\\d+]\\.level3");

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
    private final Map<String, Path> sources = new HashMap<>();
    private final Map<String, String> sourceStatus = new HashMap<>();
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
        f.findSources(inputs);
        return f;
    }

    public Path dir() {
        return dir;
    }

    public int forms() {
        return forms.size();
    }

    private void findSources(List<Path> inputs) throws IOException {
        Map<String, Path> byHash = null;
        for (Declaration d : forms.values()) {
            if (d.source() == null || d.source().sha256() == null || sourceStatus.containsKey(d.source().sha256())) {
                continue;
            }
            String sha = d.source().sha256();
            String file = d.source().file();
            boolean seenOther = false;
            Path found = null;
            for (Path candidate : candidates(file)) {
                if (Files.isRegularFile(candidate)) {
                    if (sha.equals(FileDigest.sha256OrNull(candidate))) {
                        found = candidate;
                        break;
                    }
                    seenOther = true;
                }
            }
            if (found == null) {
                if (byHash == null) {
                    byHash = hashAll(inputs);
                }
                found = byHash.get(sha);
            }
            if (found != null) {
                sources.put(sha, found.toAbsolutePath().normalize());
            }
            sourceStatus.put(sha, found != null ? "found" : seenOther ? "changed" : "missing");
        }
    }

    private List<Path> candidates(String file) {
        List<Path> out = new ArrayList<>();
        if (file == null || file.isBlank()) {
            return out;
        }
        try {
            Path p = Path.of(file);
            out.add(p);
            out.add(dir.resolve(p));
            if (dir.getParent() != null) {
                out.add(dir.getParent().resolve(p));
            }
        } catch (RuntimeException e) {
            // a name that is no path on this machine: only --inputs can find it
        }
        return out;
    }

    private static Map<String, Path> hashAll(List<Path> inputs) throws IOException {
        Map<String, Path> out = new HashMap<>();
        if (inputs.isEmpty()) {
            return out;
        }
        for (Path p : InputFiles.collect(inputs)) {
            String sha = FileDigest.sha256OrNull(p);
            if (sha != null) {
                out.putIfAbsent(sha, p);
            }
        }
        return out;
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
            List<Item> items = items(d, applied.declaration(), replay);
            Correction reviewed = replay.reviewed(d.id());
            formViews.add(new Form(d.id(), d.source() == null ? null : d.source().file(), d.projectName(),
                    status(d), reviewed != null, reviewed == null ? null : reviewed.reviewer(), items.size(),
                    (int) items.stream().filter(Item::done).count()));
            all.addAll(items);
        }
        all.sort(Comparator.comparingInt((Item i) -> -rank(i.severity()))
                .thenComparingDouble(i -> i.confidence() == null ? 1.0 : i.confidence()));
        int done = (int) all.stream().filter(Item::done).count();
        return new Queue(reviewer, formViews, all, done, problems);
    }

    private String status(Declaration d) {
        String sha = d.source() == null ? null : d.source().sha256();
        return sha == null ? "missing" : sourceStatus.getOrDefault(sha, "missing");
    }

    private static int rank(String severity) {
        return switch (severity) {
            case Finding.ERROR -> 3;
            case Finding.WARNING -> 2;
            default -> 1;
        };
    }

    /** The field a finding's or a position's path is checked and corrected as. */
    static String itemField(String path) {
        if (path == null) {
            return "";
        }
        if (ITEM.matcher(path).matches()) {
            return path + ".amount";
        }
        if (INDICATOR.matcher(path).matches()) {
            return path + ".target";
        }
        if (OPTION.matcher(path).matches()) {
            return path.substring(0, path.indexOf('.'));
        }
        return path;
    }

    static String kind(String field) {
        if (AMOUNTS.contains(field) || ITEM_AMOUNT.matcher(field).matches()) {
            return "amount";
        }
        if (field.equals("projectType") || field.equals("fundUse")) {
            return "choice";
        }
        if (TARGET.matcher(field).matches()) {
            return "target";
        }
        if (field.equals("budget.items")) {
            return "items";
        }
        return TEXT.matcher(field).matches() ? "text" : "accept";
    }

    private List<Item> items(Declaration d, Declaration c, CorrectionReplay replay) {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        for (Finding f : c.findings()) {
            if (Finding.ERROR.equals(f.severity()) || Finding.WARNING.equals(f.severity())) {
                String key = itemField(f.field());
                findings.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                fields.computeIfAbsent(key, k -> new LinkedHashSet<>(List.of(k))).add(f.field() == null ? "" : f.field());
            }
        }
        for (var e : new TreeMap<>(d.provenance()).entrySet()) {
            Double conf = e.getValue().confidence();
            if (conf != null && conf < CONFIDENCE_THRESHOLD) {
                String key = itemField(e.getKey());
                confidence.merge(key, conf, Math::min);
                fields.computeIfAbsent(key, k -> new LinkedHashSet<>(List.of(k))).add(e.getKey());
                findings.computeIfAbsent(key, k -> new ArrayList<>());
            }
        }
        Map<String, Correction> inForce = new HashMap<>();
        for (Correction x : replay.inForce(d.id())) {
            inForce.put(x.field(), x);
        }
        String sha = d.source() == null ? null : d.source().sha256();
        boolean pdf = sha != null && sources.containsKey(sha);
        List<Item> out = new ArrayList<>();
        for (var e : findings.entrySet()) {
            String field = e.getKey();
            List<Finding> fs = e.getValue();
            String kind = field.isEmpty() ? "accept" : kind(field);
            Correction answered = null;
            for (String f : fields.get(field)) {
                Correction x = inForce.get(f);
                if (x != null && (answered == null || order(replay, d.id(), x) > order(replay, d.id(), answered))) {
                    answered = x;
                }
            }
            boolean allResolved = !fs.isEmpty() && fs.stream().allMatch(Finding::answered);
            boolean done = answered != null || allResolved;
            String doneBy = answered != null ? answered.reviewer()
                    : allResolved ? fs.get(fs.size() - 1).resolvedBy() : null;
            String severity = fs.stream().map(Finding::severity).max(Comparator.comparingInt(ReviewFolder::rank))
                    .orElse("low-confidence");
            Provenance where = where(d, field, Set.of(field));
            out.add(new Item(d.id() + "|" + field, d.id(), d.source() == null ? null : d.source().file(), field,
                    List.copyOf(fields.get(field)), kind, value(c, field, kind), value(d, field, kind),
                    kind.equals("target") ? parsed(c, field) : null, kind.equals("choice") ? options(c, field) : null,
                    kind.equals("items") ? amounts(c) : null,
                    fs.stream().map(f -> new FindingView(f.code(), f.severity(), f.field(), f.message(), f.expected(),
                            f.actual(), f.answered(), f.resolvedBy())).toList(),
                    confidence.get(field), severity, where == null ? null : where.page(),
                    pdf && where != null && where.page() > 0, done, doneBy));
        }
        return out;
    }

    private static int order(CorrectionReplay replay, String id, Correction c) {
        return replay.history(id, c.field()).indexOf(c);
    }

    private static Object value(Declaration d, String field, String kind) {
        if (kind.equals("accept")) {
            return null;
        }
        try {
            return CorrectionApplier.valueOf(d, field);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Object> parsed(Declaration c, String field) {
        int i = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
        if (i >= c.indicators().size() || c.indicators().get(i).target() == null) {
            return null;
        }
        return targetView(c.indicators().get(i).target());
    }

    private static Map<String, Object> targetView(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operator", t.operator());
        m.put("value", t.value() == null ? null : t.value().toPlainString());
        m.put("unit", t.unit());
        m.put("qualitative", t.qualitative());
        return m;
    }

    private static List<String> options(Declaration c, String field) {
        ChoiceGroup g = field.equals("projectType") ? c.projectType() : c.fundUse();
        return g == null ? List.of() : g.options().stream().map(ChoiceGroup.Option::label).toList();
    }

    private static List<AmountView> amounts(Declaration c) {
        List<AmountView> out = new ArrayList<>();
        List<Budget.Item> items = c.budget() == null ? List.of() : c.budget().items();
        for (int i = 0; i < items.size(); i++) {
            out.add(new AmountView("budget.items[" + i + "].amount", (i + 1) + ". " + items.get(i).name(),
                    items.get(i).amount()));
        }
        out.add(new AmountView("budget.currentYear", "项目当年预算 budget.currentYear",
                c.budget() == null ? null : c.budget().currentYear()));
        return out;
    }

    /** The rectangle to show for an item: its own, its element's, its options' or items' together, or a finding's. */
    private static Provenance where(Declaration d, String field, Set<String> fields) {
        Map<String, Provenance> p = d.provenance();
        if (p.containsKey(field)) {
            return p.get(field);
        }
        int dot = field.lastIndexOf('.');
        if (dot > 0 && field.endsWith("]") == false && p.containsKey(field.substring(0, dot))) {
            return p.get(field.substring(0, dot));
        }
        String prefix = field.equals("budget.items") ? "budget.items[" : field + ".options[";
        Provenance union = null;
        for (var e : new TreeMap<>(p).entrySet()) {
            if (e.getKey().startsWith(prefix) && (union == null || union.page() == e.getValue().page())) {
                Provenance v = e.getValue();
                union = union == null ? v : new Provenance(v.page(), Math.min(union.x(), v.x()),
                        Math.min(union.y(), v.y()),
                        Math.max(union.x() + union.width(), v.x() + v.width()) - Math.min(union.x(), v.x()),
                        Math.max(union.y() + union.height(), v.y() + v.height()) - Math.min(union.y(), v.y()),
                        null);
            }
        }
        if (union != null) {
            return union;
        }
        for (String f : fields) {
            if (p.containsKey(f)) {
                return p.get(f);
            }
        }
        return null;
    }

    /** The PNG crop of where the item's value was read; 404 when there is none. */
    public byte[] crop(String id, String field) throws ReviewRefusal, IOException {
        Declaration d = forms.get(id);
        if (d == null || field == null || field.length() > MAX_FIELD) {
            throw new ReviewRefusal(404, "no such form");
        }
        String sha = d.source() == null ? null : d.source().sha256();
        Path pdf = sha == null ? null : sources.get(sha);
        Provenance where = where(d, field, Set.of(field));
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
        if ("changed".equals(status(d))) {
            throw new ReviewRefusal(409, "the source of " + d.id() + " (" + d.source().file()
                    + ") now has another SHA-256: it must be extracted again before it is reviewed");
        }
        CorrectionReplay replay = CorrectionReplay.of(log.replay().corrections());
        Declaration current = ReviewCorrections.applier().apply(d, replay.inForce(d.id())).declaration();
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
                items(d, current, replay).forEach(i -> known.addAll(i.fields()));
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
        log.append(lines);
        return queue();
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
