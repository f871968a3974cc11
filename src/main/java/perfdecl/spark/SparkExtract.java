package perfdecl.spark;

import java.time.Duration;

import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class perfdecl.spark.SparkExtract perfdecl.jar INPUT_URI OUTPUT_URI [--partitions N]
 * [--timeout S]}: extracts every PDF and text export under INPUT_URI into Parquet tables under OUTPUT_URI (see
 * {@link SparkExtraction}). Exit codes as {@code extract}'s: 0 every input extracted, 1 some input failed (its
 * reason is in the run table), 2 usage error or nothing at INPUT_URI.
 */
public final class SparkExtract {

    static final String USAGE = "usage: SparkExtract INPUT_URI OUTPUT_URI [--partitions N] [--timeout SECONDS]";

    /** The command line; {@code partitions} 0: four per core of the cluster. */
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
                        case "--partitions" -> partitions = number(args, i++);
                        case "--timeout" -> timeout = number(args, i++);
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
            } catch (IllegalArgumentException e) {
                System.err.println("perfdecl: " + e.getMessage() + "\n" + USAGE);
                return null;
            }
            if (output == null) {
                System.err.println("perfdecl: INPUT_URI and OUTPUT_URI are required\n" + USAGE);
                return null;
            }
            return new Arguments(input, output, partitions, Duration.ofSeconds(timeout));
        }

        /** The value of the option at {@code i}: a whole number of 1 or more. */
        private static int number(String[] args, int i) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            if (!value.matches("[1-9]\\d{0,8}")) {
                throw new IllegalArgumentException(args[i] + " takes a whole number of 1 or more"
                        + (value.isEmpty() ? "" : ", not " + value));
            }
            return Integer.parseInt(value);
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
        SparkExtraction.Summary s;
        try {
            s = SparkExtraction.run(spark, a.input(), a.output(), a.partitions(), a.timeout());
        } catch (IllegalArgumentException e) {
            System.err.println("perfdecl: " + e.getMessage());
            return 2;
        }
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
