package perfdecl.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import perfdecl.fixtures.Bundles;
import perfdecl.fixtures.DeclarationDiff;
import perfdecl.fixtures.Fixtures;
import perfdecl.fixtures.SlowPdfReader;
import perfdecl.model.Declaration;
import perfdecl.model.FormStatus;
import perfdecl.model.InputReport;
import perfdecl.model.PageIssue;
import perfdecl.model.RunReport;
import perfdecl.pdf.OcrEngine;
import perfdecl.pipeline.ExtractionEvents;
import perfdecl.pipeline.ExtractionOutput;
import perfdecl.pipeline.FileExtractor;
import perfdecl.pipeline.InputResult;
import perfdecl.pipeline.process.HangingPageWorker;
import perfdecl.pipeline.process.Isolation;
import perfdecl.write.CsvDialect;
import perfdecl.write.Language;

/**
 * Bundles as archives bind them, built from the committed born-digital filings: every form on good pages comes out
 * as its expected JSON wherever it stands in the bundle, blank, separator and attachment pages are reported
 * skipped, a page that breaks a cap or cannot be decoded costs only the form it is in, and the time limit is per
 * page with a ceiling of its pages' time for the whole file.
 */
@org.junit.jupiter.api.extension.ExtendWith(perfdecl.fixtures.WallCeilingAtTheLimit.class)
class BundleExtractionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMS = List.of("pdf-form-1", "pdf-form-2", "pdf-form-3", "pdf-form-4",
            "pdf-form-5");
    private static final List<String> STYLES = List.of("boxes-before", "no-rulings", "vector-ticks", "office-export");

    @TempDir
    Path dir;

    /** A form placed in a bundle: its fixture and the bundle page its first page landed on. */
    private record Placed(String fixture, int firstPage) {
    }

    private final FileExtractor extractor = new FileExtractor(BatchExtraction.standardReaders(OcrEngine.NONE));

    @Test
    void everyFormOfAHundredPageBundleIsItsExpectedJsonAndTheOtherPagesAreReportedSkippedWithWhy() throws Exception {
        List<Placed> placed = new ArrayList<>();
        Map<Integer, String> skipped = new TreeMap<>();
        Path bundle;
        try (Bundles b = new Bundles()) {
            skipped.put(b.separator("SECTION 1"), "separator");
            List<String> fixtures = new ArrayList<>(FORMS);
            STYLES.forEach(s -> FORMS.forEach(f -> fixtures.add(f.replace("pdf-form", "pdf-style-" + s + "-form"))));
            fixtures.addAll(FORMS);
            fixtures.addAll(FORMS);
            for (int i = 0; i < fixtures.size(); i++) {
                placed.add(new Placed(fixtures.get(i), b.form(fixtures.get(i))));
                switch (i % 4) {
                    case 0 -> skipped.put(b.blank(), "blank");
                    case 1 -> skipped.put(b.attachment("Attachment " + i + ": minutes of the budget meeting",
                            "The committee reviewed the project plans and the quotes received.",
                            "Present: the unit's director, the finance officer and two reviewers.",
                            "The plans were approved as filed; the quotes are kept on file.",
                            "Signed and dated by the chair."), "attachment");
                    case 2 -> skipped.put(b.separator("SECTION " + (i + 2)), "separator");
                    default -> {
                    }
                }
            }
            bundle = b.write(dir.resolve("bundle.pdf"));
            assertThat(b.pages()).isGreaterThanOrEqualTo(100);
        }
        List<Declaration> read = new ArrayList<>();
        List<int[]> progress = new ArrayList<>();
        InputResult result = extractor.extract(bundle, null, new ExtractionEvents() {
            @Override
            public void progress(int pagesDone, Integer pages, int forms) {
                progress.add(new int[] {pagesDone, pages, forms});
            }

            @Override
            public void declaration(Declaration d, FormStatus status) {
                read.add(d);
            }
        });

        InputReport report = result.report();
        assertThat(report.status()).as(report.reason()).isEqualTo(InputReport.OK);
        assertThat(report.pagesFailed()).isEmpty();
        assertThat(read).hasSize(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            JsonNode expected = inBundle(placed.get(i), i, report.sha256(), "bundle.pdf");
            assertThat(DeclarationDiff.of(expected, JSON.valueToTree(read.get(i)))).as(placed.get(i).fixture())
                    .isEmpty();
        }
        Map<Integer, String> reported = new TreeMap<>();
        report.pagesSkipped().forEach(p -> reported.put(p.page(), p.reason()));
        assertThat(reported.keySet()).isEqualTo(skipped.keySet());
        skipped.forEach((page, kind) -> assertThat(reported.get(page)).as("page " + page).startsWith(kind));
        assertThat(report.formStatus()).extracting(FormStatus::status).containsOnly(FormStatus.OK);
        // progress by page: every page told once, in order, with the bundle's page count and the forms so far
        int pages = report.pages();
        assertThat(progress.stream().filter(p -> p[0] > 0).map(p -> p[0]).toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList());
        assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(pages));
        assertThat(progress.get(progress.size() - 1)[2]).isEqualTo(placed.size() - 1);
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"IN_PROCESS", "WORKERS"})
    void aPageThatBreaksACapOrCannotBeDecodedCostsOnlyTheFormItIsIn(Isolation isolation) throws Exception {
        Map<Integer, String> bad = new TreeMap<>();
        List<Placed> whole = new ArrayList<>();
        List<Placed> hit = new ArrayList<>();
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Bundles b = new Bundles()) {
            whole.add(new Placed("pdf-form-1", b.form("pdf-form-1")));
            hit.add(new Placed("pdf-form-3", b.pagesOf("pdf-form-3", 0, 0)));
            bad.put(b.hugeImage(), "image too large");
            b.pagesOf("pdf-form-3", 2, 2);
            whole.add(new Placed("pdf-form-2", b.form("pdf-form-2")));
            hit.add(new Placed("pdf-style-boxes-before-form-1", b.pagesOf("pdf-style-boxes-before-form-1", 0, 0)));
            bad.put(b.decompressionBomb(300), "decompresses to more than 256 MB");
            b.pagesOf("pdf-style-boxes-before-form-1", 2, 2);
            whole.add(new Placed("pdf-form-4", b.form("pdf-form-4")));
            hit.add(new Placed("pdf-form-1", b.pagesOf("pdf-form-1", 0, 0)));
            bad.put(b.nestedArrays(200), "damaged PDF: objects nested too deeply");
            b.pagesOf("pdf-form-1", 2, 2);
            hit.add(new Placed("pdf-style-office-export-form-3",
                    b.pagesOf("pdf-style-office-export-form-3", 0, 0)));
            bad.put(b.undecodable(), "damaged page: ");
            b.pagesOf("pdf-style-office-export-form-3", 2, 2);
            whole.add(new Placed("pdf-form-5", b.form("pdf-form-5")));
            b.write(in.resolve("bundle.pdf"));
        }
        Path out = dir.resolve("out");
        var options = new BatchExtraction.Options(out, 1, false, isolation, Duration.ofSeconds(60), "512m", false,
                CsvDialect.EXCEL, null, OcrEngine.NONE);
        RunReport run = new BatchExtraction().run(List.of(in), options, ProgressListener.NONE);

        InputReport report = run.inputs().get(0);
        assertThat(report.status()).as(report.reason()).isEqualTo(InputReport.PARTIAL);
        assertThat(run.totals().anyFailure()).as("the batch's exit code is 1").isTrue();
        assertThat(report.pagesFailed()).extracting(PageIssue::page).containsExactlyElementsOf(bad.keySet());
        for (PageIssue p : report.pagesFailed()) {
            assertThat(p.reason()).contains(bad.get(p.page()));
        }
        assertThat(report.formStatus()).extracting(FormStatus::status).containsExactly(FormStatus.OK,
                FormStatus.INCOMPLETE, FormStatus.OK, FormStatus.INCOMPLETE, FormStatus.OK, FormStatus.INCOMPLETE,
                FormStatus.INCOMPLETE, FormStatus.OK);
        assertThat(report.forms()).isEqualTo(8);
        List<FormStatus> forms = report.formStatus();
        int w = 0, h = 0;
        for (int i = 0; i < forms.size(); i++) {
            Declaration d = new ExtractionOutput(out, CsvDialect.EXCEL, Language.ZH).read(forms.get(i).id());
            if (FormStatus.OK.equals(forms.get(i).status())) {
                JsonNode expected = inBundle(whole.get(w++), i, report.sha256(), "bundle.pdf");
                assertThat(DeclarationDiff.of(expected, JSON.valueToTree(d))).as(d.id()).isEmpty();
            } else {
                Placed p = hit.get(h++);
                JsonNode expected = Fixtures.expected(p.fixture()).get(0);
                // what stood on the pages read is there; the lost page is said, by number, as an error
                assertThat(d.projectName()).isEqualTo(expected.path("projectName").asText());
                assertThat(d.source().pages()).containsExactly(p.firstPage(), p.firstPage() + 2);
                assertThat(d.findings()).anySatisfy(f -> {
                    assertThat(f.code()).isEqualTo("PAGE_UNREADABLE");
                    assertThat(f.severity()).isEqualTo("error");
                    assertThat(f.message()).startsWith("page " + (p.firstPage() + 1) + " could not be read");
                });
            }
        }
        JsonNode runJson = JSON.readTree(out.resolve("run.json").toFile());
        assertThat(runJson.at("/inputs/0/pagesFailed")).hasSize(4);
        assertThat(runJson.at("/inputs/0/formStatus/1/status").asText()).isEqualTo("incomplete");
        assertThat(Files.readAllLines(out.resolve("declarations.jsonl"))).hasSize(8);
    }

    @Test
    void theTimeLimitIsPerPageAndAFileThatRunsOutKeepsTheFormsFinishedBefore() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Placed> placed = new ArrayList<>();
        List<String> fixtures = List.of("pdf-form-2", "pdf-form-4", "pdf-form-5");
        try (Bundles b = new Bundles()) {
            for (String f : fixtures) {
                placed.add(new Placed(f, b.form(f)));
            }
            b.write(in.resolve("bundle.pdf"));
        }
        // the classes loaded and compiled, so that the first page's time is a page's, not the JVM's warming up
        assertThat(extractor.extract(Fixtures.input("pdf-form-1")).report().status()).isEqualTo(InputReport.OK);

        // every page takes 1.2 s more, the 6-page file over 7 s in all: within a 3-second limit per page
        RunReport slow = runSlow(in, dir.resolve("slow"), 1200, 0, 3);
        assertThat(slow.inputs().get(0).status()).as(slow.inputs().get(0).reason()).isEqualTo(InputReport.OK);
        assertThat(slow.inputs().get(0).forms()).isEqualTo(3);
        assertThat(slow.inputs().get(0).ms()).isGreaterThan(7000);

        // the third form's first page hangs: the forms before it are kept whole, the second too, though a form is
        // handed over only when the next begins (the reader, stopped, looks at the page it stopped at: it opens a
        // form); the rest are reported failed from the page reached, and run.json and the exit code say so
        int stuck = placed.get(2).firstPage();
        RunReport cut = runSlow(in, dir.resolve("cut"), 0, stuck, 3);
        InputReport report = cut.inputs().get(0);
        assertThat(report.status()).as(report.reason()).isEqualTo(InputReport.PARTIAL);
        assertThat(report.forms()).isEqualTo(2);
        assertThat(report.reason()).isEqualTo("timeout after 3 s wall clock on page " + stuck + " of 6; 2 forms kept, pages "
                + stuck + "–6 not extracted");
        assertThat(report.pagesFailed()).containsExactly(new PageIssue(stuck, "timeout after 3 s wall clock on page " + stuck
                + " of 6"));
        assertThat(report.formStatus()).extracting(FormStatus::status).containsExactly(FormStatus.OK, FormStatus.OK,
                FormStatus.FAILED);
        assertThat(report.formStatus().get(2).pages()).containsExactly(stuck, 6);
        for (int i = 0; i < 2; i++) {
            Declaration kept = new ExtractionOutput(dir.resolve("cut"), CsvDialect.EXCEL, Language.ZH).read(
                    report.formStatus().get(i).id());
            JsonNode expected = inBundle(placed.get(i), i, report.sha256(), "bundle.pdf");
            assertThat(DeclarationDiff.of(expected, JSON.valueToTree(kept))).as(placed.get(i).fixture()).isEmpty();
        }
        assertThat(Files.readAllLines(dir.resolve("cut").resolve("declarations.jsonl"))).hasSize(2);
        JsonNode runJson = JSON.readTree(dir.resolve("cut").resolve("run.json").toFile());
        assertThat(runJson.at("/inputs/0/pagesFailed")).hasSize(1);
        assertThat(runJson.at("/inputs/0/pagesFailed/0/page").asInt()).isEqualTo(stuck);
        assertThat(runJson.at("/inputs/0/formStatus/1/status").asText()).isEqualTo("ok");
        assertThat(runJson.at("/inputs/0/formStatus/2/status").asText()).isEqualTo("failed");
        assertThat(cut.totals().anyFailure()).as("the batch's exit code is 1").isTrue();
    }

    @Test
    void aPageThatHangsInAWorkerCostsNoFormFinishedBeforeIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Placed> placed = new ArrayList<>();
        Bundles b = new Bundles();
        for (String f : List.of("pdf-form-2", "pdf-form-4", "pdf-form-5")) {
            placed.add(new Placed(f, b.form(f)));
        }
        int stuck = placed.get(2).firstPage();
        String name = "hang-at-" + stuck + ".pdf";
        b.write(in.resolve(name));
        b.close();

        // the third form's first page hangs in the worker, which is told to stop the file before it is killed:
        // the second form, handed over by the stopped reader, is kept whole with the first; 20 s a page leaves a
        // cold worker on a busy machine time for its first pages
        HangingPageWorker.start();
        RunReport cut;
        try {
            var options = new BatchExtraction.Options(dir.resolve("cut"), 1, false, Isolation.WORKERS,
                    Duration.ofSeconds(20), "512m", false, CsvDialect.EXCEL, null, OcrEngine.NONE);
            cut = new BatchExtraction().run(List.of(in), options, ProgressListener.NONE);
        } finally {
            HangingPageWorker.stop();
        }
        InputReport report = cut.inputs().get(0);
        assertThat(report.status()).as(report.reason()).isEqualTo(InputReport.PARTIAL);
        assertThat(report.reason()).isEqualTo("timeout after 20 s wall clock on page " + stuck + " of 6; 2 forms kept, pages "
                + stuck + "–6 not extracted");
        assertThat(report.formStatus()).extracting(FormStatus::status).containsExactly(FormStatus.OK, FormStatus.OK,
                FormStatus.FAILED);
        for (int i = 0; i < 2; i++) {
            Declaration kept = new ExtractionOutput(dir.resolve("cut"), CsvDialect.EXCEL, Language.ZH).read(
                    report.formStatus().get(i).id());
            assertThat(DeclarationDiff.of(inBundle(placed.get(i), i, report.sha256(), name),
                    JSON.valueToTree(kept))).as(placed.get(i).fixture()).isEmpty();
        }
        assertThat(Files.readAllLines(dir.resolve("cut").resolve("declarations.jsonl"))).hasSize(2);
    }

    @Test
    void aPageThatHangsInsideAFormCostsThatFormItsPagesFromTheOneReachedAndKeepsTheFormsBefore() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Placed> placed = new ArrayList<>();
        try (Bundles b = new Bundles()) {
            for (String f : List.of("pdf-form-2", "pdf-form-4", "pdf-form-5")) {
                placed.add(new Placed(f, b.form(f)));
            }
            b.write(in.resolve("bundle.pdf"));
        }
        int stuck = placed.get(2).firstPage() - 1;
        int second = placed.get(1).firstPage();
        assertThat(stuck).as("the second form has pages after its first").isGreaterThan(second);

        // the second form's last page hangs: the form is kept with the pages read, incomplete, the page it stopped
        // at said as lost; its pages from there on and the rest of the file are reported failed
        RunReport cut = runSlow(in, dir.resolve("cut"), 0, stuck, 3);
        InputReport report = cut.inputs().get(0);
        assertThat(report.status()).as(report.reason()).isEqualTo(InputReport.PARTIAL);
        assertThat(report.reason()).isEqualTo("timeout after 3 s wall clock on page " + stuck + " of 6; 2 forms kept, pages "
                + stuck + "–6 not extracted");
        assertThat(report.formStatus()).extracting(FormStatus::status).containsExactly(FormStatus.OK,
                FormStatus.INCOMPLETE, FormStatus.FAILED);
        FormStatus incomplete = report.formStatus().get(1);
        assertThat(incomplete.pages()).containsExactly(second, stuck - 1);
        assertThat(incomplete.reason()).isEqualTo("page " + stuck + " could not be read");
        assertThat(report.formStatus().get(2).pages()).containsExactly(stuck, 6);

        ExtractionOutput output = new ExtractionOutput(dir.resolve("cut"), CsvDialect.EXCEL, Language.ZH);
        Declaration first = output.read(report.formStatus().get(0).id());
        assertThat(DeclarationDiff.of(inBundle(placed.get(0), 0, report.sha256(), "bundle.pdf"),
                JSON.valueToTree(first))).isEmpty();
        Declaration kept = output.read(incomplete.id());
        JsonNode expected = Fixtures.expected(placed.get(1).fixture()).get(0);
        assertThat(kept.projectName()).isEqualTo(expected.path("projectName").asText());
        assertThat(kept.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("PAGE_UNREADABLE");
            assertThat(f.severity()).isEqualTo("error");
            assertThat(f.message()).startsWith("page " + stuck + " could not be read (the reading was stopped");
        });
        JsonNode runJson = JSON.readTree(dir.resolve("cut").resolve("run.json").toFile());
        assertThat(runJson.at("/inputs/0/formStatus/1/status").asText()).isEqualTo("incomplete");
        assertThat(Files.readAllLines(dir.resolve("cut").resolve("declarations.jsonl"))).hasSize(2);
        assertThat(cut.totals().anyFailure()).isTrue();
    }

    /**
     * Runs {@code in} in process with a reader whose every page takes {@code pageMillis} longer, and whose page
     * {@code hangAt} (0: none) hangs until interrupted.
     */
    private static RunReport runSlow(Path in, Path out, long pageMillis, int hangAt, int timeoutSeconds)
            throws Exception {
        var options = new BatchExtraction.Options(out, 1, false, Isolation.IN_PROCESS,
                Duration.ofSeconds(timeoutSeconds), "512m", false, CsvDialect.EXCEL, null, OcrEngine.NONE);
        return new BatchExtraction(new FileExtractor(List.of(new SlowPdfReader(pageMillis, hangAt))))
                .run(List.of(in), options, ProgressListener.NONE);
    }

    /** A fixture's expected JSON as the form reads in a bundle: the bundle's file, its position and pages. */
    private static JsonNode inBundle(Placed p, int formIndex, String sha256, String file) {
        ObjectNode e = Fixtures.expected(p.fixture()).get(0).deepCopy();
        ObjectNode source = (ObjectNode) e.get("source");
        int first = source.path("pages").get(0).asInt(), last = source.path("pages").get(1).asInt();
        source.put("file", file);
        source.put("sha256", sha256);
        source.put("formIndex", formIndex);
        source.putArray("pages").add(first + p.firstPage() - 1).add(last + p.firstPage() - 1);
        e.put("id", sha256.substring(0, 12) + "-" + formIndex);
        return e;
    }
}
