package perfdecl.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import perfdecl.pdf.OcrEngine;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.AuditSummary;
import perfdecl.audit.Auditor;
import perfdecl.audit.CrossYearTable;
import perfdecl.model.AuditReport;
import perfdecl.model.CrossYearRow;
import perfdecl.model.Declaration;
import perfdecl.model.InputReport;
import perfdecl.model.UnitYearSummary;
import perfdecl.write.AuditFindingsCsvWriter;
import perfdecl.write.CsvDialect;
import perfdecl.write.AuditJsonWriter;
import perfdecl.write.AuditWorkbookWriter;
import perfdecl.write.DeclarationJsonReader;
import perfdecl.write.FindingMessages;
import perfdecl.write.HtmlReportWriter;
import perfdecl.write.Language;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.InputFiles;
import perfdecl.pipeline.review.ReviewCorrections;

/**
 * An audit over filings of several years: PDFs and text exports are extracted on the fly, earlier JSON output
 * ({@code json/*.json}, {@code declarations.jsonl}) is read back; a declaration met twice (the same id from both) is
 * taken once. Writes {@code audit.json}, {@code audit_findings.csv}, {@code audit.xlsx} and {@code report.html};
 * the CSV's messages and the report open in the chosen language (the JSON keeps each finding's own message).
 */
public final class AuditRun {

    private static final Set<String> AUDITABLE = Set.of("pdf", "txt", "text", "tsv", "json", "jsonl");

    /**
     * The audit, the inputs that could not be used or only in part (each with its reason; a partial input's
     * forms are audited), and one line for every review
     * correction that could not be applied.
     */
    public record Outcome(AuditReport report, List<InputReport> failed, int declarations, List<String> notApplied) {
    }

    private final FileExtractor extractor;

    /** An audit that extracts PDFs and text exports with the default OCR engine. */
    public AuditRun() {
        this(OcrEngine.DEFAULT);
    }

    /** An audit that extracts PDFs and text exports on the fly, scans read with the {@code ocr} engine. */
    public AuditRun(String ocr) {
        this.extractor = new FileExtractor(BatchExtraction.standardReaders(ocr));
    }

    /** The audit in Chinese, {@code audit_findings.csv} in the {@link CsvDialect#EXCEL excel} dialect. */
    public Outcome run(List<Path> inputs, Path outDir, AuditSettings settings) throws IOException {
        return run(inputs, outDir, settings, Language.ZH);
    }

    /** The audit in {@code language}, {@code audit_findings.csv} in the {@link CsvDialect#EXCEL excel} dialect. */
    public Outcome run(List<Path> inputs, Path outDir, AuditSettings settings, Language language) throws IOException {
        return run(inputs, outDir, settings, language, CsvDialect.EXCEL);
    }

    /** Audits the declarations of {@code inputs} into {@code outDir}, {@code audit_findings.csv} in {@code csv}. */
    public Outcome run(List<Path> inputs, Path outDir, AuditSettings settings, Language language, CsvDialect csv)
            throws IOException {
        return run(inputs, outDir, settings, language, csv, null);
    }

