package perfdecl.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Fixtures;
import perfdecl.fixtures.HostilePdfs;
import perfdecl.model.RunReport;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.process.Isolation;
import perfdecl.pipeline.batch.ProgressListener;
import perfdecl.pipeline.TableLayout;
import perfdecl.write.CsvDialect;

/**
 * The Spark job in local mode on a mixed batch — the shared PDFs, a copy of one, a scan, hostile files — gives the
 * tables {@code extract} gives for the same files, row for row; failures are rows with their reasons; a second
 * run adds only what is new.
 */
@org.junit.jupiter.api.extension.ExtendWith(perfdecl.fixtures.WallCeilingAtTheLimit.class)
class SparkExtractionTest {

    /** Wall time: the scan's OCR'd pages take seconds each, minutes on a machine shared by many builds. */
    private static final Duration TIMEOUT = Duration.ofSeconds(600);

    @TempDir
    static Path work;

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("perfdecl-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void parquetTablesHoldTheRowsOfTheExtractCsvsAndFailuresAreRowsWithTheirReasons() throws Exception {
        Path in = Files.createDirectories(work.resolve("mixed"));
        for (int i = 1; i <= 5; i++) {
            Files.copy(Fixtures.input("pdf-form-" + i), in.resolve("form-" + i + ".pdf"));
        }
        Files.copy(Fixtures.input("pdf-form-3"), in.resolve("form-3-again.pdf"));
        Files.copy(Fixtures.input("scan-unmapped-form-4"), in.resolve("scan-unmapped-form-4.pdf"));
        Files.copy(Fixtures.input("ocr-seed-2019"), in.resolve("export.txt"));
        HostilePdfs.empty(in);
        HostilePdfs.truncated(in);
        HostilePdfs.userPassword(in);
        HostilePdfs.decompressionBomb(in, 1);
        HostilePdfs.hugeImage(in);
        HostilePdfs.notADeclaration(in);
        Path csv = work.resolve("extract");
        // Parquet holds the values, as the plain dialect writes them (excel's marks text Excel would convert)
        // one job: with two, whether extract reads the second copy of form-3 (and so knows its pages) is a race
        RunReport extract = new BatchExtraction().run(List.of(in), new BatchExtraction.Options(csv, 1, false,
                Isolation.IN_PROCESS, TIMEOUT, "512m", false, CsvDialect.PLAIN), ProgressListener.NONE);

        Path out = work.resolve("parquet");
        SparkExtraction.Summary s = SparkExtraction.run(spark, in.toUri().toString(), out.toUri().toString(), 3,
                TIMEOUT);

        for (String table : TableLayout.TABLES) {
            List<String> header = csvHeader(csv.resolve(table + ".csv"));
            Dataset<Row> parquet = spark.read().parquet(out.resolve(table).toString());
            assertThat(parquet.columns()).as(table).containsExactlyElementsOf(header);
            // ms is the time each run took
            assertThat(rows(parquet, header.indexOf("ms")))
                    .as(table).containsExactlyInAnyOrderElementsOf(csvRows(csv.resolve(table + ".csv"), header.indexOf("ms")));
        }
        assertThat(Files.readAllLines(csv.resolve("declarations.jsonl"))).hasSize(extract.totals().forms())
                .containsExactlyInAnyOrderElementsOf(jsonLines(out.resolve(SparkExtraction.JSON_LINES)));
        // the scan is read by the default OCR engine, which comes in the jar
        assertThat(s.forms()).as("five PDFs, the export's five forms, the scan")
                .isEqualTo((long) extract.totals().forms()).isEqualTo(11L);
        assertThat(s.failed()).isEqualTo((long) extract.totals().failed()).isEqualTo(17 - s.forms());
        assertThat(s.skipped()).isEqualTo(1);
        List<String> reasons = spark.read().parquet(out.resolve("run").toString())
                .where("status = 'failed'").select("reason").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(reasons).contains("empty file", "encrypted with a user password",
                "stream 4 0 decompresses to more than 256 MB",
                "image too large (object 5 0 declares 60000×60000 pixels > 100 megapixels)");
        assertThat(spark.read().parquet(out.resolve("declarations").toString()).schema().apply("budget.total")
                .dataType().typeName()).isEqualTo("long");
    }

