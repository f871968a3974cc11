package perfdecl.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.CrossYearRow;
import perfdecl.model.Declaration;
import perfdecl.model.FindingCode;
import perfdecl.model.FormRef;
import perfdecl.model.Indicator;
import perfdecl.model.ProjectLink;
import perfdecl.model.UnitYearSummary;

/**
 * Writes an {@link AuditReport} as report.html: one self-contained UTF-8 file that needs no network and no server.
 * The audit is embedded once, as gzip-compressed JSON in base64 ({@code <script id="data">}), and drawn by a
 * small script ({@code report.js}, inlined with {@code report.css}) that decompresses it with the browser's
 * {@code DecompressionStream}: an overview by unit and year with charts, every finding filterable, sortable and
 * searchable in a virtually scrolled list, and a page per project with its filings side by side
 * ({@code #p/<n>}; {@code #f/<form>/<field>} opens a form's column at a field). Messages, headings and code
 * descriptions are in both languages, shown in {@code language} first and switchable in the page. The small
 * uncompressed part (strings) is JSON with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 escaped, and
 * the script renders every value as text, never as markup. The writer is flushed, not closed.
 *
 * <p>Data layout (arrays, to keep it small): {@code units[]}; {@code projects[]} = [unit, name, key, similarity,
 * forms[]]; {@code forms[]} = [project, year, id, file, projectName, total, currentYear, priorYearBudget,
 * priorYearExecuted, executionRate (the rate this form reports for the year before), previousExecutionTarget
 * (the target the year before declared), ownExecutionTarget, items[[name, amount]], indicators[[l1, l2, l3,
 * target]], [projectType, fundUse, period.start, period.end]]; {@code codes[]}; {@code f} = findings as columns (c code, s severity 0 error 1 warning 2 info,
 * p project, sc scope, d forms[], fl fields[], e expected, a actual, mz/me message in Chinese/English — these four
 * as positions in {@code strings[]}, where each distinct text is stored once);
 * {@code summary[]} = [unit, year, forms, projects, errors, warnings, infos, total, currentYear].
 */
public final class HtmlReportWriter {

    private static final List<String> SEVERITIES = List.of("error", "warning", "info");
    private static final String EXECUTION_RATE = "预算执行率";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Language language;

    /** Chinese first. */
    public HtmlReportWriter() {
        this(Language.ZH);
    }

    public HtmlReportWriter(Language language) {
        this.language = language;
    }

    /**
     * @param declarations the declarations the report was made from, in the same order ({@code report.forms()})
     * @param crossYear    the report's cross-year rows (execution rates and the targets declared the year before)
     * @param summary      the report's figures per unit and year
     * @throws IllegalArgumentException when the declarations are not the report's
     */
    public void write(AuditReport report, List<Declaration> declarations, List<CrossYearRow> crossYear,
                      List<UnitYearSummary> summary, Writer out) throws IOException {
        if (report.forms().size() != declarations.size()) {
            throw new IllegalArgumentException("the report covers " + report.forms().size() + " declarations, "
                    + declarations.size() + " given");
        }
        String data = Base64.getEncoder().encodeToString(gzip(JSON.writeValueAsBytes(data(report, declarations, crossYear, summary))));
        out.write("<!DOCTYPE html>\n<html lang=\"" + language.htmlLang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(FindingMessages.of(language).text("ui.title", Map.of())) + " · perfdecl</title>\n<style>\n");
        out.write(resource("report.css"));
        out.write("</style>\n</head>\n<body>\n<div id=\"app\"><div id=\"loading\">");
        out.write(esc(FindingMessages.of(language).text("ui.loading", Map.of())));
        out.write("</div></div>\n<noscript>report.html needs JavaScript · 本报告需要启用 JavaScript</noscript>\n");
        out.write("<script type=\"application/json\" id=\"meta\">");
        out.write(scriptSafeJson(meta()));
        out.write("</script>\n<script type=\"text/plain\" id=\"data\">");
        out.write(data);
        out.write("</script>\n<script>\n");
        out.write(resource("report.js"));
        out.write("</script>\n</body>\n</html>\n");
        out.flush();
    }

