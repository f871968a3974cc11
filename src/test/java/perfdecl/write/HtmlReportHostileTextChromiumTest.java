package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.AuditSummary;
import perfdecl.audit.Auditor;
import perfdecl.audit.CrossYearTable;
import perfdecl.audit.FilingArchive;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Indicator;
import perfdecl.model.Target;
import perfdecl.model.Unit;

/**
 * Filed text that is markup stays text in the browser: a unit, a project name, an indicator target and a finding's
 * value carrying a script element, an event attribute and a line separator are shown as written, and nothing of
 * them runs or becomes an element. Skipped when chromium or chromedriver is missing.
 */
class HtmlReportHostileTextChromiumTest {

    private static final String PAYLOAD = "</script><img src=x onerror=\"window.pwned=1\"><b onclick=alert(1)>\u2028x";

    @Test
    void markupInFiledTextIsShownAsTextAndNeverRuns(@TempDir Path tmp) throws Exception {
        assumeTrue(ReportBrowser.available().isPresent(), "no chromium and chromedriver: not checked in a browser");
        List<Declaration> filings = new ArrayList<>();
        for (Declaration d : new FilingArchive(1, 2, 2).declarations()) {
            List<Indicator> indicators = new ArrayList<>(d.indicators());
            indicators.set(0, new Indicator(indicators.get(0).level1(), indicators.get(0).level2(),
                    indicators.get(0).level3(), new Target(PAYLOAD, null, null, null, PAYLOAD)));
            List<Finding> findings = List.of(new Finding("ROW_UNRECOGNISED", Finding.INFO, "form",
                    "a row with no known label was ignored", null, PAYLOAD));
            filings.add(new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), d.year(),
                    new Unit(d.unit().name() + PAYLOAD, true), d.projectName() + PAYLOAD, d.projectLead(),
                    d.contactPerson(), d.contactPhone(), d.projectType(), d.fundUse(), d.period(), d.texts(), d.budget(),
                    indicators, findings, d.provenance()));
        }
        AuditReport report = new Auditor().audit(filings, AuditSettings.DEFAULTS);
        Path html = tmp.resolve("report.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new HtmlReportWriter().write(report, filings, CrossYearTable.rows(report, filings),
                    AuditSummary.rows(report, filings), out);
        }
        try (ReportBrowser browser = new ReportBrowser(Files.createDirectories(tmp.resolve("profile")), 1200, 900)) {
            browser.open(html);
            browser.js("location.hash = '#findings';");
            String firstUnit = browser.driver().findElement(By.cssSelector("#f-list .vrow .unit")).getAttribute("textContent");
            assertThat(firstUnit).endsWith(PAYLOAD);
            browser.js("location.hash = '#p/0';");
            String name = browser.driver().findElement(By.id("project-name")).getAttribute("textContent");
            assertThat(name).endsWith(PAYLOAD);
            assertThat(browser.driver().findElement(By.id("targets-table")).getAttribute("textContent")).contains(PAYLOAD);
            assertThat(browser.driver().findElement(By.id("project-findings")).getAttribute("textContent")).contains(PAYLOAD);
            assertThat(browser.js("return window.pwned === undefined;")).isEqualTo(true);
            assertThat(browser.driver().findElements(By.cssSelector("img, main b, [onclick], [onerror]"))).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
