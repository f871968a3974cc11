package perfdecl.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The Spark job's command line, read without starting Spark. */
class SparkExtractArgumentsTest {

    @Test
    void urisAndOptionsAreReadInAnyOrder() {
        var a = SparkExtract.Arguments.parse("--timeout", "300", "hdfs:///in", "s3a://b/out", "--partitions", "40");

        assertThat(a).isEqualTo(new SparkExtract.Arguments("hdfs:///in", "s3a://b/out", 40, Duration.ofSeconds(300)));
    }

    @Test
    void defaultsAreSixtySecondsAndPartitionsFromTheCluster() {
        var a = SparkExtract.Arguments.parse("in", "out");

        assertThat(a.partitions()).isZero();
        assertThat(a.timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aMissingOutputAnUnknownOptionOrABadNumberIsAUsageError() {
        assertThat(SparkExtract.Arguments.parse("in")).isNull();
        assertThat(SparkExtract.Arguments.parse("in", "out", "--jobs", "2")).isNull();
        assertThat(SparkExtract.Arguments.parse("in", "out", "--timeout", "0")).isNull();
        assertThat(SparkExtract.Arguments.parse("in", "out", "--partitions", "many")).isNull();
        assertThat(SparkExtract.Arguments.parse("in", "out", "--partitions")).isNull();
        assertThat(SparkExtract.Arguments.parse("in", "out", "extra")).isNull();
    }
}
