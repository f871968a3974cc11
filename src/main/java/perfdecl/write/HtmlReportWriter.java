package perfdecl.write;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Declaration;
import perfdecl.model.FormRef;
import perfdecl.model.Indicator;
import perfdecl.model.ProjectLink;

/**
 * Writes an {@link AuditReport} as report.html: one self-contained UTF-8 page (inline CSS and SVG, no script,
 * nothing fetched) with the counts, findings by severity and by code, every finding, each project's budget
 * across years as a bar chart, and a section per declaration. A declaration's section has the anchor
 * {@code #<declaration id>} and each field row {@code #<declaration id>/<field path>} (for example
 * {@code #ab12cd34ef56-0/budget.priorYearBudget}); every finding links to the forms and fields it concerns.
 * All text is HTML-escaped. The writer is flushed, not closed.
 */
public final class HtmlReportWriter {

    private static final List<String> SEVERITIES = List.of("error", "warning", "info");
    private static final Map<String, String> SEVERITY_NAMES = Map.of("error", "错误 error", "warning", "警告 warning",
            "info", "提示 info");

    /**
     * @param declarations the declarations the report was made from, in the same order ({@code report.forms()})
     * @throws IllegalArgumentException when their number differs from the report's
     */
    public void write(AuditReport report, List<Declaration> declarations, Writer out) throws IOException {
        if (report.forms().size() != declarations.size()) {
            throw new IllegalArgumentException("the report covers " + report.forms().size() + " declarations, "
                    + declarations.size() + " given");
        }
        Page page = new Page(report, declarations);
        StringBuilder html = new StringBuilder(64 * 1024);
        page.render(html);
        out.write(html.toString());
        out.flush();
    }

    /** One rendering: the report, its declarations by audit id, and the anchors their sections provide. */
    private static final class Page {
        private final AuditReport report;
        private final Map<String, Declaration> byRef = new LinkedHashMap<>();
        private final Map<String, FormRef> refs = new HashMap<>();
        private final Map<String, Integer> projectIndex = new HashMap<>();
        private final Map<String, List<Integer>> findingsByRef = new HashMap<>();
        private final Set<String> anchors = new HashSet<>();

        Page(AuditReport report, List<Declaration> declarations) {
            this.report = report;
            for (int i = 0; i < declarations.size(); i++) {
                FormRef ref = report.forms().get(i);
                byRef.put(ref.declaration(), declarations.get(i));
                refs.put(ref.declaration(), ref);
            }
            for (int i = 0; i < report.projects().size(); i++) {
                projectIndex.put(report.projects().get(i).key(), i + 1);
            }
            for (int i = 0; i < report.findings().size(); i++) {
                for (String ref : new HashSet<>(report.findings().get(i).declarations())) {
                    findingsByRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(i + 1);
                }
            }
            byRef.forEach((ref, d) -> anchors.addAll(fieldAnchors(ref, d)));
        }

        void render(StringBuilder h) {
            h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>跨年度审计报告 · perfdecl</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
            h.append("<header><h1>跨年度审计报告 <small>Audit across filings and years</small></h1>\n");
            h.append("<nav><a href=\"#summary\">概况</a> <a href=\"#findings\">发现</a> <a href=\"#projects\">项目</a> ")
                    .append("<a href=\"#forms\">申报表</a></nav></header>\n<main>\n");
            summary(h);
            findings(h);
            projects(h);
            forms(h);
            h.append("</main>\n</body>\n</html>\n");
        }

        private void summary(StringBuilder h) {
            long multiYear = report.projects().stream()
                    .filter(p -> p.years().stream().filter(Objects::nonNull).distinct().count() > 1).count();
            Map<String, Integer> bySeverity = new LinkedHashMap<>();
            SEVERITIES.forEach(s -> bySeverity.put(s, 0));
            Map<String, int[]> byCode = new TreeMap<>();
            Map<String, String> codeSeverity = new HashMap<>();
            for (AuditFinding f : report.findings()) {
                bySeverity.merge(f.severity(), 1, Integer::sum);
                byCode.computeIfAbsent(f.code(), c -> new int[1])[0]++;
                codeSeverity.putIfAbsent(f.code(), f.severity());
            }
            h.append("<section id=\"summary\"><h2>概况</h2>\n<div class=\"counts\">");
            count(h, report.forms().size(), "申报表 forms");
            count(h, report.projects().size(), "项目 projects");
            count(h, multiYear, "跨年度项目 multi-year");
            count(h, report.findings().size(), "发现 findings");
            h.append("</div>\n<div class=\"side\"><table class=\"tally\"><caption>按严重程度 by severity</caption>")
                    .append("<tr><th>严重程度</th><th>数量</th></tr>\n");
            bySeverity.forEach((s, n) -> h.append("<tr><td>").append(badge(s)).append("</td><td class=\"num\">")
                    .append(n).append("</td></tr>\n"));
            h.append("</table>\n<table class=\"tally\"><caption>按代码 by code</caption>")
                    .append("<tr><th>代码 code</th><th>严重程度</th><th>数量</th></tr>\n");
            byCode.forEach((code, n) -> h.append("<tr><td><code>").append(esc(code)).append("</code></td><td>")
                    .append(badge(codeSeverity.get(code))).append("</td><td class=\"num\">").append(n[0])
                    .append("</td></tr>\n"));
            if (byCode.isEmpty()) {
                h.append("<tr><td colspan=\"3\">没有发现 no findings</td></tr>\n");
            }
            h.append("</table></div></section>\n");
        }

