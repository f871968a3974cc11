package perfdecl.bench;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.AuditSummary;
import perfdecl.audit.Auditor;
import perfdecl.audit.CrossYearTable;
import perfdecl.audit.FilingArchive;
import perfdecl.model.AuditReport;
import perfdecl.model.CrossYearRow;
import perfdecl.model.Declaration;
import perfdecl.model.UnitYearSummary;
import perfdecl.write.HtmlReportWriter;
import perfdecl.write.ReportBrowser;

/**
 * The audit report at archive scale (test scope, not a test; run by bench/report.sh): audits the generated
 * archive ({@link FilingArchive}, 10,000+ forms by default), writes report.html and prints its size, then opens
 * it in headless Chromium and prints the time until it is interactive (the page's own ready mark, counted from
 * navigation start) and how long filtering by a unit and searching take.
 * Arguments: [units (default 312)] [years (default 4)] [runs in the browser (default 3)].
 */
public final class ReportBenchmark {

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 312;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = Files.createTempDirectory("perfdecl-report-bench");
        long t0 = System.nanoTime();
        FilingArchive archive = new FilingArchive(units, 9, years);
        List<Declaration> filings = archive.declarations();
        long t1 = System.nanoTime();
        AuditReport report = new Auditor().audit(filings, AuditSettings.DEFAULTS);
        List<CrossYearRow> crossYear = CrossYearTable.rows(report, filings);
        List<UnitYearSummary> summary = AuditSummary.rows(report, filings);
        long t2 = System.nanoTime();
        Path html = dir.resolve("report.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new HtmlReportWriter().write(report, filings, crossYear, summary, out);
        }
        long t3 = System.nanoTime();
        String text = Files.readString(html, StandardCharsets.UTF_8);
        Matcher data = Pattern.compile("id=\"data\">([^<]*)</script>").matcher(text);
        int base64 = data.find() ? data.group(1).length() : -1;
        long json = 0;
        if (base64 > 0) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                    java.util.Base64.getDecoder().decode(data.group(1).strip())))) {
                json = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        System.out.printf(Locale.ROOT, "| archive | %,d forms, %,d units, %d years, %,d projects, %,d findings |%n",
                filings.size(), units, years, report.projects().size(), report.findings().size());
        System.out.printf(Locale.ROOT, "| generate / audit / write report | %.1f s / %.1f s / %.1f s |%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        System.out.printf(Locale.ROOT, "| report.html | %,d bytes (%.2f MB), of which embedded data %,d bytes base64 "
                + "(%,d bytes of JSON before gzip) |%n", Files.size(html), Files.size(html) / 1e6, base64, json);
        if (ReportBrowser.available().isEmpty()) {
            System.out.println("| browser | no chromium/chromedriver: not measured |");
            return;
        }
        for (int run = 1; run <= runs; run++) {
            try (ReportBrowser browser = new ReportBrowser(Files.createTempDirectory(dir, "profile"), 1400, 1000)) {
                long start = System.nanoTime();
                double ready = browser.open(html);
                double wall = (System.nanoTime() - start) / 1e6;
                browser.js("location.hash = '#findings';");
                Object filter = browser.js("var s = document.getElementById('f-unit'); var t = performance.now();"
                        + " s.value = s.options[5].value; s.dispatchEvent(new Event('change'));"
                        + " return [performance.now() - t, document.getElementById('shown').getAttribute('data-n')];");
                Object search = browser.js("var i = document.getElementById('f-search'); var t = performance.now();"
                        + " i.value = '老年人健康体检'; i.dispatchEvent(new Event('input'));"
                        + " return [performance.now() - t, document.getElementById('shown').getAttribute('data-n')];");
                System.out.printf(Locale.ROOT, "| browser run %d | interactive %.0f ms after navigation start (%.0f ms as "
                        + "the driver waited); unit filter %s ms; first full-text search %s ms |%n", run, ready, wall,
                        first(filter), first(search));
                if (!browser.consoleErrors().isEmpty()) {
                    System.out.println("| console errors | " + browser.consoleErrors() + " |");
                }
            }
        }
    }

    private static String first(Object pair) {
        return String.format(Locale.ROOT, "%.0f", ((Number) ((List<?>) pair).get(0)).doubleValue());
    }
}
