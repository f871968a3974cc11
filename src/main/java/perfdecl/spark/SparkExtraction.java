package perfdecl.spark;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import perfdecl.model.InputReport;
import perfdecl.pipeline.batch.InputFiles;
import perfdecl.pipeline.InputRows;
import perfdecl.pipeline.StreamExtraction;
import perfdecl.pipeline.TableLayout;
import scala.Tuple2;

/**
 * The extraction as one Spark job: every PDF and text export under the input URI (recursed) is read where a task
 * runs and extracted by {@link StreamExtraction}; the rows go to Parquet tables named as {@code extract}'s CSVs and
 * the declarations to JSON lines ({@code declarations.jsonl/}), through {@link OutputFolder}. An input whose
 * SHA-256 the output's {@code run} table already lists is skipped; of inputs of the same content in one run the
 * first by path is extracted and the others are {@code skipped} rows.
 */
final class SparkExtraction {

    static final String JSON_LINES = "declarations.jsonl";

    /** The run's counts and the first failures, one line each. */
    record Summary(long inputs, long done, long ok, long failed, long skipped, long forms, List<String> failures) {
    }

    private SparkExtraction() {
    }

    /** @throws IllegalArgumentException when nothing is at {@code input} */
    static Summary run(SparkSession spark, String input, String output, int partitions, Duration timeout)
            throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        Path in = new Path(input);
        FileStatus[] matched = in.getFileSystem(conf).globStatus(in);
        if (matched == null || matched.length == 0) {
            throw new IllegalArgumentException(input + ": no such file or folder");
        }
        OutputFolder out = new OutputFolder(output, conf);
        out.recover();
        HashSet<String> done = new HashSet<>();
        if (out.has(TableLayout.RUN)) {
            done.addAll(spark.read().parquet(out.table(TableLayout.RUN)).select("sha256").where("sha256 is not null")
                    .as(Encoders.STRING()).collectAsList());
        }
        Broadcast<HashSet<String>> doneShas = jsc.broadcast(done);
        int n = partitions > 0 ? partitions : 4 * jsc.defaultParallelism();

        // binaryFiles packs small files into few splits; the shuffle moves only their paths
        JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(input, n)
                .filter(f -> InputFiles.isExtractableName(new Path(f._1()).getName()))
                .repartition(n);
        JavaRDD<InputRows> extracted = files.flatMap(f -> {
            Quiet.pdfbox();
            return StreamExtraction.shared(timeout)
                    .extract(f._1(), new Path(f._1()).getName(), f._2()::open, doneShas.value()::contains)
                    .stream().iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Tuple2<String, String>> firsts = new HashMap<>(extracted.filter(InputRows::ok)
                    .mapToPair(r -> new Tuple2<>(r.sha256(), new Tuple2<>(r.path(), r.file())))
                    .reduceByKey((a, b) -> a._1().compareTo(b._1()) <= 0 ? a : b)
                    .collectAsMap());
            Broadcast<Map<String, Tuple2<String, String>>> first = jsc.broadcast(firsts);
            JavaRDD<InputRows> results = extracted.map(r -> {
                Tuple2<String, String> f = first.value().get(r.sha256());
                return r.ok() && f != null && !f._1().equals(r.path()) ? r.sameContentAs(f._2()) : r;
            });

            Path staging = out.stage();
            for (String table : TableLayout.TABLES) {
                JavaRDD<Row> rows = results.flatMap(r -> r.rows(table).stream()
                        .map(cells -> RowFactory.create(cells.toArray())).iterator());
                spark.createDataFrame(rows, schema(table)).write().parquet(new Path(staging, table).toString());
            }
            JavaRDD<Row> lines = results.flatMap(r -> r.jsonLines().stream().map(l -> RowFactory.create(l)).iterator());
            spark.createDataFrame(lines, new StructType().add("value", DataTypes.StringType, false))
                    .write().text(new Path(staging, JSON_LINES).toString());
            out.commit(staging);

            Map<String, Long> byStatus = results.map(InputRows::status).countByValue();
            long forms = results.map(r -> (long) r.forms()).fold(0L, Long::sum);
            long listed = files.count();
            long ok = byStatus.getOrDefault(InputReport.OK, 0L);
            long failed = byStatus.getOrDefault(InputReport.FAILED, 0L);
            long skipped = byStatus.getOrDefault(InputReport.SKIPPED, 0L);
            List<String> failures = new ArrayList<>(results.filter(r -> InputReport.FAILED.equals(r.status()))
                    .map(r -> r.path() + ": " + r.reason()).take(20));
            return new Summary(listed, listed - ok - failed - skipped, ok, failed, skipped, forms, failures);
        } finally {
            extracted.unpersist(false);
        }
    }

    static StructType schema(String table) {
        List<StructField> fields = new ArrayList<>();
        for (TableLayout.TableColumn c : TableLayout.columns(table)) {
            fields.add(DataTypes.createStructField(c.name(), type(c.kind()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(TableLayout.Kind kind) {
        return switch (kind) {
            case TEXT -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DOUBLE -> DataTypes.DoubleType;
        };
    }

    /**
     * PDFBox reports font fallbacks through commons-logging, which on an executor finds Spark's log4j and writes
     * to every executor's log. The jar's own (relocated) commons-logging is told to drop them: the shade plugin
     * relocates these names with the classes, so this sets the jar's copy and leaves Spark's alone.
     */
    private static final class Quiet {

        static {
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }

        static void pdfbox() {
            // the static initialiser has run
        }
    }
}
