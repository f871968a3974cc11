package perfdecl.pipeline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfdecl.pipeline.batch.BatchExtraction;

class CoordinatorProcessTest {

    @TempDir
    Path dir;

    private BatchExtraction.Options options(Isolation isolation) {
        return new BatchExtraction.Options(dir.resolve("out"), 2, false, isolation, Duration.ofSeconds(60), "1g",
                false);
    }

    @Test
    void aBatchInWorkersIsHandedToACoordinatorUnlessThisProcessIsOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < BatchExtraction.ISOLATE_FROM; i++) {
            Files.writeString(in.resolve("f" + i + ".txt"), "x");
        }
        assertThat(CoordinatorProcess.wanted(Map.of(), List.of(in), options(Isolation.AUTO))).isTrue();
        assertThat(CoordinatorProcess.wanted(Map.of(), List.of(in), options(Isolation.WORKERS))).isTrue();
        assertThat(CoordinatorProcess.wanted(Map.of(CoordinatorProcess.MARKER, "1"), List.of(in),
                options(Isolation.WORKERS))).isFalse();
        assertThat(CoordinatorProcess.wanted(Map.of(), List.of(in), options(Isolation.IN_PROCESS))).isFalse();
    }

    @Test
    void aSmallBatchRunsWhereItWasStarted() throws Exception {
        Path one = Files.writeString(dir.resolve("one.txt"), "x");
        assertThat(CoordinatorProcess.wanted(Map.of(), List.of(one), options(Isolation.AUTO))).isFalse();
    }

    @Test
    void theCoordinatorStartsWithASmallSerialHeapTheUsersHeapLimitAndTheSameArguments() {
        List<String> command = CoordinatorProcess.command("perfdecl.cli.Main",
                List.of("extract", "-j", "2", "in"), 3L << 30);
        assertThat(command).contains("-XX:+UseSerialGC", "-Xms64m", "-Xmn24m", "-Xmx3072m");
        assertThat(command.subList(command.size() - 5, command.size()))
                .containsExactly("perfdecl.cli.Main", "extract", "-j", "2", "in");
        assertThat(command.get(command.indexOf("-cp") + 1)).isEqualTo(System.getProperty("java.class.path"));
    }

    @Test
    void theCoordinatorOptimisesOnlyTheSha256CodeFully() {
        List<String> command = CoordinatorProcess.command("perfdecl.cli.Main", List.of("extract", "in"), 1L << 30);
        assertThat(command).contains("-XX:Tier4InvocationThreshold=2000000000",
                        "-XX:Tier4MinInvocationThreshold=2000000000", "-XX:Tier4CompileThreshold=2000000000",
                        "-XX:Tier4BackEdgeThreshold=2000000000",
                        "-XX:CompileCommand=CompileThresholdScaling,sun.security.provider.*::*,0.0000001")
                .doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theCoordinatorsCompilerSettingsPrintNothingOfTheirOwn() throws Exception {
        // without CompileCommand=quiet the JVM announces each compile command on standard output
        List<String> command = CoordinatorProcess.command("perfdecl.cli.Main", List.of("--version"), 256L << 20);
        Process p = ChildJvm.process(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out.strip()).startsWith("perfdecl ").doesNotContain("CompileCommand").hasLineCount(1);
    }

    @Test
    void childJvmsGiveFreedNativeMemoryBackAndKeepTwoMallocArenas() {
        List<String> command = CoordinatorProcess.command("perfdecl.cli.Main", List.of("extract", "in"), 1L << 30);
        assertThat(command).contains("-XX:TrimNativeHeapInterval=2000", "-XX:+IgnoreUnrecognizedVMOptions");
        assertThat(command.indexOf("-XX:+IgnoreUnrecognizedVMOptions"))
                .isLessThan(command.indexOf("-XX:TrimNativeHeapInterval=2000"));
        assertThat(ChildJvm.process(command).environment()).containsEntry("MALLOC_ARENA_MAX", "2");
    }
}
