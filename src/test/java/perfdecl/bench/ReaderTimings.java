package perfdecl.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import perfdecl.fixtures.Fixtures;
import perfdecl.grid.UnreadableInputException;
import perfdecl.pdf.PdfGridReader;
import perfdecl.pipeline.Diagnostics;

/**
 * The PDF reader alone on the committed fixtures (run by {@code bench/run.sh readers}, not a test): milliseconds
 * per page on the born-digital PDFs, warm (one round first, then three timed), and per scanned page, where
 * tesseract does most of the work (one round each: OCR costs seconds a page). Prints a Markdown table on stdout.
 */
public final class ReaderTimings {

    private static final List<String> BORN_DIGITAL = List.of("pdf-form-1", "pdf-form-2", "pdf-form-3", "pdf-form-4",
            "pdf-form-5", "pdf-bundle-2019");
    private static final List<String> SCANS = List.of("scan-form-1", "scan-form-2", "scan-form-3", "scan-form-4",
            "scan-form-5");
    private static final int ROUNDS = 3;

    private ReaderTimings() {
    }

    public static void main(String[] args) throws Exception {
        Diagnostics.configure(false);
        PdfGridReader reader = new PdfGridReader();
        for (String f : BORN_DIGITAL) {
            reader.read(input(f));
        }
        int pages = 0;
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            for (String f : BORN_DIGITAL) {
                pages += reader.read(input(f)).pages();
            }
        }
        System.out.println("| reader | files | pages | ms/page |");
        System.out.println("|---|---:|---:|---:|");
        row("PdfGridReader, born-digital, warm", BORN_DIGITAL.size() * ROUNDS, pages, System.nanoTime() - start);
        pages = 0;
        start = System.nanoTime();
        try {
            for (String f : SCANS) {
                pages += reader.read(input(f)).pages();
            }
            row("PdfGridReader, scans (tesseract)", SCANS.size(), pages, System.nanoTime() - start);
        } catch (UnreadableInputException e) {
            System.out.println("| PdfGridReader, scans | skipped: " + e.getMessage() + " | | |");
        }
    }

    private static Path input(String fixture) {
        return Fixtures.path("filings/" + fixture + "/input.pdf");
    }

    private static void row(String what, int files, int pages, long nanos) {
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f |%n", what, files, pages, nanos / 1e6 / pages);
    }
}