        private static void count(StringBuilder h, long n, String label) {
            h.append("<div class=\"count\"><b>").append(n).append("</b><span>").append(esc(label)).append("</span></div>");
        }

        private void findings(StringBuilder h) {
            h.append("<section id=\"findings\"><h2>发现 Findings</h2>\n");
            if (report.findings().isEmpty()) {
                h.append("<p>没有发现。</p></section>\n");
                return;
            }
            h.append("<table class=\"findings\"><thead><tr><th>#</th><th>严重程度</th><th>代码</th><th>项目</th>")
                    .append("<th>说明</th><th>预期 expected</th><th>实际 actual</th><th>表单与字段</th></tr></thead><tbody>\n");
            int n = 0;
            for (AuditFinding f : report.findings()) {
                n++;
                h.append("<tr id=\"finding-").append(n).append("\" class=\"").append(esc(f.severity())).append("\"><td>")
                        .append(n).append("</td><td>").append(badge(f.severity())).append("</td><td><code>")
                        .append(esc(f.code())).append("</code><br><small>").append(esc(f.scope())).append("</small></td><td class=\"proj\">");
                Integer p = projectIndex.get(f.project());
                if (p != null) {
                    ProjectLink project = report.projects().get(p - 1);
                    h.append("<a href=\"#project-").append(p).append("\">").append(esc(project.projectName())).append("</a>");
                }
                h.append("</td><td class=\"msg\">").append(esc(f.message())).append("</td><td>").append(esc(value(f.expected())))
                        .append("</td><td>").append(esc(value(f.actual()))).append("</td><td class=\"where\">");
                for (int i = 0; i < f.declarations().size(); i++) {
                    String ref = f.declarations().get(i);
                    String field = f.fields().get(i);
                    Integer year = f.years().get(i);
                    h.append("<div><a href=\"").append(href(ref)).append("\">")
                            .append(esc(year == null ? "?" : year + "年")).append(" ")
                            .append(esc(Objects.toString(f.files().get(i), ref))).append("</a>");
                    if (!field.isEmpty()) {
                        h.append(" · <a href=\"").append(href(anchorFor(ref, field))).append("\"><code>")
                                .append(esc(field)).append("</code></a>");
                    }
                    h.append("</div>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table></section>\n");
        }

        /** The closest rendered anchor for a field: the field itself, else its nearest parent, else the form. */
        private String anchorFor(String ref, String field) {
            String path = field;
            while (!path.isEmpty()) {
                if (anchors.contains(ref + "/" + path)) {
                    return ref + "/" + path;
                }
                int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
                path = cut <= 0 ? "" : path.substring(0, cut);
            }
            return ref;
        }

        private void projects(StringBuilder h) {
            h.append("<section id=\"projects\"><h2>项目 Projects</h2>\n");
            int n = 0;
            for (ProjectLink p : report.projects()) {
                n++;
                h.append("<article class=\"project\" id=\"project-").append(n).append("\"><h3>")
                        .append(esc(p.projectName())).append(" <small>").append(esc(p.unit())).append("</small></h3>\n");
                h.append("<p class=\"meta\">链接键 key <code>").append(esc(p.key())).append("</code> · 名称相似度 similarity ")
                        .append(String.format(Locale.ROOT, "%.2f", p.similarity())).append(" · 单位相似度 ")
                        .append(String.format(Locale.ROOT, "%.2f", p.unitSimilarity())).append("</p>\n<ul class=\"filings\">");
                for (int i = 0; i < p.declarations().size(); i++) {
                    String ref = p.declarations().get(i);
                    Integer year = p.years().get(i);
                    h.append("<li><a href=\"").append(href(ref)).append("\">").append(esc(year == null ? "?" : year + "年"))
                            .append("</a> ").append(esc(p.names().get(i))).append(" <small>")
                            .append(esc(Objects.toString(p.files().get(i), ""))).append("</small></li>");
                }
                h.append("</ul>\n");
                new BudgetChart(p, byRef).render(h, n);
                h.append("</article>\n");
            }
            h.append("</section>\n");
        }

        private void forms(StringBuilder h) {
            h.append("<section id=\"forms\"><h2>申报表 Forms</h2>\n");
            byRef.forEach((ref, d) -> form(h, ref, d));
            h.append("</section>\n");
        }

        private void form(StringBuilder h, String ref, Declaration d) {
            FormRef form = refs.get(ref);
            h.append("<article class=\"form\" id=\"").append(esc(ref)).append("\"><h3>")
                    .append(esc(d.year() == null ? "?" : d.year() + "年")).append(" · ").append(esc(d.projectName()))
                    .append(" <small>").append(esc(d.unit() == null ? null : d.unit().name())).append("</small></h3>\n");
            h.append("<p class=\"meta\"><code>").append(esc(ref)).append("</code> · ")
                    .append(esc(d.source() == null ? null : d.source().file()));
            Integer p = projectIndex.get(form.project());
            if (p != null) {
                h.append(" · <a href=\"#project-").append(p).append("\">项目 project</a>");
            }
            List<Integer> related = findingsByRef.getOrDefault(ref, List.of());
            if (!related.isEmpty()) {
                h.append(" · 发现 findings");
                related.forEach(i -> h.append(" <a href=\"#finding-").append(i).append("\">#").append(i).append("</a>"));
            }
            h.append("</p>\n<table class=\"fields\">\n");
            field(h, ref, "year", "年度", d.year());
            field(h, ref, "unit.name", "申报单位", d.unit() == null ? null : d.unit().name());
            field(h, ref, "projectName", "项目名称", d.projectName());
            field(h, ref, "projectType", "项目类型", choice(d.projectType()));
            field(h, ref, "fundUse", "资金用途", choice(d.fundUse()));
            field(h, ref, "period.start", "项目开始", d.period() == null ? null : d.period().start());
            field(h, ref, "period.end", "项目结束", d.period() == null ? null : d.period().end());
            Budget b = d.budget();
            field(h, ref, "budget.total", "项目总预算（元）", b == null ? null : yuan(b.total()));
            field(h, ref, "budget.currentYear", "项目当年预算（元）", b == null ? null : yuan(b.currentYear()));
            field(h, ref, "budget.priorYearBudget", "同名项目上年预算额（元）", b == null ? null : yuan(b.priorYearBudget()));
            field(h, ref, "budget.priorYearExecuted", "同名项目上年预算执行数（元）", b == null ? null : yuan(b.priorYearExecuted()));
            h.append("</table>\n");
            if (b != null && !b.items().isEmpty()) {
                h.append("<table class=\"items\" id=\"").append(esc(ref + "/budget.items")).append("\">")
                        .append("<caption>项目当年投入资金构成</caption><tr><th>#</th><th>名称</th><th>金额（元）</th></tr>\n");
                for (int i = 0; i < b.items().size(); i++) {
                    Budget.Item item = b.items().get(i);
                    h.append("<tr id=\"").append(esc(ref + "/budget.items[" + i + "]")).append("\"><td>").append(i)
                            .append("</td><td>").append(esc(item.name())).append("</td><td class=\"num\">")
                            .append(esc(yuan(item.amount()))).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            if (!d.indicators().isEmpty()) {
                h.append("<table class=\"indicators\" id=\"").append(esc(ref + "/indicators")).append("\">")
                        .append("<caption>分解目标</caption><tr><th>#</th><th>一级</th><th>二级</th><th>三级</th><th>目标值</th></tr>\n");
                for (int i = 0; i < d.indicators().size(); i++) {
                    Indicator ind = d.indicators().get(i);
                    String path = ref + "/indicators[" + i + "]";
                    h.append("<tr id=\"").append(esc(path)).append("\"><td>").append(i).append("</td><td>")
                            .append(esc(ind.level1())).append("</td><td>").append(esc(ind.level2())).append("</td><td>")
                            .append(esc(ind.level3())).append("</td><td id=\"").append(esc(path + ".target")).append("\">")
                            .append(esc(ind.target() == null ? null : ind.target().raw())).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            h.append("</article>\n");
        }

        private static void field(StringBuilder h, String ref, String path, String label, Object value) {
            h.append("<tr id=\"").append(esc(ref + "/" + path)).append("\"><th>").append(esc(label))
                    .append(" <small><code>").append(esc(path)).append("</code></small></th><td>")
                    .append(value == null ? "<span class=\"blank\">—</span>" : esc(value.toString())).append("</td></tr>\n");
        }

        private static Set<String> fieldAnchors(String ref, Declaration d) {
            Set<String> a = new HashSet<>();
            for (String path : List.of("year", "unit.name", "projectName", "projectType", "fundUse", "period.start",
                    "period.end", "budget.total", "budget.currentYear", "budget.priorYearBudget", "budget.priorYearExecuted")) {
                a.add(ref + "/" + path);
            }
            if (d.budget() != null && !d.budget().items().isEmpty()) {
                a.add(ref + "/budget.items");
                for (int i = 0; i < d.budget().items().size(); i++) {
                    a.add(ref + "/budget.items[" + i + "]");
                }
            }
            if (!d.indicators().isEmpty()) {
                a.add(ref + "/indicators");
                for (int i = 0; i < d.indicators().size(); i++) {
                    a.add(ref + "/indicators[" + i + "]");
                    a.add(ref + "/indicators[" + i + "].target");
                }
            }
            return a;
        }
    }

    /** Inline SVG bars: each year's 项目当年预算 and the execution the following year reported for it. */
    private static final class BudgetChart {
        private static final int WIDTH = 640;
        private static final int HEIGHT = 260;
        private static final int LEFT = 84;
        private static final int RIGHT = 16;
        private static final int TOP = 28;
        private static final int BOTTOM = 48;

        private final Map<Integer, Long> budget = new TreeMap<>();
        private final Map<Integer, Long> executed = new TreeMap<>();

        BudgetChart(ProjectLink project, Map<String, Declaration> byRef) {
            for (int i = 0; i < project.declarations().size(); i++) {
                Integer year = project.years().get(i);
                Declaration d = byRef.get(project.declarations().get(i));
                if (year == null || d == null || d.budget() == null) {
                    continue;
                }
                if (d.budget().currentYear() != null) {
                    budget.putIfAbsent(year, d.budget().currentYear());
                }
                if (d.budget().priorYearExecuted() != null) {
                    executed.putIfAbsent(year - 1, d.budget().priorYearExecuted());
                }
            }
            // Execution is shown only for years whose budget is on the chart.
            executed.keySet().retainAll(budget.keySet());
        }

        void render(StringBuilder h, int n) {
            if (budget.isEmpty()) {
                h.append("<p class=\"blank\">没有可绘制的预算 no budget to chart</p>\n");
                return;
            }
            long max = budget.values().stream().mapToLong(Long::longValue).max().orElse(0);
            max = Math.max(max, executed.values().stream().mapToLong(Long::longValue).max().orElse(0));
            double step = niceStep(Math.max(max, 1) / 4.0);
            double top = Math.ceil(Math.max(max, 1) / step) * step;
            int plotW = WIDTH - LEFT - RIGHT;
            int plotH = HEIGHT - TOP - BOTTOM;
            h.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH)
                    .append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                    .append("\" role=\"img\" aria-labelledby=\"chart-title-").append(n).append("\"><title id=\"chart-title-")
                    .append(n).append("\">项目当年预算（万元）按年度</title>\n");
            for (double v = 0; v <= top + step / 2; v += step) {
                double y = TOP + plotH - v / top * plotH;
                h.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
                        LEFT, y, WIDTH - RIGHT, y));
                h.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                        LEFT - 6, y + 4, esc(wan(v))));
            }
            h.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
                    LEFT, TOP, LEFT, TOP + plotH));
            h.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
                    LEFT, TOP + plotH, WIDTH - RIGHT, TOP + plotH));
            h.append(String.format(Locale.ROOT,
                    "<text class=\"label\" transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">金额（万元）</text>\n",
                    TOP + plotH / 2));
            h.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">年度</text>\n",
                    LEFT + plotW / 2, HEIGHT - 6));
            List<Integer> years = new ArrayList<>(budget.keySet());
            double slot = (double) plotW / years.size();
            double bar = Math.min(56, slot / 3);
            for (int i = 0; i < years.size(); i++) {
                int year = years.get(i);
                double x0 = LEFT + slot * i + slot / 2;
                bar(h, x0 - bar - 2, bar, budget.get(year), top, plotH, "budget");
                if (executed.containsKey(year)) {
                    bar(h, x0 + 2, bar, executed.get(year), top, plotH, "executed");
                }
                h.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
                        x0, TOP + plotH + 18, year));
            }
            h.append(String.format(Locale.ROOT, "<rect class=\"budget\" x=\"%d\" y=\"8\" width=\"12\" height=\"12\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"18\">项目当年预算</text>", LEFT, LEFT + 16));
            h.append(String.format(Locale.ROOT, "<rect class=\"executed\" x=\"%d\" y=\"8\" width=\"12\" height=\"12\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"18\">执行数（次年申报表所报）</text>\n", LEFT + 120, LEFT + 136));
            h.append("</svg><figcaption>项目当年预算与执行数，万元 · budget of each year and its execution as reported the next year"
                    + "</figcaption></figure>\n");
        }

        private static void bar(StringBuilder h, double x, double width, long value, double top, int plotH, String css) {
            double height = value / top * plotH;
            double y = TOP + plotH - height;
            h.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
                    + "<title>%s 元</title></rect>", css, x, y, width, height, esc(yuan(value))));
            h.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
                    x + width / 2, y - 4, esc(wan(value))));
        }

        private static double niceStep(double raw) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * magnitude >= raw) {
                    return m * magnitude;
                }
            }
            return 10 * magnitude;
        }
    }

    private static String badge(String severity) {
        return "<span class=\"badge " + esc(severity) + "\">" + esc(SEVERITY_NAMES.getOrDefault(severity, severity)) + "</span>";
    }

    private static String choice(ChoiceGroup group) {
        if (group == null) {
            return null;
        }
        return String.join("；", group.selected()) + " (" + group.status() + ")";
    }

    private static String yuan(Long amount) {
        return amount == null ? null : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** Yuan as 万元 with at most two decimals: 40000000 → "4,000". */
    private static String wan(double yuan) {
        BigDecimal w = BigDecimal.valueOf(yuan).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(w);
    }

    private static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Long l) {
            return yuan(l);
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    /** A fragment link to an element id: characters outside the URL-safe set are percent-encoded (UTF-8). */
    private static String href(String id) {
        StringBuilder s = new StringBuilder("#");
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                s.append(c);
            } else {
                s.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return s.toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static final String CSS = """
            :root{--error:#b3261e;--warning:#a15c00;--info:#1f5fa8;--line:#d7dbe0;--ink:#1d232a;--muted:#5f6b76}
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.5 "Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei","PingFang SC",sans-serif;color:var(--ink);background:#f6f7f9}
            header{background:#243447;color:#fff;padding:16px 28px}
            header h1{margin:0;font-size:22px}header small{font-weight:normal;opacity:.75;font-size:14px}
            header nav a{color:#cfe3ff;margin-right:16px}
            main{padding:8px 28px 40px}
            section{margin-top:24px}
            h2{border-bottom:2px solid var(--line);padding-bottom:4px}
            h3 small,.meta,small{color:var(--muted)}
            .counts{display:flex;gap:16px;flex-wrap:wrap}
            .count{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 18px;min-width:140px}
            .count b{display:block;font-size:28px}
            .side{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start;margin-top:16px}
            table{border-collapse:collapse;background:#fff;margin:8px 0}
            th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            caption{text-align:left;font-weight:bold;padding:4px 0}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            table.findings{width:100%}
            table.findings{table-layout:fixed}
            table.findings th:nth-child(1){width:36px}table.findings th:nth-child(2){width:96px}
            table.findings th:nth-child(3){width:190px}table.findings th:nth-child(4){width:150px}
            table.findings th:nth-child(6),table.findings th:nth-child(7){width:110px}
            table.findings th:nth-child(8){width:250px}
            table.findings td{overflow-wrap:anywhere}
            table.findings code,table.findings td.where{font-size:12px}
            tr.error td:first-child{border-left:4px solid var(--error)}
            tr.warning td:first-child{border-left:4px solid var(--warning)}
            tr.info td:first-child{border-left:4px solid var(--info)}
            .badge{display:inline-block;border-radius:10px;padding:0 8px;color:#fff;font-size:12px;white-space:nowrap}
            .badge.error{background:var(--error)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}
            article{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 16px;margin:12px 0}
            ul.filings{margin:4px 0;padding-left:20px}
            figure{margin:8px 0}figcaption{color:var(--muted);font-size:12px}
            svg.chart{max-width:100%;height:auto;background:#fff}
            svg .grid{stroke:#eceff2}svg .axis{stroke:#39424c}
            svg .budget{fill:#4a7fc1}svg .executed{fill:#e08a2e}
            svg text{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;fill:#39424c}
            svg .tick{font-size:11px}svg .value{font-size:11px;fill:#1d232a}svg .label{font-size:12px;font-weight:bold}
            table.fields th{width:300px;font-weight:normal}
            .blank{color:#9aa4ad}
            :target{outline:3px solid #f2c94c;background:#fff8dc}
            """;
}
