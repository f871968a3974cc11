package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.AuditSummary;
import perfdecl.audit.Auditor;
import perfdecl.audit.CrossYearTable;
import perfdecl.audit.FilingArchive;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;
import perfdecl.model.ProjectLink;

/**
 * report.html in a real headless Chromium (Selenium with Debian's chromedriver): an archive of 1,600 generated
 * forms is filtered by unit and code, searched for a project name, a project page opened from a finding and the
 * language switched — each time the rows shown are checked against the audit — with no console error.
 * Screenshots go to target/report-*.png (those the README shows to docs/ with {@code -Dperfdecl.screenshots=true}).
 * Skipped when chromium or chromedriver is missing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HtmlReportChromiumTest {

    /** The screenshots the README shows. */
    private static final java.util.Set<String> README_SHOTS = java.util.Set.of("search", "project");

    @TempDir
    static Path tmp;
    private static ReportBrowser browser;
    private static AuditReport report;
    private static Map<String, ProjectLink> projects;
    private static Path html;

    @BeforeAll
    static void openTheReport() throws Exception {
        assumeTrue(ReportBrowser.available().isPresent(),
                "no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver): report not checked in a browser");
        List<Declaration> filings = new FilingArchive(45, 9, 4).declarations();
        report = new Auditor().audit(filings, AuditSettings.DEFAULTS);
        projects = new HashMap<>();
        report.projects().forEach(p -> projects.put(p.key(), p));
        html = tmp.resolve("report.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new HtmlReportWriter().write(report, filings, CrossYearTable.rows(report, filings),
                    AuditSummary.rows(report, filings), out);
        }
        browser = new ReportBrowser(Files.createDirectories(tmp.resolve("profile")), 1400, 1000);
        browser.open(html);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static WebElement $(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private static int shown() {
        return Integer.parseInt($("#shown").getAttribute("data-n"));
    }

    private static List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#f-list .vrow"));
    }

    private static void screenshot(String name) throws Exception {
        Path shot = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
        Path target = Files.createDirectories(Path.of("target")).resolve("report-" + name + ".png");
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        if (Boolean.getBoolean("perfdecl.screenshots") && README_SHOTS.contains(name)) {
            Files.copy(shot, Path.of("docs/report-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void go(String hash) {
        browser.js("location.hash = arguments[0];", hash);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.js("return location.hash;").equals(hash));
    }

    @Test
    @Order(1)
    void theOverviewShowsTheArchiveByYearAndUnitInChinese() throws Exception {
        assertThat($("html").getAttribute("lang")).isEqualTo("zh-CN");
        assertThat($("#counts").getText()).contains(String.format("%,d", report.forms().size())).contains("申报表");
        assertThat(browser.driver().findElements(By.cssSelector("#by-year tbody tr"))).hasSize(4);
        assertThat(browser.driver().findElements(By.cssSelector("#by-unit tbody tr"))).hasSize(45 * 4);
        assertThat(browser.driver().findElements(By.cssSelector("#chart-units rect.bar"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#chart-exec circle.dot.miss"))).isNotEmpty();
        screenshot("overview");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void filteringByUnitAndCodeShowsExactlyThatUnitsFindingsOfThatCode() throws Exception {
        go("#findings");
        assertThat(shown()).isEqualTo(report.findings().size());
        String code = "PRIOR_YEAR_BUDGET_MISMATCH";
        AuditFinding sample = report.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
        String unit = projects.get(sample.project()).unit();
        new Select($("#f-unit")).selectByVisibleText(unit);
        Select codes = new Select($("#f-code"));
        codes.getOptions().stream().filter(o -> o.getText().startsWith(code + " ")).findFirst().orElseThrow().click();
        long expected = report.findings().stream()
                .filter(f -> f.code().equals(code) && projects.get(f.project()).unit().equals(unit)).count();
        assertThat(shown()).isEqualTo(expected).isPositive();
        assertThat(rows()).hasSize((int) expected);
        for (WebElement row : rows()) {
            assertThat(row.findElement(By.cssSelector(".unit")).getText()).isEqualTo(unit);
            assertThat(row.findElement(By.tagName("code")).getText()).isEqualTo(code);
            assertThat(row.findElement(By.cssSelector(".msg")).getText()).contains("上年预算额").contains("不一致");
        }
        screenshot("findings");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void searchingAProjectNameShowsItsFindingsInEveryUnitWithTheUnitBeside() throws Exception {
        $("#f-reset").click();
        String name = FilingArchiveNames.SEARCHED;
        $("#f-search").sendKeys(name);
        long expected = report.findings().stream().filter(f -> projects.get(f.project()).projectName().contains(name)).count();
        assertThat(shown()).isEqualTo(expected).isPositive();
        List<WebElement> rows = rows();
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo((int) expected);
        for (WebElement row : rows) {
            assertThat(row.findElement(By.cssSelector(".project")).getText()).contains(name);
            assertThat(row.findElement(By.cssSelector(".unit")).getText()).startsWith("上海市");
        }
        long units = report.findings().stream().filter(f -> projects.get(f.project()).projectName().contains(name))
                .map(f -> projects.get(f.project()).unit()).distinct().count();
        assertThat(units).as("the same project name in several units").isGreaterThan(1);
        screenshot("search");
        $("#f-head [data-key=year]").click();
        List<String> up = rows().stream().map(r -> r.findElements(By.tagName("div")).get(4).getText()).toList();
        assertThat(up).isSortedAccordingTo(String::compareTo);
        $("#f-head [data-key=year]").click();
        List<String> down = rows().stream().map(r -> r.findElements(By.tagName("div")).get(4).getText()).toList();
        assertThat(down).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(down.get(0)).isNotEqualTo(up.get(0));
        assertThat(shown()).isEqualTo(expected);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(4)
    void aProjectPageShowsItsFilingsSideBySideAndEveryFindingWithBothValues() throws Exception {
        WebElement first = rows().get(0);
        int index = Integer.parseInt(first.getAttribute("data-i"));
        first.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("project-name")).isEmpty());
        // the rows are in report order: data-i is the finding's position in the report
        AuditFinding finding = report.findings().get(index);
        ProjectLink project = projects.get(finding.project());
        assertThat($("#project-name").getText()).isEqualTo(project.projectName());
        assertThat($("#project-unit").getText()).isEqualTo(project.unit());
        assertThat(browser.driver().findElements(By.cssSelector("#budget-table thead th[data-form]")))
                .hasSize(project.declarations().size());
        long ofProject = report.findings().stream().filter(f -> f.project().equals(project.key())).count();
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#project-findings li"));
        assertThat(items).hasSize((int) ofProject);
        assertThat(browser.driver().findElements(By.cssSelector(".hl"))).as("the finding's form and field highlighted").isNotEmpty();
        assertThat($("#project-findings").getText()).contains(FindingMessages.of(Language.ZH).message(finding));
        assertThat(browser.driver().findElements(By.cssSelector("svg.budget-chart rect.budget:not(.legend)"))).hasSize(4);
        screenshot("project");
        // a link to a form's field lands on that field's cell: an option of a choice group on the group's row
        go("#f/0/fundUse.options[2]");
        assertThat($("#cell-0-fundUse").getAttribute("class")).contains("hl");
        assertThat($("#cell-0-fundUse").getText()).isEqualTo("经常性专项业务费");
        go("#f/0/budget.items[1].amount");
        assertThat($("#cell-0-budget\\.items\\[1\\]").getAttribute("class")).contains("hl");
        browser.driver().navigate().back();
        browser.driver().navigate().back();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(5)
    void switchingToEnglishRedrawsHeadingsAndMessagesInEnglish() throws Exception {
        String hash = (String) browser.js("return location.hash;");
        $("#lang").click();
        assertThat($("html").getAttribute("lang")).isEqualTo("en");
        assertThat($("#nav-findings").getText()).isEqualTo("Findings");
        assertThat(browser.js("return location.hash;")).isEqualTo(hash);
        String text = $("#project-findings").getText();
        String projectKey = report.projects().stream().filter(p -> {
            try {
                return p.projectName().equals($("#project-name").getText()) && p.unit().equals($("#project-unit").getText());
            } catch (RuntimeException e) {
                return false;
            }
        }).findFirst().orElseThrow().key();
        report.findings().stream().filter(f -> f.project().equals(projectKey))
                .forEach(f -> assertThat(text).contains(FindingMessages.of(Language.EN).message(f)));
        go("#findings");
        assertThat($("#shown").getText()).startsWith("showing ");
        screenshot("english");
        $("#lang").click();
        assertThat($("#nav-findings").getText()).isEqualTo("发现");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The project name searched for: one the archive files in every unit. */
    private static final class FilingArchiveNames {
        static final String SEARCHED = "老年人健康体检";
    }
}
