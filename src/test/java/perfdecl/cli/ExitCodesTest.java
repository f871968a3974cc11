package perfdecl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.fixtures.Fixtures;
import perfdecl.fixtures.HostilePdfs;
import perfdecl.pipeline.Diagnostics;

/** Each exit code the README documents, its message on stderr, one version for every command, and --verbose. */
class ExitCodesTest {

    @TempDir
    Path in;

    @TempDir
    Path out;

    @AfterEach
    void diagnosticsOff() {
        Diagnostics.configure(false);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        return captured(() -> Main.run(args));
    }

    private static Run captured(Callable<Integer> body) throws Exception {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = body.call();
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path goodText() throws Exception {
        return Files.copy(Fixtures.input("ocr-seed-2019"), in.resolve("good.txt"));
    }

    @Test
    void everyInputExtractedIsZero() throws Exception {
        goodText();
        Run r = run("extract", "--no-isolate", "-q", "-o", out.toString(), in.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK).isZero();
        assertThat(out.resolve("declarations.jsonl")).exists();
    }

    @Test
    void aFailedInputIsOneAndNamedWhileTheRestIsWritten() throws Exception {
        goodText();
        Files.writeString(in.resolve("shopping-list.txt"), "eggs\nmilk\n");
        Run r = run("extract", "--no-isolate", "-q", "-o", out.toString(), in.toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_FAILED).isEqualTo(1);
        assertThat(r.err()).contains("perfdecl: shopping-list.txt: not a declaration form");
        assertThat(Files.readAllLines(out.resolve("declarations.jsonl"))).isNotEmpty();
    }

    @Test
    void unknownOptionsAndBadValuesAreUsageErrorsWithTheirReason() throws Exception {
        Run unknown = run("extract", "--frobnicate", in.toString());
        Run notANumber = run("extract", "--jobs", "many", in.toString());
        Run jobs = run("extract", "--jobs", "0", "-o", out.toString(), in.toString());
        Run timeout = run("extract", "--timeout", "0", "-o", out.toString(), in.toString());
        Run heap = run("extract", "--worker-heap", "lots", "-o", out.toString(), in.toString());
        Run similarity = run("audit", "--similarity", "2", "-o", out.toString(), in.toString());
        Run budget = run("audit", "--budget-change", "-5", "-o", out.toString(), in.toString());

        for (Run r : List.of(unknown, notANumber, jobs, timeout, heap, similarity, budget)) {
            assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE).isEqualTo(2);
            assertThat(r.err()).as("the reason, then the usage").contains("Usage: perfdecl ");
        }
        assertThat(unknown.err()).contains("Unknown option: '--frobnicate'");
        assertThat(jobs.err()).startsWith("--jobs must be at least 1");
        assertThat(timeout.err()).startsWith("--timeout must be at least 1 second");
        assertThat(heap.err()).startsWith("--worker-heap takes a size such as 512m or 1g");
        assertThat(similarity.err()).startsWith("--similarity must be in (0, 1]");
        assertThat(budget.err()).startsWith("--budget-change must be at least 0");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aRunThatCannotWriteItsOutputIsThreeWithItsReasonNotAUsageError() throws Exception {
        goodText();
        Path notADirectory = Files.writeString(out.resolve("taken"), "a file where the output folder should be");

        Run extract = run("extract", "--no-isolate", "-q", "-o", notADirectory.toString(), in.toString());
        Run audit = run("audit", "-o", notADirectory.toString(), in.toString());

        for (Run r : List.of(extract, audit)) {
            assertThat(r.code()).as(r.err()).isEqualTo(Main.RUN_FAILED).isEqualTo(3);
            assertThat(r.err()).contains("perfdecl: run failed: ").contains("taken").doesNotContain("Usage:")
                    .as("a stack trace only with --verbose").doesNotContain("\tat ");
        }
    }

    @Test
    void everyCommandPrintsTheOneVersion() throws Exception {
        Run top = run("--version"), extract = run("extract", "--version"), audit = run("audit", "--version");

        assertThat(top.code()).isZero();
        assertThat(top.out()).matches("perfdecl \\d+\\.\\d+\\.\\d+\\S*\\R");
        assertThat(extract.out()).isEqualTo(top.out());
        assertThat(audit.out()).isEqualTo(top.out());
    }

    @Test
    void verboseLetsPdfBoxSpeakAndQuietIsTheDefault() throws Exception {
        // an operator short of operands: PDFBox logs it and reads on
        Path pdf = in.resolve("short-operator.pdf");
        try (PDDocument doc = PDDocument.load(Fixtures.path(HostilePdfs.GOOD_FORM).toFile())) {
            PDPage page = doc.getPage(0);
            List<PDStream> streams = new ArrayList<>();
            streams.add(new PDStream(doc, new ByteArrayInputStream("10 10 re n\n".getBytes(StandardCharsets.US_ASCII))));
            for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
                streams.add(it.next());
            }
            page.setContents(streams);
            doc.save(pdf.toFile());
        }

        Run quiet = run("extract", "--no-isolate", "-q", "-o", out.resolve("quiet").toString(), pdf.toString());
        Run verbose = run("extract", "--no-isolate", "-q", "--verbose", "-o", out.resolve("verbose").toString(),
                pdf.toString());

        assertThat(quiet.code()).isZero();
        assertThat(verbose.code()).isZero();
        assertThat(quiet.err()).doesNotContain("org.apache.pdfbox");
        assertThat(verbose.err()).contains("org.apache.pdfbox").contains("Operator re has too few operands");
        assertThat(Files.readString(out.resolve("verbose").resolve("declarations.jsonl")))
                .isEqualTo(Files.readString(out.resolve("quiet").resolve("declarations.jsonl")));
    }
}
