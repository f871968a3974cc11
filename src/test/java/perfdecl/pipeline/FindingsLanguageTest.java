package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfdecl.fixtures.HostilePdfs;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.write.CsvDialect;
import perfdecl.write.Language;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.batch.ProgressListener;
import perfdecl.pipeline.process.Isolation;

/**
 * {@code extract --lang}: findings.csv's message column (and the workbook's findings sheet) is the catalogue's
 * sentence in the chosen language, whether a worker or this process wrote the rows; the JSON keeps each finding's
 * own message; a resumed run in another language extracts again rather than mixing the two.
 */
class FindingsLanguageTest {

    // the bundle's second form: six budget items adding up to 18,372,647 yuan against a current-year budget of
    // 18,372,648 (pdf-bundle-2019/expected.json)
    private static final String SUM_ZH = "6 项预算明细合计 18,372,647 元，比项目当年预算 18,372,648 元少 1 元。";
    private static final String SUM_EN =
            "The 6 budget items add up to 18,372,647 yuan, 1 yuan short of the current-year budget of 18,372,648 yuan.";

    @TempDir
    Path inputs;

    @TempDir
    Path out;

    private RunReport extract(Path dir, Isolation isolation, Language language, boolean resume, boolean xlsx)
            throws Exception {
        var options = new BatchExtraction.Options(dir, 2, xlsx, isolation, Duration.ofSeconds(60), "1g", resume,
                CsvDialect.EXCEL, null, BatchExtraction.Options.DEFAULT_OCR, language);
        return new BatchExtraction().run(List.of(inputs), options, ProgressListener.NONE);
    }

    private static List<String[]> rows(Path csv) throws Exception {
        String text = Files.readString(csv);
        try (Reader in = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
             CSVReader reader = new CSVReader(in)) {
            return reader.readAll();
        }
    }

    /** The message of each finding, keyed {@code id code}. */
    private static Map<String, String> messages(Path csv) throws Exception {
        List<String[]> rows = rows(csv);
        assertThat(rows.get(0)).containsExactly("id", "code", "severity", "field", "message", "expected", "actual",
                "resolvedBy");
        Map<String, String> out = new TreeMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            out.merge(r[0] + " " + r[1], r[4], (a, b) -> a + "\n" + b);
        }
        return out;
    }

    private static String sumMismatch(Map<String, String> messages) {
        return messages.entrySet().stream().filter(e -> e.getKey().endsWith(" BUDGET_ITEMS_SUM_MISMATCH"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    private static List<String> jsonFiles(Path dir) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("json")).sorted()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                texts.add(Files.readString(f));
            }
        }
        return texts;
    }

    @Test
    void sumMismatchIsWrittenInTheChosenLanguageWithBothAmountsAndTheJsonKeepsItsOwnMessage(@TempDir Path en)
            throws Exception {
        HostilePdfs.goodForm(inputs, "bundle.pdf", "pdf-bundle-2019", 0);
        extract(out, Isolation.IN_PROCESS, Language.ZH, false, true);
        extract(en, Isolation.IN_PROCESS, Language.EN, false, false);

        Map<String, String> zh = messages(out.resolve("findings.csv"));
        Map<String, String> english = messages(en.resolve("findings.csv"));
        assertThat(sumMismatch(zh)).isEqualTo(SUM_ZH);
        assertThat(sumMismatch(english)).isEqualTo(SUM_EN);
        assertThat(english.keySet()).isEqualTo(zh.keySet()).hasSizeGreaterThan(5);
        assertThat(zh.values()).allMatch(m -> m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN) && !m.contains(" has ") && !m.contains(" yuan"));
        assertThat(english.values()).noneMatch(m -> m.contains("元") || m.contains("合计"));

        assertThat(jsonFiles(en)).isEqualTo(jsonFiles(out));
        assertThat(String.join("", jsonFiles(out))).doesNotContain(SUM_ZH).doesNotContain(SUM_EN)
                .contains("BUDGET_ITEMS_SUM_MISMATCH");

        try (InputStream in = Files.newInputStream(out.resolve("declarations.xlsx")); var wb = new XSSFWorkbook(in)) {
            Sheet findings = wb.getSheet("findings");
            List<String> sheetMessages = new ArrayList<>();
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                Row row = findings.getRow(r);
                sheetMessages.add(row.getCell(4).getStringCellValue());
            }
            assertThat(sheetMessages).contains(SUM_ZH).hasSize(rows(out.resolve("findings.csv")).size() - 1);
        }
    }

    @Test
    void aWorkerWritesTheSameEnglishFindingsAsThisProcess(@TempDir Path inProcess) throws Exception {
        HostilePdfs.goodForm(inputs, "bundle.pdf", "pdf-bundle-2019", 0);
        HostilePdfs.goodForm(inputs, "form-5.pdf", "pdf-form-5", 0);
        RunReport workers = extract(out, Isolation.WORKERS, Language.EN, false, false);
        extract(inProcess, Isolation.IN_PROCESS, Language.EN, false, false);

        assertThat(workers.inputs()).extracting(InputReport::status).containsOnly(InputReport.OK);
        assertThat(sumMismatch(messages(out.resolve("findings.csv")))).isEqualTo(SUM_EN);
        assertThat(Files.readString(out.resolve("findings.csv")))
                .isEqualTo(Files.readString(inProcess.resolve("findings.csv")));
    }

    @Test
    void resumingInTheOtherLanguageExtractsAgainRatherThanMixingTheTwo(@TempDir Path enOnly) throws Exception {
        HostilePdfs.goodForm(inputs, "bundle.pdf", "pdf-bundle-2019", 0);
        HostilePdfs.goodForm(inputs, "form-5.pdf", "pdf-form-5", 0);
        extract(out, Isolation.IN_PROCESS, Language.ZH, false, false);

        RunReport resumed = extract(out, Isolation.IN_PROCESS, Language.EN, true, false);
        assertThat(resumed.inputs()).extracting(InputReport::status).containsOnly(InputReport.OK);
        RunReport again = extract(out, Isolation.IN_PROCESS, Language.EN, true, false);
        assertThat(again.inputs()).extracting(InputReport::reason).containsOnly("already extracted");

        extract(enOnly, Isolation.IN_PROCESS, Language.EN, false, false);
        assertThat(Files.readString(out.resolve("findings.csv")))
                .isEqualTo(Files.readString(enOnly.resolve("findings.csv")));
        assertThat(sumMismatch(messages(out.resolve("findings.csv")))).isEqualTo(SUM_EN);
    }
}
