package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.Auditor;
import perfdecl.audit.MultiYearFilings;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;

/**
 * report.html as a real browser shows it: headless Chromium takes screenshots and dumps the DOM; the page must
 * paint (header, severity badges, chart bars), keep its Chinese and sections, and log no script error.
 * Skipped when no Chromium binary is installed (Debian: {@code apt-get install chromium}; or set CHROME_BIN).
 */
class HtmlReportChromiumTest {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "headless_shell");
    private static final Pattern CONSOLE_ERROR = Pattern.compile("Uncaught|:CONSOLE[:(]");

    private static Path browser;

    @BeforeAll
    static void findBrowser() {
        browser = find().orElse(null);
    }

    private static Optional<Path> find() {
        String configured = System.getenv("CHROME_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private static Run chromium(Path tmp, String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + tmp.resolve("profile-" + name)));
        command.addAll(List.of(args));
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path writeReport(Path tmp) throws IOException {
        List<Declaration> filings = MultiYearFilings.load();
        AuditReport report = new Auditor().audit(filings, AuditSettings.DEFAULTS);
        Path html = tmp.resolve("report.html");
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new HtmlReportWriter().write(report, filings, perfdecl.audit.CrossYearTable.rows(report, filings),
                    perfdecl.audit.AuditSummary.rows(report, filings), out);
        }
        return html;
    }

    private static void assertNoConsoleErrors(Run run) {
        List<String> errors = run.stderr().lines().filter(l -> CONSOLE_ERROR.matcher(l).find()).toList();
        assertThat(errors).as("console errors logged by chromium").isEmpty();
    }

    /** Pixels within a small distance of the colour {@code rgb}. */
    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int d = Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff))
                        + Math.abs((p & 0xff) - (rgb & 0xff));
                if (d <= 12) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int nonWhite(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (((p >> 16) & 0xff) < 245 || ((p >> 8) & 0xff) < 245 || (p & 0xff) < 245) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theReportPaintsInHeadlessChromiumWithoutConsoleErrors(@TempDir Path tmp) throws Exception {
        assumeTrue(browser != null, "no chromium binary on PATH (apt-get install chromium, or set CHROME_BIN): "
                + "browser rendering of report.html not checked");
        Path html = writeReport(tmp);
        Path shot = tmp.resolve("shot.png");
        Run run = chromium(tmp, "shot", "--screenshot=" + shot, "--window-size=1280,2000", html.toUri().toString());
        assertThat(run.exit()).as("chromium exit status; stderr:\n" + run.stderr()).isZero();
        assertThat(shot).exists();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(nonWhite(image)).as("non-white pixels").isGreaterThan(image.getWidth() * image.getHeight() / 10);
        assertThat(pixels(image, 0x243447)).as("header background").isGreaterThan(1280 * 40);
        assertThat(pixels(image, 0xa15c00)).as("warning badges").isGreaterThan(200);
        assertNoConsoleErrors(run);
    }

    @Test
    void theBudgetChartsPaintTheirBars(@TempDir Path tmp) throws Exception {
        assumeTrue(browser != null, "no chromium binary on PATH (apt-get install chromium, or set CHROME_BIN): "
                + "browser rendering of report.html not checked");
        Path html = writeReport(tmp);
        Path shot = tmp.resolve("tall.png");
        Run run = chromium(tmp, "tall", "--screenshot=" + shot, "--window-size=1280,9000", html.toUri().toString());
        assertThat(run.exit()).isZero();
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(pixels(image, 0x4a7fc1)).as("budget bars").isGreaterThan(5 * 40 * 60);
        assertThat(pixels(image, 0xe08a2e)).as("execution bars").isGreaterThan(3 * 40 * 60);
        assertNoConsoleErrors(run);
    }

    @Test
    void theDomKeepsTheChineseTheChartsAndTheFormSections(@TempDir Path tmp) throws Exception {
        assumeTrue(browser != null, "no chromium binary on PATH (apt-get install chromium, or set CHROME_BIN): "
                + "browser rendering of report.html not checked");
        Path html = writeReport(tmp);
        Run run = chromium(tmp, "dom", "--dump-dom", html.toUri().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).contains("跨年度审计报告").contains("同名项目上年预算额")
                .contains("12333热线全媒体智能咨询平台项目经费");
        assertThat(run.stdout().split("<svg", -1)).hasSize(5 + 1);
        for (Declaration d : MultiYearFilings.load()) {
            assertThat(run.stdout()).contains("id=\"" + d.id() + "\"");
        }
        assertNoConsoleErrors(run);
    }
}
