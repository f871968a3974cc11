package perfdecl.write;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through Debian's chromedriver (no driver download, no network): the set-up
 * the report test and the report benchmark share. {@link #available()} says whether both binaries are there
 * ({@code CHROME_BIN} and {@code CHROMEDRIVER} override /usr/bin/chromium and /usr/bin/chromedriver).
 */
public final class ReportBrowser implements AutoCloseable {

    private final ChromeDriver driver;

    public static Optional<Path[]> available() {
        Path chrome = Path.of(Optional.ofNullable(System.getenv("CHROME_BIN")).orElse("/usr/bin/chromium"));
        Path chromedriver = Path.of(Optional.ofNullable(System.getenv("CHROMEDRIVER")).orElse("/usr/bin/chromedriver"));
        return Files.isExecutable(chrome) && Files.isExecutable(chromedriver)
                ? Optional.of(new Path[] {chrome, chromedriver}) : Optional.empty();
    }

    /** @param profile an empty folder for the browser's fresh profile */
    public ReportBrowser(Path profile, int width, int height) {
        Path[] binaries = available().orElseThrow(() -> new IllegalStateException("no chromium and chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binaries[0].toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(binaries[1].toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens the report and waits until its data is drawn; returns the page's own ready time in ms. */
    public double open(Path report) {
        driver.get(report.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        return ((Number) js("return window.perfdeclReady;")).doubleValue();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console messages of level SEVERE (script errors, failed loads) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
