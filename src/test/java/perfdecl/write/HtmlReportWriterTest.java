package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.Auditor;
import perfdecl.audit.MultiYearFilings;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;

class HtmlReportWriterTest {

    private final List<Declaration> filings = MultiYearFilings.load();
    private final AuditReport report = new Auditor().audit(filings, AuditSettings.DEFAULTS);

    static String html(AuditReport report, List<Declaration> declarations) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report, declarations, out);
        return out.toString();
    }

    @Test
    void isOneSelfContainedUtf8PageWithoutScriptsOrNetwork() throws Exception {
        String html = html(report, filings);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http")
                .doesNotContain("url(");
    }

    @Test
    void everyInternalLinkPointsAtAnElementOfThePage() throws Exception {
        String html = html(report, filings);
        java.util.Set<String> ids = new java.util.HashSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (id.find()) {
            ids.add(unescape(id.group(1)));
        }
        Matcher href = Pattern.compile("href=\"#([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            links++;
            String target = java.net.URLDecoder.decode(unescape(href.group(1)).replace("+", "%2B"), "UTF-8");
            assertThat(ids).as("link #" + target).contains(target);
        }
        assertThat(links).isGreaterThan(report.findings().size());
    }

    @Test
    void aFindingLinksToTheFormAndTheFieldOnBothSides() throws Exception {
        String html = html(report, filings);
        String y2019 = filings.get(1).id();
        String y2020 = filings.get(2).id();
        assertThat(html).contains("href=\"#" + y2019 + "/budget.currentYear\"")
                .contains("href=\"#" + y2020 + "/budget.priorYearBudget\"")
                .contains("id=\"" + y2020 + "/budget.priorYearBudget\"")
                .contains("href=\"#" + filings.get(0).id() + "/indicators%5B7%5D\"")
                .contains("id=\"" + filings.get(0).id() + "/indicators[7]\"");
    }

    @Test
    void eachLinkedProjectHasABudgetChartWithLabelledAxesAndValues() throws Exception {
        String html = html(report, filings);
        assertThat(count(html, "<svg ")).isEqualTo(report.projects().size());
        assertThat(html).contains("金额（万元）").contains(">年度</text>");
        // the hotline's budgets 4,000 / 6,000 / 6,200 万元 and the executions reported for them
        assertThat(html).contains(">4,000</text>").contains(">6,000</text>").contains(">6,200</text>")
                .contains(">3,700</text>").contains(">5,750</text>");
    }

    @Test
    void countsBySeverityAndCodeAreShown() throws Exception {
        String html = html(report, filings);
        long warnings = report.findings().stream().filter(f -> f.severity().equals("warning")).count();
        assertThat(html).contains("<td class=\"num\">" + warnings + "</td>");
        assertThat(html).contains("<code>PRIOR_YEAR_BUDGET_MISMATCH</code>");
    }

    @Test
    void textIsEscaped() throws Exception {
        Declaration d = filings.get(0);
        Declaration hostile = new Declaration(d.schemaVersion(), "x<1>", d.source(), d.title(), d.year(), d.unit(),
                "<script>alert('x')</script> & 项目", d.projectLead(), d.contactPerson(), d.contactPhone(),
                d.projectType(), d.fundUse(), d.period(), d.texts(), d.budget(), d.indicators(), d.findings(),
                d.provenance());
        String html = html(new Auditor().audit(List.of(hostile), AuditSettings.DEFAULTS), List.of(hostile));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 项目")
                .contains("id=\"x&lt;1&gt;\"").contains("href=\"#x%3C1%3E\"");
    }

    @Test
    void declarationsOtherThanTheReportsAreRefused() {
        assertThatThrownBy(() -> html(report, filings.subList(0, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
