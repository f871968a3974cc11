package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import perfdecl.fixtures.DeclarationDiff;
import perfdecl.fixtures.Fixtures;
import perfdecl.model.Declaration;
import perfdecl.model.InputReport;
import perfdecl.pdf.OcrEngine;

/**
 * The shared forms printed, skewed, noised and scanned ({@code filings/scan-*}): choices and budget amounts must be
 * exactly right; every other difference from the truth must be on a field the extraction itself flagged for a
 * person to check, and indicators must be nearly all right. Read with the default OCR engine (PP-OCR, in the jar).
 */
class ScannedFilingsTest {

    private static final FileExtractor EXTRACTOR = new FileExtractor(BatchExtraction.standardReaders());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXACT = List.of("projectType", "fundUse", "budget.total", "budget.currentYear",
            "budget.priorYearBudget", "budget.priorYearExecuted", "budget.items:");

    @BeforeAll
    static void theDefaultOcrEngineRuns() {
        assumeTrue(OcrEngine.standard().available(), "skipped: the default OCR engine (" + OcrEngine.DEFAULT
                + ") cannot run here");
    }

    static Stream<String> cases() {
        return Fixtures.cases("scan-").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void choicesAndAmountsAreExactAndEveryOtherMissIsFlagged(String caseName) {
        InputResult result = EXTRACTOR.extract(Fixtures.input(caseName));
        assertThat(result.report().status()).as(result.report().reason()).isEqualTo(InputReport.OK);
        assertThat(result.declarations()).hasSize(1);
        Declaration d = result.declarations().get(0);
        assertThat(d.source().inputKind()).isEqualTo("pdf-ocr");
        JsonNode expected = Fixtures.expected(caseName).get(0);
        List<String> diffs = DeclarationDiff.of(expected, JSON.valueToTree(d));

        Set<String> flagged = new HashSet<>();
        d.findings().forEach(f -> flagged.add(f.field()));
        List<String> inexact = new ArrayList<>();
        List<String> unflagged = new ArrayList<>();
        Set<String> indicatorDiffs = new java.util.TreeSet<>();
        for (String diff : diffs) {
            String path = diff.substring(0, diff.indexOf(':'));
            if (path.startsWith("texts.") || path.startsWith("findings")) {
                continue; // texts are scored by similarity, findings by recall: not field by field
            }
            if (EXACT.stream().anyMatch(diff::startsWith) || path.startsWith("budget.items") && path.endsWith(".amount")) {
                inexact.add(diff);
            } else if (path.startsWith("indicators") || path.startsWith("budget.items")) {
                indicatorDiffs.add(path.substring(0, path.indexOf(']') + 1));
            } else if (flagged.stream().noneMatch(f -> f.equals(path) || path.startsWith(f + "."))) {
                unflagged.add(diff);
            }
        }
        assertThat(inexact).as("choices and amounts of filings/%s", caseName).isEmpty();
        assertThat(unflagged).as("header misses nobody was told about, filings/%s", caseName).isEmpty();
        int rows = expected.path("indicators").size() + expected.path("budget").path("items").size();
        assertThat(indicatorDiffs).as("indicators and budget items read with a slip, of %d", rows)
                .hasSizeLessThanOrEqualTo(Math.max(3, rows / 4));
    }
}
