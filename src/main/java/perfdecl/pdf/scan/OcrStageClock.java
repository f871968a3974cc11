package perfdecl.pdf.scan;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CPU time the scan reader spends per stage in this JVM (loading the PP-OCR model, rendering and preparing the
 * page images, laying out the scanned pages as a whole, and within that PP-OCR's finding lines in the ink and
 * recognising them), for the benchmarks (bench/ocr-cost.py, bench/ocr-stages.py): with
 * {@code -Dperfdecl.ocr.stages=true} the totals are printed to stderr when the JVM ends, with
 * {@code -Dperfdecl.ocr.stages=FILE} appended to that file as a line (a worker process's stderr is not shown). Off,
 * it measures nothing.
 */
final class OcrStageClock {

    private static final String TO = System.getProperty("perfdecl.ocr.stages", "false");
    static final boolean ON = !TO.equals("false") && !TO.isEmpty();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final AtomicLong FIND = new AtomicLong();
    static final AtomicLong RECOGNISE = new AtomicLong();
    static final AtomicLong LINES = new AtomicLong();
    /** Lines the int8 model read that the float model read again (the cascade, {@link PpOcrRecogniser}). */
    static final AtomicLong CHECKED = new AtomicLong();
    static final AtomicLong CHARACTERS = new AtomicLong();
    static final AtomicLong PAGES = new AtomicLong();
    static final AtomicLong LOAD = new AtomicLong();
    static final AtomicLong PREPARE = new AtomicLong();
    static final AtomicLong LAYOUT = new AtomicLong();
    static final AtomicLong SCANNED = new AtomicLong();

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(OcrStageClock::report));
        }
    }

    private OcrStageClock() {
    }

    private static void report() {
        String line = String.format(Locale.ROOT, "ppocr-stages pages=%d lines=%d reread_float=%d characters=%d find_ms=%d"
                        + " recognise_ms=%d load_ms=%d scanned_pages=%d prepare_ms=%d layout_ms=%d", PAGES.get(),
                LINES.get(), CHECKED.get(), CHARACTERS.get(), FIND.get() / 1_000_000, RECOGNISE.get() / 1_000_000,
                LOAD.get() / 1_000_000, SCANNED.get(), PREPARE.get() / 1_000_000, LAYOUT.get() / 1_000_000);
        if (TO.equals("true")) {
            System.err.println(line);
            return;
        }
        try {
            Files.writeString(Path.of(TO), line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println(line);
        }
    }

    /** This thread's CPU time in nanoseconds, 0 when not measuring. */
    static long now() {
        return ON ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
