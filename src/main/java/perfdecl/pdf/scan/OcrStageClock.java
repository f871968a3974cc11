package perfdecl.pdf.scan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CPU time the PP-OCR engine spends per stage in this JVM (finding lines in the ink, recognising them), for the
 * benchmark (bench/ocr-stages.sh): with {@code -Dperfdecl.ocr.stages=true} the totals are printed to stderr when
 * the JVM ends. Off, it measures nothing.
 */
final class OcrStageClock {

    static final boolean ON = Boolean.getBoolean("perfdecl.ocr.stages");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final AtomicLong FIND = new AtomicLong();
    static final AtomicLong RECOGNISE = new AtomicLong();
    static final AtomicLong LINES = new AtomicLong();
    static final AtomicLong CHARACTERS = new AtomicLong();
    static final AtomicLong PAGES = new AtomicLong();

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(String.format(Locale.ROOT,
                    "ppocr-stages pages=%d lines=%d characters=%d find_ms=%d recognise_ms=%d", PAGES.get(),
                    LINES.get(), CHARACTERS.get(), FIND.get() / 1_000_000, RECOGNISE.get() / 1_000_000))));
        }
    }

    private OcrStageClock() {
    }

    /** This thread's CPU time in nanoseconds, 0 when not measuring. */
    static long now() {
        return ON ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
