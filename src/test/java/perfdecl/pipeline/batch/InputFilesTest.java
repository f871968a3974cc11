package perfdecl.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedIntoTheirExtractableFilesInPathOrder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("b.pdf"), "x");
        Files.writeString(in.resolve("a.txt"), "x");
        Files.writeString(in.resolve("notes.docx"), "x");
        Files.writeString(in.resolve(".hidden.pdf"), "x");
        Path missing = dir.resolve("missing.pdf");

        assertThat(InputFiles.collect(List.of(dir.resolve("in"), missing)))
                .containsExactly(in.resolve("a.txt"), in.resolve("b.pdf"), missing);
    }

    @Test
    void countingStopsAtTheLimitAndOtherwiseAgreesWithTheWalk() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(in.resolve("f" + i + ".pdf"), "x");
        }
        Files.writeString(in.resolve("skip.docx"), "x");
        Path single = dir.resolve("single.txt");

        assertThat(InputFiles.countUpTo(List.of(in, single), 100)).isEqualTo(13)
                .isEqualTo(InputFiles.collect(List.of(in, single)).size());
        assertThat(InputFiles.countUpTo(List.of(in, single), 8)).isEqualTo(8);
        assertThat(InputFiles.countUpTo(List.of(single, in), 1)).isEqualTo(1);
        assertThat(InputFiles.countUpTo(List.of(), 8)).isZero();
    }

    @Test
    void anyWithFindsAPdfInAFolderOrByNameButNotAHiddenOneOrAnotherKind() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), "x");
        Files.writeString(in.resolve(".hidden.pdf"), "x");
        Path json = dir.resolve("d.json");

        assertThat(InputFiles.anyWith(List.of(dir.resolve("in"), json), java.util.Set.of("pdf"))).isFalse();
        Files.writeString(in.resolve("B.PDF"), "x");
        assertThat(InputFiles.anyWith(List.of(dir.resolve("in"), json), java.util.Set.of("pdf"))).isTrue();
        assertThat(InputFiles.anyWith(List.of(json, dir.resolve("named.pdf")), java.util.Set.of("pdf"))).isTrue();
    }
}
