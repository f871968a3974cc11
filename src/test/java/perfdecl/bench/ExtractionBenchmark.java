package perfdecl.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import technology.tabula.ObjectExtractor;
import technology.tabula.PageIterator;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

import perfdecl.model.InputReport;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.InputResult;

/**
 * The batch benchmark (run by {@code bench/run.sh}, not a test): replicates the sample PDFs into N files that
 * each have their own SHA-256, then measures in one run PDFBox text extraction alone, tabula lattice extraction
 * alone and full extraction per page and per form, the speed-up of {@code --jobs 2} over {@code --jobs 1} of the
 * real command in a child JVM, and the peak resident memory of that command and its workers at 100 and N files.
 * Prints a Markdown report on stdout.
 *
 * <p>Arguments: {@code SAMPLES_DIR FILES [BASELINE_FILES]}.
 */
public final class ExtractionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WORKER = "perfdecl.pipeline.process.ExtractionWorker";
    private static final Pattern AFTER_GC = Pattern.compile("\\d+M->(\\d+)M\\(\\d+M\\)");
    private static final Pattern PROGRESS = Pattern.compile("perfdecl: (\\d+)/\\d+ files");

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int baselineFiles = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path work = Files.createTempDirectory("perfdecl-bench");
        Path all = work.resolve("in-" + n);
        List<Path> files = replicate(samples, all, n);
        Path hundred = work.resolve("in-100");
        replicate(samples, hundred, 100);
        List<Path> base = files.subList(0, Math.min(baselineFiles, files.size()));

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Inputs: %d files replicated from %s (each with its own SHA-256), "
                + "%s; load average before: %s%n%n", n, samples, describe(samples), loadAverage()));

        // warm up every path so that the JIT has compiled them before timing
        measureText(base.subList(0, Math.min(30, base.size())));
        measureTabula(base.subList(0, Math.min(30, base.size())));
        measureFull(base.subList(0, Math.min(30, base.size())));
        Counts counts = measureFull(base);
        long text = measureText(base);
        long tabula = measureTabula(base);
        long full = measureFull(base).ms;
        md.append(String.format(Locale.ROOT, "In-process, one thread, %d files (%d pages, %d forms), after warm-up:%n%n",
                base.size(), counts.pages, counts.forms));
        md.append("| step | total ms | ms/page | ms/form | vs PDFBox text |\n|---|---:|---:|---:|---:|\n");
        row(md, "PDFBox load + PDFTextStripper", text, counts, text);
        row(md, "tabula-java lattice (ObjectExtractor + SpreadsheetExtractionAlgorithm)", tabula, counts, text);
        row(md, "perfdecl full extraction (read, parse, validate)", full, counts, text);
        md.append('\n');

        Run one = runCommand(all, work.resolve("out-j1"), 1);
        Run two = runCommand(all, work.resolve("out-j2"), 2);
        boolean threads = !(args.length > 3 && args[3].equals("workers-only"));
        Run oneInProcess = threads ? runCommand(all, work.resolve("out-j1t"), 1, "--no-isolate") : null;
        Run twoThreads = threads ? runCommand(all, work.resolve("out-j2t"), 2, "--no-isolate") : null;
        Run pair = null;
        if (threads) {
            linkAll(files.subList(0, n / 2), work.resolve("half-a"));
            linkAll(files.subList(n / 2, n), work.resolve("half-b"));
            pair = runPair(work.resolve("half-a"), work.resolve("half-b"), work.resolve("out-pair"));
        }
        Run smallOne = runCommand(hundred, work.resolve("out-100-j1"), 1);
        Run small = runCommand(hundred, work.resolve("out-100"), 2);
        md.append(String.format(Locale.ROOT, "`perfdecl extract` in a child JVM (wall time includes JVM start and "
                + "the aggregated outputs):%n%n"));
        md.append("| run | files | forms | seconds | CPU seconds | files/s | ms/form | batch heap after GC, max MB "
                + "| peak RSS launcher MB | peak RSS coordinator MB | peak RSS per worker MB | peak RSS all MB |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        runRow(md, "--jobs 1 (default: 1 worker)", n, one);
        runRow(md, "--jobs 2 (default: 2 workers)", n, two);
        if (threads) {
            runRow(md, "--jobs 1 --no-isolate (in-process)", n, oneInProcess);
            runRow(md, "--jobs 2 --no-isolate (2 threads)", n, twoThreads);
            runRow(md, "2 × --jobs 1 --no-isolate at once, half the files each (machine ceiling)", n, pair);
        }
        runRow(md, "--jobs 1 (default: 1 worker)", 100, smallOne);
        runRow(md, "--jobs 2 (default: 2 workers)", 100, small);
        md.append(String.format(Locale.ROOT, "%nSpeed-up of --jobs 2 over --jobs 1 at %d files: %.2f× (default, "
                + "workers)%s%n", n, one.seconds / two.seconds, threads ? String.format(Locale.ROOT,
                "; %.2f× in-process (threads)", oneInProcess.seconds / twoThreads.seconds) : ""));
        md.append(String.format(Locale.ROOT, "Speed-up after warm-up (files/s from a third of the files to the end): "
                + "%.2f× (workers, %.1f → %.1f files/s)%s%n", two.steadyFilesPerSecond / one.steadyFilesPerSecond,
                one.steadyFilesPerSecond, two.steadyFilesPerSecond, threads ? String.format(Locale.ROOT,
                "; %.2f× in-process (threads); two independent processes: %.2f× over one in-process job "
                        + "(%.2f× after warm-up)",
                twoThreads.steadyFilesPerSecond / oneInProcess.steadyFilesPerSecond,
                oneInProcess.seconds / pair.seconds,
                pair.steadyFilesPerSecond / oneInProcess.steadyFilesPerSecond) : ""));
        md.append(String.format(Locale.ROOT, "CPU seconds of --jobs 2 relative to --jobs 1: workers %.2f×%s; cores "
                + "kept busy: --jobs 1 %.2f, --jobs 2 %.2f (workers)%n", two.cpuSeconds / one.cpuSeconds,
                threads ? String.format(Locale.ROOT, ", threads %.2f×",
                        twoThreads.cpuSeconds / oneInProcess.cpuSeconds) : "",
                one.cpuSeconds / one.seconds, two.cpuSeconds / two.seconds));
        md.append(String.format(Locale.ROOT, "Memory, 100 → %d files (default runs), peak RSS: launcher jobs 1 %d → %d "
                + "MB, jobs 2 %d → %d MB; coordinator jobs 1 %d → %d MB, jobs 2 %d → %d MB; per worker jobs 1 %d → %d "
                + "MB, jobs 2 %d → %d MB; all processes jobs 1 %d → %d MB, jobs 2 %d → %d MB; coordinator live heap "
                + "after GC jobs 2 %d → %d MB%n", n, smallOne.parentMb, one.parentMb, small.parentMb, two.parentMb,
                smallOne.coordinatorMb, one.coordinatorMb, small.coordinatorMb, two.coordinatorMb,
                smallOne.workerMb, one.workerMb, small.workerMb, two.workerMb, smallOne.totalMb, one.totalMb,
                small.totalMb, two.totalMb, small.liveMb, two.liveMb));
        md.append(String.format(Locale.ROOT, "Load average after: %s; cores: %d%n", loadAverage(),
                Runtime.getRuntime().availableProcessors()));
        System.out.print(md);
        deleteTree(work);
    }

    private record Counts(long ms, int pages, int forms) {
    }

    /** One run's figures; {@code parentMb} is the process the user started, {@code coordinatorMb} the batch's own. */
    private record Run(double seconds, double cpuSeconds, int forms, long liveMb, long parentMb, long coordinatorMb,
                       long workerMb, long totalMb, double steadyFilesPerSecond) {
    }

    /** Files done {@code seconds} into a run, from its plain progress lines. */
    private record Progress(double seconds, int files) {
    }

    private static List<Path> replicate(Path samples, Path dir, int n) throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(samples)) {
            sources = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path src = sources.get(i % sources.size());
            byte[] pdf = Files.readAllBytes(src);
            byte[] tail = ("\n%" + i + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] copy = new byte[pdf.length + tail.length];
            System.arraycopy(pdf, 0, copy, 0, pdf.length);
            System.arraycopy(tail, 0, copy, pdf.length, tail.length);
            Path target = dir.resolve(String.format(Locale.ROOT, "%05d-%s", i, src.getFileName()));
            out.add(Files.write(target, copy));
        }
        return out;
    }

    private static String describe(Path samples) throws IOException {
        try (Stream<Path> s = Files.list(samples)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).map(p -> p.getFileName().toString()).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse("none");
        }
    }

    private static long measureText(List<Path> files) throws IOException {
        long t0 = System.nanoTime();
        long chars = 0;
        for (Path f : files) {
            try (PDDocument doc = PDDocument.load(f.toFile())) {
                chars += new PDFTextStripper().getText(doc).length();
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("no text extracted");
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long measureTabula(List<Path> files) throws IOException {
        long t0 = System.nanoTime();
        long tables = 0;
        SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
        for (Path f : files) {
            try (PDDocument doc = PDDocument.load(f.toFile())) {
                PageIterator pages = new ObjectExtractor(doc).extract();
                while (pages.hasNext()) {
                    tables += lattice.extract(pages.next()).size();
                }
            }
        }
        if (tables == 0) {
            throw new IllegalStateException("no tables found");
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static Counts measureFull(List<Path> files) {
        FileExtractor extractor = new FileExtractor(BatchExtraction.standardReaders());
        long t0 = System.nanoTime();
        int pages = 0, forms = 0;
        for (Path f : files) {
            InputResult r = extractor.extract(f);
            if (!InputReport.OK.equals(r.report().status())) {
                throw new IllegalStateException(f + ": " + r.report().reason());
            }
            pages += r.report().pages() == null ? 0 : r.report().pages();
            forms += r.report().forms();
        }
        return new Counts((System.nanoTime() - t0) / 1_000_000, pages, forms);
    }

    private static void row(StringBuilder md, String step, long ms, Counts c, long text) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f× |%n", step, ms, (double) ms / c.pages,
                (double) ms / c.forms, (double) ms / text));
    }

    private static void runRow(StringBuilder md, String name, int files, Run r) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %d | %d |%n",
                name, files, r.forms, r.seconds, r.cpuSeconds, files / r.seconds, r.seconds * 1000 / r.forms,
                r.liveMb, r.parentMb, r.coordinatorMb, r.workerMb, r.totalMb));
    }

    /** Runs the real command in a child JVM and samples the resident memory of it and its workers. */
    private static Run runCommand(Path in, Path out, int jobs, String... extra) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // every JVM of the run (launcher, coordinator, workers) logs its collections to a file named by its pid
        Path gcDir = Files.createTempDirectory("perfdecl-bench-gc");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp",
                System.getProperty("java.class.path"), "perfdecl.cli.Main", "extract", "--jobs", String.valueOf(jobs),
                "-o", out.toString()));
        cmd.addAll(List.of(extra));
        cmd.add(in.toString());
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + gcDir.resolve("gc-%p.log"));
        Process p = pb.start();
        List<Progress> progress = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readProgress(p.getInputStream(), t0, progress));
        reader.start();
        long parentPeak = 0, coordinatorPeak = 0, workerPeak = 0, totalPeak = 0;
        long coordinator = p.pid();
        Map<Long, Long> cpuMs = new ConcurrentHashMap<>();
        while (p.isAlive()) {
            long parent = rssKb(p.pid());
            long total = parent;
            p.toHandle().info().totalCpuDuration().ifPresent(d -> cpuMs.put(p.pid(), d.toMillis()));
            for (ProcessHandle child : p.descendants().toList()) {
                long kb = rssKb(child.pid());
                child.info().totalCpuDuration().ifPresent(d -> cpuMs.put(child.pid(), d.toMillis()));
                boolean worker = commandLine(child.pid()).contains(WORKER);
                if (worker) {
                    workerPeak = Math.max(workerPeak, kb);
                } else {
                    coordinator = child.pid();
                    coordinatorPeak = Math.max(coordinatorPeak, kb);
                }
                total += kb;
            }
            parentPeak = Math.max(parentPeak, parent);
            totalPeak = Math.max(totalPeak, total);
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        reader.join();
        if (p.exitValue() != 0) {
            throw new IllegalStateException("perfdecl extract exited " + p.exitValue());
        }
        JsonNode totals = JSON.readTree(out.resolve("run.json").toFile()).get("totals");
        if (totals.get("failed").asInt() != 0) {
            throw new IllegalStateException("failures in " + out);
        }
        long live = liveAfterGcMb(gcDir.resolve("gc-" + coordinator + ".log"));
        deleteTree(gcDir);
        double cpu = cpuMs.values().stream().mapToLong(Long::longValue).sum() / 1000.0;
        return new Run(seconds, cpu, totals.get("forms").asInt(), live, parentPeak / 1024, coordinatorPeak / 1024,
                workerPeak / 1024, totalPeak / 1024, steadyRate(progress, totals.get("inputs").asInt()));
    }

    /** Keeps the run's plain progress lines ("perfdecl: 325/1500 files, ..."), timed from {@code t0}. */
    private static void readProgress(InputStream out, long t0, List<Progress> progress) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    progress.add(new Progress((System.nanoTime() - t0) / 1e9, Integer.parseInt(m.group(1))));
                }
            }
        } catch (IOException e) {
            // the run ended; what was read is kept
        }
    }

    /**
     * Files per second once the JIT compilers have done most of their work: from the first progress line past a
     * third of the files to the last one; NaN for a run too short to have both.
     */
    private static double steadyRate(List<Progress> progress, int files) {
        Progress from = progress.stream().filter(p -> p.files() >= files / 3).findFirst().orElse(null);
        Progress to = progress.isEmpty() ? null : progress.get(progress.size() - 1);
        if (from == null || to == null || to.files() - from.files() < files / 3) {
            return Double.NaN;
        }
        return (to.files() - from.files()) / (to.seconds() - from.seconds());
    }

    /**
     * What two cores give this workload at best: two independent in-process runs of one job, each on half the files,
     * at the same time (no coordination, nothing shared, each paying its own JIT); wall time until both end.
     */
    private static Run runPair(Path halfA, Path halfB, Path out) throws Exception {
        long t0 = System.nanoTime();
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            Future<Run> a = both.submit(() -> runCommand(halfA, out.resolve("a"), 1, "--no-isolate"));
            Future<Run> b = both.submit(() -> runCommand(halfB, out.resolve("b"), 1, "--no-isolate"));
            Run ra = a.get();
            Run rb = b.get();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Run(seconds, ra.cpuSeconds() + rb.cpuSeconds(), ra.forms() + rb.forms(), 0,
                    ra.parentMb() + rb.parentMb(), 0, 0, ra.totalMb() + rb.totalMb(),
                    ra.steadyFilesPerSecond() + rb.steadyFilesPerSecond());
        } finally {
            both.shutdownNow();
        }
    }

    private static List<Path> linkAll(List<Path> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Path f : files) {
            Files.createSymbolicLink(dir.resolve(f.getFileName()), f.toAbsolutePath());
        }
        return files;
    }

    /** The most heap in use right after a collection ("Pause Young ... 60M->12M(256M)"): what the run keeps. */
    private static long liveAfterGcMb(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return 0;
        }
        Matcher m = AFTER_GC.matcher(Files.readString(gcLog));
        long max = 0;
        while (m.find()) {
            max = Math.max(max, Long.parseLong(m.group(1)));
        }
        return max;
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading
        }
        return 0;
    }

    private static String loadAverage() {
        try (InputStream in = Files.newInputStream(Path.of("/proc/loadavg"))) {
            String[] parts = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}
