package perfdecl.pipeline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import perfdecl.pipeline.batch.BatchExtraction;

class WorkerProcessTest {

    @Test
    void aWorkerWithOneThreadHasASerialCollectorAndOneYoungGeneration() {
        List<String> command = WorkerProcess.command("1g", 1, true);
        assertThat(command).contains("-Xmx1g", "-Xms160m", "-Xmn64m", "-XX:+UseSerialGC", "-XX:+AlwaysPreTouch")
                .doesNotContain("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
        assertThat(command.subList(command.size() - 3, command.size()))
                .containsExactly(ExtractionWorker.class.getName(), "1", BatchExtraction.Options.DEFAULT_OCR);
    }

    @Test
    void anAnswerAfterNativeChatterOnTheSameLineIsStillFound() {
        assertThat(WorkerProcess.answerStart("{\"id\":3,\"staged\":{}}")).isZero();
        assertThat(WorkerProcess.answerStart("imgDir=/tmp/, imgName=a.png{\"id\":3,\"staged\":{}}")).isEqualTo(27);
        assertThat(WorkerProcess.answerStart("total keys size(6625)" + WorkerProtocol.READY)).isEqualTo(21);
        assertThat(WorkerProcess.answerStart("numThread=1")).isEqualTo(-1);
    }

    @Test
    void aWorkerReadsScansWithTheEngineTheBatchNames() {
        List<String> command = WorkerProcess.command("1g", 2, true, "tesseract");
        assertThat(command.subList(command.size() - 3, command.size()))
                .containsExactly(ExtractionWorker.class.getName(), "2", "tesseract");
    }

    @Test
    void eachExtractionThreadGetsItsOwnShareOfTheYoungGeneration() {
        List<String> command = WorkerProcess.command("1g", 2, true);
        assertThat(command).contains("-Xms224m", "-Xmn128m", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=2")
                .doesNotContain("-XX:+UseSerialGC");
    }

    @Test
    void aHeapTooSmallToSplitIsLeftToTheJvmAndShortRunsCompileWithC1Only() {
        List<String> command = WorkerProcess.command("400m", 2, false);
        assertThat(command).contains("-Xmx400m", "-XX:TieredStopAtLevel=1");
        assertThat(command).noneMatch(a -> a.startsWith("-Xms") || a.startsWith("-Xmn"));
    }
}
