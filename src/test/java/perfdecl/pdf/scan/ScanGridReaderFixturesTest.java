package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Row;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.Token;
import perfdecl.grid.UnreadableInputException;
import perfdecl.pdf.Fixtures;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.PdfGridReader;
import perfdecl.pdf.PdfLimits;

/**
 * The scanned filings (skewed, noisy page images with tesseract's text layer, and one without any text) read into
 * the same grid as their born-digital originals by tesseract, chosen by name: labels in their rows, every checkbox
 * with its state, every amount. These grid-level checks were written on tesseract's readings (its confidences stay
 * below 0.97, it misreads a target's sign); the default engine's reading is checked end to end by
 * ScannedFilingsTest. Without a usable engine the image-only scan is refused saying what to choose.
 */
class ScanGridReaderFixturesTest {

    private static final OcrEngine OCR = OcrEngine.named(OcrEngine.TESSERACT);
    private static final String NO_OCR = "tesseract with chi_sim is not installed";

    private static final PdfGridReader READER = new PdfGridReader(PdfLimits.STANDARD, OCR);
    /** Each scan read once (OCR costs seconds a page). */
    private static final Map<String, SourceDocument> READ = new ConcurrentHashMap<>();

    private static SourceDocument read(String fixture) {
        return READ.computeIfAbsent(fixture, f -> {
            try {
                return READER.read(Fixtures.input(f));
            } catch (UnreadableInputException e) {
                throw new AssertionError(f + ": " + e.getMessage(), e);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan-form-1", "scan-form-2", "scan-form-3", "scan-form-4", "scan-form-5",
            "scan-imageonly-form-1"})
    void scanReadsIntoTheFormsGrid(String fixture) throws Exception {
        assumeTrue(OCR.available(), NO_OCR);
        SourceDocument doc = read(fixture);
        assertThat(doc.inputKind()).isEqualTo("pdf-ocr");
        assertThat(doc.forms()).hasSize(1);
        FormGrid form = doc.forms().get(0);
        assertThat(form.firstPage()).isEqualTo(1);
        assertThat(form.lastPage()).isEqualTo(doc.pages());
        JsonNode expected = Fixtures.expected(fixture);

        assertThat(rowStartingWith(form, "项目名称").cells()).hasSizeGreaterThan(1);
        assertThat(rowStartingWith(form, "开始时间").cells()).hasSize(4);
        assertMarks(rowStartingWith(form, "项目类型"), expected.path("projectType").path("options"));
        assertMarks(rowStartingWith(form, "资金用途"), expected.path("fundUse").path("options"));

        List<String> numbers = form.rows().stream().flatMap(r -> r.cells().stream())
                .map(c -> c.text().replace(",", "")).toList();
        JsonNode budget = expected.path("budget");
        for (String field : List.of("total", "currentYear", "priorYearBudget", "priorYearExecuted")) {
            assertThat(numbers).as("budget.%s", field).contains(budget.path(field).asText());
        }
        for (JsonNode item : budget.path("items")) {
            assertThat(numbers).as("item %s", item.path("name").asText()).contains(item.path("amount").asText());
        }

        // every cell read from the image says how sure the reading is; born-digital text would be 1
        for (Row row : form.rows()) {
            for (Cell c : row.cells()) {
                if (!c.text().isEmpty()) {
                    assertThat(c.confidence()).as(c.text()).isBetween(0.0, 0.97);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan-form-1", "scan-form-2", "scan-form-3", "scan-form-4", "scan-form-5"})
    void mostIndicatorsStandInTheirRowsWithTheirTargets(String fixture) throws Exception {
        assumeTrue(OCR.available(), NO_OCR);
        FormGrid form = read(fixture).forms().get(0);
        int total = 0, found = 0;
        for (JsonNode ind : Fixtures.expected(fixture).path("indicators")) {
            String name = ind.path("level3").isNull() ? ind.path("level2").asText() : ind.path("level3").asText();
            String target = ind.path("target").isNull() ? "" : ind.path("target").path("raw").asText();
            total++;
            Optional<Row> row = form.rows().stream().filter(r -> r.cells().stream()
                    .anyMatch(c -> key(c.text()).equals(key(name)))).findFirst();
            if (row.isPresent() && key(row.get().cells().get(row.get().cells().size() - 1).text()).equals(key(target))) {
                found++;
            }
        }
        assertThat(found).as("indicators read exactly, of %d", total).isGreaterThanOrEqualTo((int) (0.6 * total));
    }

    @Test
    void targetSignsMisreadByOcrAreReadFromThePixelsAndNoted() throws Exception {
        assumeTrue(OCR.available(), NO_OCR);
        FormGrid form = read("scan-form-1").forms().get(0);
        Row row = form.rows().stream().filter(r -> r.cells().stream().anyMatch(c -> c.text().equals("质量控制合格率")))
                .findFirst().orElseThrow();
        Cell target = row.cells().get(row.cells().size() - 1);
        assertThat(target.text()).isEqualTo("≥98.00%");
        assertThat(target.confidence()).isLessThanOrEqualTo(0.7);
        assertThat(form.notes()).extracting(ReaderNote::code).contains("OCR_REPAIRED");
        assertThat(form.notes()).filteredOn(n -> n.code().equals("OCR_REPAIRED"))
                .anySatisfy(n -> assertThat(n.message()).endsWith("\"≥98.00%\" (the sign's shape in the image)"));
    }

    @Test
    void imageOnlyScanWithTesseractMissingNamesThePackagesToInstall() {
        PdfGridReader reader = new PdfGridReader(PdfLimits.STANDARD, new TesseractOcr("/nonexistent/tesseract"));
        assertThatThrownBy(() -> reader.read(Fixtures.input("scan-imageonly-form-1")))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("scanned image without text; install tesseract-ocr and tesseract-ocr-chi-sim, or choose"
                        + " --ocr ppocr (built in), to OCR it");
    }

    @Test
    void imageOnlyScanWithOcrTurnedOffIsRefusedNamingTheEngineToChoose() {
        PdfGridReader reader = new PdfGridReader(PdfLimits.STANDARD, OcrEngine.named(OcrEngine.NONE));
        assertThatThrownBy(() -> reader.read(Fixtures.input("scan-imageonly-form-1")))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("scanned image without text; OCR is turned off (--ocr none); choose --ocr ppocr to"
                        + " OCR it");
    }

    @Test
    void withoutAnOcrEngineAScanIsReadFromItsTextLayerAndEveryValueIsUnsure() throws Exception {
        PdfGridReader reader = new PdfGridReader(PdfLimits.STANDARD, new TesseractOcr("/nonexistent/tesseract"));
        SourceDocument doc = reader.read(Fixtures.input("scan-form-1"));
        assertThat(doc.inputKind()).isEqualTo("pdf-ocr");
        FormGrid form = doc.forms().get(0);
        assertThat(form.notes()).first().satisfies(n -> {
            assertThat(n.code()).isEqualTo("OCR_TEXT_LAYER");
            assertThat(n.message()).contains("install tesseract-ocr and tesseract-ocr-chi-sim, or choose --ocr"
                    + " ppocr (built in), to read the pages again");
        });
        assertThat(form.notes()).extracting(ReaderNote::code).doesNotContain("OCR_REREAD");
        assertThat(form.rows()).hasSizeGreaterThan(10);
        // the layer's words carry no engine confidence: nothing read from them reaches the 0.6 of a sure value
        assertThat(form.rows()).flatMap(Row::cells).filteredOn(c -> !c.text().isEmpty() && c.box() != null)
                .isNotEmpty().allSatisfy(c -> assertThat(c.confidence()).as(c.text()).isLessThan(0.6));
    }

    /** The option labels, each followed on its line by a mark read from pixels with the expected state. */
    private static void assertMarks(Row row, JsonNode options) {
        List<Token> tokens = row.cells().get(1).tokens();
        List<Boolean> states = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isMark()) {
                continue;
            }
            String label = options.get(states.size()).path("label").asText();
            states.add(t.checked());
            assertThat(t.text()).startsWith("pixels ink=");
            assertThat(t.confidence()).isGreaterThanOrEqualTo(0.6);
            Token before = tokens.get(i - 1);
            assertThat(before.isMark()).isFalse();
            assertThat(before.line()).isEqualTo(t.line());
            assertThat(distanceToSuffix(key(before.text()), label)).as("%s before a mark", before.text())
                    .isLessThanOrEqualTo(1);
        }
        List<Boolean> expected = new ArrayList<>();
        options.forEach(o -> expected.add(o.path("checked").asBoolean()));
        assertThat(states).isEqualTo(expected);
    }

    /** Edit distance between the label and the end of the text (a token may carry a speck before the label). */
    private static int distanceToSuffix(String text, String label) {
        int best = Integer.MAX_VALUE;
        for (int start = Math.max(0, text.length() - label.length() - 2); start <= text.length(); start++) {
            best = Math.min(best, distance(text.substring(start), label));
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Row rowStartingWith(FormGrid form, String label) {
        return form.rows().stream().filter(r -> !r.cells().isEmpty() && key(r.cells().get(0).text()).equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row starting with " + label));
    }
}