    /**
     * The audit, a review's corrections applied to the filings extracted on the fly: those of
     * {@code corrections}, or else of {@code outDir/corrections.jsonl} when there is one. JSON inputs are taken as
     * they are: {@code extract} applied the corrections of its folder when it wrote them.
     */
    public Outcome run(List<Path> inputs, Path outDir, AuditSettings settings, Language language, CsvDialect csv,
                       Path corrections) throws IOException {
        ReviewCorrections review = ReviewCorrections.load(ReviewCorrections.locate(corrections, outDir));
        List<String> notApplied = new ArrayList<>(review.damaged());
        List<Declaration> extracted = new ArrayList<>();
        Map<String, Declaration> byId = new LinkedHashMap<>();
        List<Declaration> unnamed = new ArrayList<>();
        List<InputReport> failed = new ArrayList<>();
        for (Path file : InputFiles.collect(inputs, AUDITABLE)) {
            List<Declaration> found;
            String ext = InputFiles.extension(file);
            if (ext.equals("json") || ext.equals("jsonl")) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    // other JSON in the folder (run.json) reads as an empty record: keep only declarations
                    found = new DeclarationJsonReader().readAll(r).stream().filter(AuditRun::isDeclaration).toList();
                } catch (IOException | RuntimeException e) {
                    if (!named(inputs, file) && !mentionsDeclarationKeys(file)) {
                        continue; // run.json and other JSON that a folder holds beside the declarations
                    }
                    failed.add(new InputReport(file.getFileName().toString(), null, InputReport.FAILED,
                            "not declaration JSON: " + oneLine(e.getMessage()), 0, null, 0));
                    continue;
                }
            } else {
                InputResult r = extractor.extract(file);
                if (!InputReport.OK.equals(r.report().status())) {
                    failed.add(r.report());
                }
                // a bundle with a lost page still gives its other forms: they are audited, the file reported
                if (!r.report().extracted()) {
                    continue;
                }
                found = r.declarations().stream().map(d -> review.apply(d, notApplied)).toList();
                extracted.addAll(r.declarations());
            }
            for (Declaration d : found) {
                if (d.id() == null) {
                    unnamed.add(d);
                } else {
                    byId.putIfAbsent(d.id(), d);
                }
            }
        }
        List<Declaration> all = new ArrayList<>(byId.values());
        all.addAll(unnamed);
        AuditReport report = new Auditor().audit(all, settings);
        List<CrossYearRow> crossYear = CrossYearTable.rows(report, all);
        AtomicFile.writeText(outDir.resolve("audit.json"), w -> new AuditJsonWriter().write(report, w));
        List<UnitYearSummary> summary = AuditSummary.rows(report, all);
        AtomicFile.writeText(outDir.resolve("audit_findings.csv"), w -> new AuditFindingsCsvWriter(language, csv).write(report, w));
        AtomicFile.writeBinary(outDir.resolve("audit.xlsx"), out -> new AuditWorkbookWriter(language).write(all, crossYear, summary, out));
        AtomicFile.writeText(outDir.resolve("report.html"),
                w -> new HtmlReportWriter(language).write(report, all, crossYear, summary, w));
        if (!review.isEmpty()) {
            notApplied.addAll(review.stale(extracted));
        }
        return new Outcome(report, failed, all.size(), notApplied);
    }

    /**
     * What the command line prints about the findings: one line per code (by severity, then code) with its count
     * and description, then the summary line, in {@code language}.
     */
    public static List<String> printedFindings(Outcome outcome, Path outDir, Language language) {
        FindingMessages messages = FindingMessages.of(language);
        Map<String, int[]> counts = new java.util.TreeMap<>();
        Map<String, String> severityOf = new java.util.HashMap<>();
        for (var f : outcome.report().findings()) {
            counts.computeIfAbsent(f.code(), c -> new int[1])[0]++;
            severityOf.merge(f.code(), f.severity(), (a, b) -> rank(a) <= rank(b) ? a : b);
        }
        List<String> lines = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, int[]> e) -> rank(severityOf.get(e.getKey())))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> lines.add(messages.text("cli.code", Map.of("severity", messages.severity(severityOf.get(e.getKey())),
                        "code", e.getKey(), "n", e.getValue()[0], "description", messages.description(e.getKey())))));
        lines.add(messages.text("cli.summary", Map.of("forms", outcome.declarations(), "projects",
                outcome.report().projects().size(), "findings", outcome.report().findings().size(), "dir", outDir.toString())));
        return lines;
    }

    private static int rank(String severity) {
        return switch (severity == null ? "" : severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }

    private static boolean isDeclaration(Declaration d) {
        return d.projectName() != null || d.unit() != null || d.budget() != null || d.source() != null;
    }

    private static boolean named(List<Path> inputs, Path file) {
        return inputs.stream().anyMatch(p -> p.equals(file));
    }

    private static boolean mentionsDeclarationKeys(Path file) throws IOException {
        String head;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[4096];
            int n = r.read(buf);
            head = n <= 0 ? "" : new String(buf, 0, n);
        }
        return head.contains("\"projectName\"") || head.contains("\"schemaVersion\"");
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable" : s.replaceAll("\\s+", " ").strip();
    }
}
