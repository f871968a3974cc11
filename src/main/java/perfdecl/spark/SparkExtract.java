package perfdecl.spark;

import java.time.Duration;

import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class perfdecl.spark.SparkExtract perfdecl.jar INPUT_URI OUTPUT_URI [--partitions N]
 * [--timeout S]}: extracts every PDF and text export under INPUT_URI into Parquet tables under OUTPUT_URI (see
 * {@link SparkExtraction}). Exit codes as {@code extract}'s: 0 every input extracted, 1 some input failed (its
 * reason is in the run table), 2 usage error.
 */
public final class SparkExtract {

    static final String USAGE = "usage: SparkExtract INPUT_URI OUTPUT_URI [--partitions N] [--timeout SECONDS]";

    /** The command line. */
    record Arguments(String input, String output, int partitions, Duration timeout) {

        /** Null, with the reason on stderr, when {@code args} are not a valid command line. */
        static Arguments parse(String... args) {
            String input = null;
            String output = null;
            int partitions = 0;
            long timeout = 60;
            try {
                for (int i = 0; i < args.length; i++) {
                    switch (args[i]) {
                        case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                        case "--timeout" -> timeout = Long.parseLong(args[++i]);
                        default -> {
                            if (args[i].startsWith("--") || output != null) {
                                throw new IllegalArgumentException("unexpected " + args[i]);
                            }
                            if (input == null) {
                                input = args[i];
                            } else {
                                output = args[i];
                            }
                        }
                    }
                }
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                System.err.println("perfdecl: " + e.getMessage() + "\n" + USAGE);
                return null;
            }
            if (output == null || partitions < 0 || timeout < 1) {
                System.err.println("perfdecl: " + (output == null ? "INPUT_URI and OUTPUT_URI are required"
                        : "--partitions must be 1 or more, --timeout at least 1") + "\n" + USAGE);
                return null;
            }
            return new Arguments(input, output, partitions, Duration.ofSeconds(timeout));
        }
    }

    private SparkExtract() {
    }

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args);
        if (a == null) {
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("perfdecl extract").getOrCreate();
        int code;
        try {
            code = run(spark, a);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    static int run(SparkSession spark, Arguments a) throws Exception {
        SparkExtraction.Summary s = SparkExtraction.run(spark, a.input(), a.output(), a.partitions(), a.timeout());
        for (String failure : s.failures()) {
            System.err.println("perfdecl: " + failure);
        }
        if (s.failed() > s.failures().size()) {
            System.err.printf("perfdecl: … %d more failed (see the run table)%n", s.failed() - s.failures().size());
        }
        System.err.printf("perfdecl: %d form(s) from %d of %d input(s) into %s; %d failed, %d skipped, "
                + "%d done in an earlier run%n", s.forms(), s.ok(), s.inputs(), a.output(), s.failed(), s.skipped(),
                s.done());
        return s.failed() > 0 ? 1 : 0;
    }
}