    @Test
    void aSecondRunSkipsWhatIsDoneAndAddsOnlyTheNewInputs() throws Exception {
        Path in = Files.createDirectories(work.resolve("resume"));
        HostilePdfs.goodForm(in, "a.pdf", "pdf-form-1", 1);
        HostilePdfs.empty(in);
        Path out = work.resolve("resumed");
        SparkExtraction.Summary first = SparkExtraction.run(spark, in.toString(), out.toString(), 2, TIMEOUT);
        HostilePdfs.goodForm(in, "b.pdf", "pdf-form-2", 1);
        HostilePdfs.goodForm(in, "a-renamed.pdf", "pdf-form-1", 1);
        SparkExtraction.Summary second = SparkExtraction.run(spark, in.toString(), out.toString(), 2, TIMEOUT);

        assertThat(first.ok()).isEqualTo(1);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(second.inputs()).isEqualTo(4);
        assertThat(second.done()).isEqualTo(3);
        assertThat(second.ok()).isEqualTo(1);
        assertThat(second.failed()).isZero();
        Dataset<Row> run = spark.read().parquet(out.resolve("run").toString());
        assertThat(run.select("file").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
                .containsExactlyInAnyOrder("a.pdf", "empty.pdf", "b.pdf");
        List<String> ids = spark.read().parquet(out.resolve("declarations").toString()).select("id")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(jsonLines(out.resolve(SparkExtraction.JSON_LINES))).hasSize(2);
        assertThat(out.resolve("_staging")).isEmptyDirectory();
    }

    @Test
    void aFileThatHangsOrExhaustsTheHeapIsAFailedRowAndTheJobGoesOn() throws Exception {
        Path in = Files.createDirectories(work.resolve("misbehaving"));
        HostilePdfs.goodForm(in, "1-stall-worker.pdf", "pdf-form-1", 1);
        HostilePdfs.goodForm(in, "2-oom-worker.pdf", "pdf-form-1", 2);
        HostilePdfs.goodForm(in, "3-good.pdf", "pdf-form-2", 1);
        System.setProperty("perfdecl.stream.hooks", "perfdecl.pipeline.MisbehavingStream");
        SparkExtraction.Summary s;
        try {
            // 10 s: on a loaded machine the JVM's collection before the out-of-memory error alone took over 3 s
            s = SparkExtraction.run(spark, in.toString(), work.resolve("misbehaved").toString(), 2,
                    Duration.ofSeconds(10));
        } finally {
            System.clearProperty("perfdecl.stream.hooks");
        }

        assertThat(s.ok()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(2);
        assertThat(s.failures()).anySatisfy(f -> assertThat(f).endsWith("1-stall-worker.pdf: timeout after 10 s wall clock"))
                .anySatisfy(f -> assertThat(f).contains("2-oom-worker.pdf: extraction failed: ")
                        .contains("OutOfMemoryError"));
    }

    @Test
    void nothingAtTheInputUriIsAnErrorBeforeAnyJob() {
        assertThatThrownBy(() -> SparkExtraction.run(spark, work.resolve("absent").toString(),
                work.resolve("never").toString(), 2, TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("absent: no such file or folder");
        assertThat(work.resolve("never")).doesNotExist();
    }

    /** Each row as its cells' text, as the CSV writes them, without column {@code skip}. */
    private static List<List<String>> rows(Dataset<Row> table, int skip) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : table.collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                if (i != skip) {
                    cells.add(r.isNullAt(i) ? "" : r.get(i).toString());
                }
            }
            out.add(cells);
        }
        return out;
    }

    private static List<String> csvHeader(Path file) throws Exception {
        try (CSVReader csv = csv(file)) {
            return Arrays.asList(csv.readNext());
        }
    }

    private static List<List<String>> csvRows(Path file, int skip) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (CSVReader csv = csv(file)) {
            csv.readNext();
            for (String[] line; (line = csv.readNext()) != null; ) {
                List<String> cells = new ArrayList<>(Arrays.asList(line));
                if (skip >= 0) {
                    cells.remove(skip);
                }
                out.add(cells);
            }
        }
        return out;
    }

    /** The CSV writer escapes a quote by doubling it, as RFC 4180 says. */
    private static CSVReader csv(Path file) throws IOException {
        return new CSVReaderBuilder(reader(file)).withCSVParser(new RFC4180ParserBuilder().build()).build();
    }

    private static Reader reader(Path file) throws IOException {
        Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    private static List<String> jsonLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