    private Map<String, Object> meta() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("lang", language.tag());
        Map<String, Object> ui = new LinkedHashMap<>();
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> severities = new LinkedHashMap<>();
        Map<String, String> htmlLang = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            FindingMessages m = FindingMessages.of(l);
            Map<String, String> strings = new LinkedHashMap<>();
            m.entries("ui.").forEach((k, v) -> strings.put("ui." + k, v));
            ui.put(l.tag(), strings);
            fields.put(l.tag(), m.entries("field."));
            Map<String, String> sev = new LinkedHashMap<>();
            SEVERITIES.forEach(s -> sev.put(s, m.severity(s)));
            severities.put(l.tag(), sev);
            htmlLang.put(l.tag(), l.htmlLang());
        }
        meta.put("ui", ui);
        meta.put("fields", fields);
        meta.put("sev", severities);
        meta.put("htmlLang", htmlLang);
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (FindingCode c : FindingCode.values()) {
            codes.put(c.name(), List.of(c.defaultSeverity(), c.zh(), c.en()));
        }
        meta.put("codes", codes);
        return meta;
    }

    private static Map<String, Object> data(AuditReport report, List<Declaration> declarations,
                                            List<CrossYearRow> crossYear, List<UnitYearSummary> summary) {
        Map<String, Integer> units = new LinkedHashMap<>();
        Map<String, Integer> projectIndex = new HashMap<>();
        Map<String, Integer> formIndex = new HashMap<>();
        for (int i = 0; i < report.forms().size(); i++) {
            formIndex.put(report.forms().get(i).declaration(), i);
        }
        List<Object> projects = new ArrayList<>();
        for (ProjectLink p : report.projects()) {
            projectIndex.put(p.key(), projects.size());
            int unit = units.computeIfAbsent(p.unit() == null ? "" : p.unit(), u -> units.size());
            projects.add(Arrays.asList(unit, p.projectName(), p.key(), p.similarity(),
                    p.declarations().stream().map(formIndex::get).toList()));
        }
        Map<String, CrossYearRow> rowOf = new HashMap<>();
        crossYear.forEach(r -> rowOf.put(r.declaration(), r));
        List<Object> forms = new ArrayList<>();
        for (int i = 0; i < declarations.size(); i++) {
            FormRef ref = report.forms().get(i);
            Declaration d = declarations.get(i);
            Budget b = d.budget();
            CrossYearRow row = rowOf.get(ref.declaration());
            List<Object> items = new ArrayList<>();
            if (b != null) {
                b.items().forEach(item -> items.add(Arrays.asList(item.name(), item.amount())));
            }
            List<Object> indicators = new ArrayList<>();
            String ownTarget = null;
            for (Indicator ind : d.indicators()) {
                String raw = ind.target() == null ? null : ind.target().raw();
                indicators.add(Arrays.asList(ind.level1(), ind.level2(), ind.level3(), raw));
                if (ownTarget == null && raw != null && (contains(ind.level3(), EXECUTION_RATE) || contains(ind.level2(), EXECUTION_RATE))) {
                    ownTarget = raw;
                }
            }
            forms.add(Arrays.asList(projectIndex.get(ref.project()), d.year(), ref.declaration(),
                    d.source() == null ? null : d.source().file(), d.projectName(),
                    b == null ? null : b.total(), b == null ? null : b.currentYear(),
                    b == null ? null : b.priorYearBudget(), b == null ? null : b.priorYearExecuted(),
                    row == null || row.executionRate() == null ? null : row.executionRate().toPlainString(),
                    row == null ? null : row.previousExecutionTarget(), ownTarget, items, indicators,
                    Arrays.asList(selected(d.projectType()), selected(d.fundUse()),
                            d.period() == null ? null : d.period().start(), d.period() == null ? null : d.period().end())));
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        int n = report.findings().size();
        List<Integer> code = new ArrayList<>(n), severity = new ArrayList<>(n), project = new ArrayList<>(n);
        List<Integer> scope = new ArrayList<>(n);
        List<Object> refs = new ArrayList<>(n), fields = new ArrayList<>(n);
        // texts that recur (a form's finding filed by hundreds of units reads the same) are stored once
        Map<String, Integer> strings = new LinkedHashMap<>();
        java.util.function.Function<String, Integer> text = t -> t == null ? null
                : strings.computeIfAbsent(t, k -> strings.size());
        List<Integer> expected = new ArrayList<>(n), actual = new ArrayList<>(n), zh = new ArrayList<>(n), en = new ArrayList<>(n);
        FindingMessages mz = FindingMessages.of(Language.ZH);
        FindingMessages me = FindingMessages.of(Language.EN);
        List<String> scopes = List.of(AuditFinding.CROSS_YEAR, AuditFinding.LINK, AuditFinding.FORM);
        for (AuditFinding f : report.findings()) {
            code.add(codes.computeIfAbsent(f.code(), c -> codes.size()));
            int s = SEVERITIES.indexOf(f.severity());
            severity.add(s < 0 ? 2 : s);
            project.add(projectIndex.get(f.project()));
            scope.add(Math.max(0, scopes.indexOf(f.scope())));
            refs.add(f.declarations().stream().map(formIndex::get).toList());
            fields.add(f.fields());
            expected.add(text.apply(cell(f.expected())));
            actual.add(text.apply(cell(f.actual())));
            zh.add(text.apply(mz.message(f)));
            en.add(text.apply(me.message(f)));
        }
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("c", code);
        findings.put("s", severity);
        findings.put("p", project);
        findings.put("sc", scope);
        findings.put("d", refs);
        findings.put("fl", fields);
        findings.put("e", expected);
        findings.put("a", actual);
        findings.put("mz", zh);
        findings.put("me", en);
        List<Object> sums = new ArrayList<>();
        for (UnitYearSummary r : summary) {
            int unit = units.computeIfAbsent(r.unit() == null ? "" : r.unit(), u -> units.size());
            sums.add(Arrays.asList(unit, r.year(), r.forms(), r.projects(), r.errors(), r.warnings(), r.infos(),
                    r.total(), r.currentYear()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("v", 1);
        data.put("units", new ArrayList<>(units.keySet()));
        data.put("projects", projects);
        data.put("forms", forms);
        data.put("codes", new ArrayList<>(codes.keySet()));
        data.put("strings", new ArrayList<>(strings.keySet()));
        data.put("f", findings);
        data.put("summary", sums);
        return data;
    }

    private static String selected(ChoiceGroup group) {
        return group == null || group.selected().isEmpty() ? null : String.join("、", group.selected());
    }

    private static boolean contains(String text, String part) {
        return text != null && text.replaceAll("\\s+", "").contains(part);
    }

    /** A value as the finding's expected/actual column shows it: plain text, numbers plainly, anything else as JSON. */
    static String cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 6 + 1024);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** JSON that can stand inside a script element: nothing in it can close the element or break the line. */
    static String scriptSafeJson(Object value) throws JsonProcessingException {
        String json = JSON.writeValueAsString(value);
        StringBuilder s = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> s.append("\\u003c");
                case '>' -> s.append("\\u003e");
                case '&' -> s.append("\\u0026");
                case '\u2028' -> s.append("\\u2028");
                case '\u2029' -> s.append("\\u2029");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("/perfdecl/write/" + name)) {
            if (in == null) {
                throw new IllegalStateException("report resource missing from the jar: " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // an inlined resource must not be able to end its element early
            if (text.contains("</")) {
                throw new IllegalStateException(name + " contains \"</\", which would end its inline element");
            }
            return text;
        }
    }
}
