package perfdecl.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import perfdecl.fixtures.Fixtures;
import perfdecl.pdf.OcrEngine;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.process.Isolation;
import perfdecl.pipeline.batch.ProgressListener;
import perfdecl.pipeline.review.ReviewFolder;
import perfdecl.write.CsvDialect;
import perfdecl.write.DeclarationJsonReader;

/**
 * The review as a person does it, in headless Chromium driven by Selenium, keyboard only: a scanned form whose
 * budget items are one yuan short and whose 资金用途 has no tick; the uncertain item amount is corrected, the group
 * settled, the page reloaded; the next extract writes both, marked, into json/ and the CSVs. No console errors.
 * Skipped without Debian's chromium and chromium-driver. The scan is read by tesseract, which is unsure of that
 * amount (ppocr, the default, reads it sure): the review works on what an engine was unsure of.
 */
class ReviewChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tmp;

    private void extract(Path in, Path out) throws Exception {
        // a page's timeout is wall time: on a machine shared by many builds one OCR'd page took over 120 s
        new BatchExtraction().run(List.of(in), new BatchExtraction.Options(out, 1, false, Isolation.IN_PROCESS,
                Duration.ofSeconds(900), "1g", false, CsvDialect.EXCEL, null, OcrEngine.TESSERACT),
                ProgressListener.NONE);
    }

    @Test
    void aScannedFormIsCorrectedWithTheKeyboardAndTheNextExtractCarriesIt() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromium-driver needed");
        assumeTrue(OcrEngine.named(OcrEngine.TESSERACT).available(), "tesseract needed");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Fixtures.input("scan-form-3"), in.resolve("scan-form-3.pdf"));
        Path out = tmp.resolve("out");
        extract(in, out);

        ReviewFolder folder = ReviewFolder.open(out, List.of(in), "li");
        String id = folder.queue().forms().get(0).id();
        try (ReviewServer server = ReviewServer.start(folder, 0)) {
            WebDriver driver = browser();
            try {
                driver.get(server.url());
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
                wait.withMessage(() -> "page says: " + driver.findElement(By.id("status")).getText() + " | "
                        + driver.findElement(By.id("where")).getText() + " | " + driver.manage().logs()
                        .get(LogType.BROWSER).getAll());
                wait.until(d -> !d.findElements(By.cssSelector("#list li")).isEmpty());

                goTo(driver, "budget.items[4].amount");
                assertThat(driver.findElement(By.id("extracted")).getText()).isEqualTo("87075");
                wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.getElementById('crop').naturalWidth")).intValue() > 100);
                keys(driver, "e");
                keys(driver, "87,076", Keys.ENTER.toString()); // the editor opens with the value selected
                wait.until(d -> d.findElement(By.id("status")).getText().equals("saved"));
                assertThat(doneItem(driver, "budget.items")).isTrue();

                goTo(driver, "fundUse");
                keys(driver, "e", "4", Keys.ENTER.toString());
                wait.until(d -> doneItem(d, "fundUse"));
                goTo(driver, "budget.items[4].amount");
                Files.write(tmp.resolve("review.png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));

                driver.navigate().refresh();
                wait.until(d -> !d.findElements(By.cssSelector("#list li")).isEmpty());
                assertThat(doneItem(driver, "fundUse")).isTrue();
                assertThat(doneItem(driver, "budget.items[4].amount")).isTrue();
                assertThat(driver.findElement(By.id("progress")).getText()).contains("items done");

                List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
                assertThat(errors).isEmpty();
            } finally {
                driver.quit();
            }
        }
        Path shots = Path.of("target");
        if (Files.isDirectory(shots)) {
            Files.copy(tmp.resolve("review.png"), shots.resolve("review.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        extract(in, out);

        Declaration d;
        try (Reader r = Files.newBufferedReader(out.resolve("json").resolve(id + ".json"), StandardCharsets.UTF_8)) {
            d = new DeclarationJsonReader().read(r);
        }
        assertThat(d.budget().items().get(4).amount()).isEqualTo(87_076L);
        assertThat(d.provenance().get("budget.items[4].amount").corrected()).isTrue();
        assertThat(d.provenance().get("budget.items[4].amount").before()).isEqualTo(87_075L);
        assertThat(d.fundUse().selected()).containsExactly("政府购买服务");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("BUDGET_ITEMS_SUM_MISMATCH")).singleElement()
                .extracting(Finding::resolvedBy).isEqualTo("li");
        assertThat(d.findings()).filteredOn(f -> f.code().equals("CHOICE_NONE_SELECTED")).singleElement()
                .extracting(Finding::resolvedBy).isEqualTo("li");
        assertThat(Files.readString(out.resolve("budget_items.csv"))).contains(id + ",5,养老金上门送发费,87076,");
        assertThat(Files.readString(out.resolve("declarations.csv"))).contains(",政府购买服务,one,");
        assertThat(Files.readString(out.resolve("findings.csv"))).containsPattern(
                id + ",BUDGET_ITEMS_SUM_MISMATCH,.*,18372648,18372647,li\\r?\\n");
    }

    static {
        // Selenium's own notes (no CDP binding for this Chromium: not used here) stay out of the test output
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    }

    private WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + tmp.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void keys(WebDriver driver, CharSequence... keys) {
        for (CharSequence k : keys) {
            new Actions(driver).sendKeys(k).perform();
        }
    }

    /** Presses j (or k, once past it) until the item of {@code field} is the current one. */
    private static void goTo(WebDriver driver, String field) {
        for (String key : List.of("k", "j")) {
            for (int i = 0; i < 60; i++) {
                if (currentField(driver).equals(field)) {
                    return;
                }
                keys(driver, key);
            }
        }
        throw new AssertionError("no item " + field + " in the queue");
    }

    private static String currentField(WebDriver driver) {
        return (String) js(driver, "const e = document.querySelector('#list li.current .field');"
                + "return e ? e.textContent : '';", "");
    }

    /** Whether the list shows {@code field}'s item as done; read in one script, as the list is redrawn. */
    private static boolean doneItem(WebDriver driver, String field) {
        return (Boolean) js(driver, "return Array.from(document.querySelectorAll('#list li.done .field'))"
                + ".some(e => e.textContent === arguments[0]);", field);
    }

    private static Object js(WebDriver driver, String script, Object arg) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arg);
    }
}
