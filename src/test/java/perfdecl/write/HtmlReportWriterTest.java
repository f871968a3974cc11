package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.AuditSummary;
import perfdecl.audit.Auditor;
import perfdecl.audit.CrossYearTable;
import perfdecl.audit.MultiYearFilings;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;

class HtmlReportWriterTest {

    private final List<Declaration> filings = MultiYearFilings.load();
    private final AuditReport report = new Auditor().audit(filings, AuditSettings.DEFAULTS);

    static String html(AuditReport report, List<Declaration> declarations, Language language) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReportWriter(language).write(report, declarations, CrossYearTable.rows(report, declarations),
                AuditSummary.rows(report, declarations), out);
        return out.toString();
    }

    private static String script(String html, String id) {
        Matcher m = Pattern.compile("<script type=\"[^\"]+\" id=\"" + id + "\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("script " + id).isTrue();
        return m.group(1);
    }

    static JsonNode data(String html) throws Exception {
        byte[] gz = Base64.getDecoder().decode(script(html, "data").strip());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void isOneSelfContainedUtf8FileThatFetchesNothing() throws Exception {
        String html = html(report, filings, Language.ZH);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").contains("<meta charset=\"utf-8\">");
        // the SVG namespace is a name, not an address
        String page = html.replace("'http://www.w3.org/2000/svg'", "");
        for (String part : List.of("<link", "src=", "http://", "https://", "url(", "fetch(", "XMLHttpRequest", "import(")) {
            assertThat(page.contains(part)).as("the page contains " + part).isFalse();
        }
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(3);
    }

    @Test
    void theAuditIsEmbeddedOnceCompressedWithEveryFindingInBothLanguages() throws Exception {
        String html = html(report, filings, Language.ZH);
        JsonNode data = data(html);
        assertThat(data.get("forms")).hasSize(filings.size());
        assertThat(data.get("projects")).hasSize(report.projects().size());
        assertThat(data.get("f").get("c")).hasSize(report.findings().size());
        for (int i = 0; i < report.findings().size(); i++) {
            AuditFinding f = report.findings().get(i);
            assertThat(data.get("codes").get(data.get("f").get("c").get(i).asInt()).asText()).isEqualTo(f.code());
            JsonNode strings = data.get("strings");
            assertThat(strings.get(data.get("f").get("mz").get(i).asInt()).asText()).isEqualTo(FindingMessages.of(Language.ZH).message(f));
            assertThat(strings.get(data.get("f").get("me").get(i).asInt()).asText()).isEqualTo(FindingMessages.of(Language.EN).message(f));
            int project = data.get("f").get("p").get(i).asInt();
            assertThat(data.get("projects").get(project).get(2).asText()).isEqualTo(f.project());
        }
        // the project's unit travels with every project, so identically named projects of two units stay apart
        assertThat(data.get("units").size()).isGreaterThan(1);
        // the Chinese text is not in the page as text: it is only inside the compressed data
        assertThat(html.contains(filings.get(0).projectName())).isFalse();
    }

    @Test
    void englishOpensInEnglish() throws Exception {
        String html = html(report, filings, Language.EN);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<title>Audit across filings and years");
        assertThat(script(html, "meta")).contains("\"lang\":\"en\"");
    }

    @Test
    void nothingInTheDataCanEndItsScriptElementOrBreakTheScript() throws Exception {
        Declaration d = filings.get(0);
        String name = "</script><img src=x onerror=alert(1)>\u2028\u2029 & 项目";
        Declaration hostile = new Declaration(d.schemaVersion(), "x<1>", d.source(), d.title(), d.year(), d.unit(),
                name, d.projectLead(), d.contactPerson(), d.contactPhone(), d.projectType(), d.fundUse(), d.period(),
                d.texts(), d.budget(), d.indicators(), d.findings(), d.provenance());
        AuditReport hostileReport = new Auditor().audit(List.of(hostile), AuditSettings.DEFAULTS);
        String html = html(hostileReport, List.of(hostile), Language.ZH);
        for (String part : List.of("<img", "\u2028", "\u2029")) {
            assertThat(html.contains(part)).as("the page contains " + part).isFalse();
        }
        assertThat(Pattern.compile("</script>").matcher(html).results().count()).isEqualTo(3);
        assertThat(data(html).get("projects").get(0).get(1).asText()).isEqualTo(name);
        assertThat(HtmlReportWriter.scriptSafeJson(List.of(name))).doesNotContain("<").doesNotContain(">")
                .doesNotContain("&").doesNotContain("\u2028").contains("\\u003c/script\\u003e");
    }

    @Test
    void theScriptRendersValuesAsTextNeverAsMarkup() throws Exception {
        String html = html(report, filings, Language.ZH);
        for (String part : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")) {
            assertThat(html.contains(part)).as("the page contains " + part).isFalse();
        }
    }

    @Test
    void declarationsOtherThanTheReportsAreRefused() {
        assertThatThrownBy(() -> html(report, filings.subList(0, 2), Language.ZH)).isInstanceOf(IllegalArgumentException.class);
    }
}
