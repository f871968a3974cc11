package perfdecl.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pipeline.batch.ProgressListener;

/**
 * Shows a batch's progress: a progress bar (files, forms, failures, rate, ETA) on a terminal, a plain line every
 * few seconds when the output is redirected, nothing when quiet. Called from the batch's lane threads, one
 * at a time.
 */
final class ProgressDisplay implements ProgressListener {

    private static final long PLAIN_EVERY_MS = 5_000;

    private final boolean quiet;
    private final PrintStream err = System.err;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger forms = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile ProgressBar bar;
    private volatile int total;
    private volatile long lastLine;
    private final long start = System.currentTimeMillis();

    ProgressDisplay(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public synchronized void started(int inputs) {
        total = inputs;
        lastLine = System.currentTimeMillis();
        if (!quiet && System.console() != null && inputs > 1) {
            bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(inputs)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                    .showSpeed().setUnit(" files", 1).build();
        }
    }

    @Override
    public synchronized void finished(InputReport input) {
        int n = done.incrementAndGet();
        forms.addAndGet(input.forms());
        if (InputReport.FAILED.equals(input.status())) {
            failed.incrementAndGet();
        }
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(" forms " + forms.get() + ", failed " + failed.get());
        } else if (!quiet && System.currentTimeMillis() - lastLine >= PLAIN_EVERY_MS) {
            lastLine = System.currentTimeMillis();
            double secs = (lastLine - start) / 1000.0;
            double rate = n / Math.max(secs, 0.001);
            err.printf("perfdecl: %d/%d files, %d forms, %d failed, %.1f files/s, about %d s left%n", n, total,
                    forms.get(), failed.get(), rate, Math.round((total - n) / Math.max(rate, 0.001)));
        }
    }

    @Override
    public synchronized void corrected(int forms, java.util.List<String> notApplied) {
        notApplied.forEach(line -> err.println("perfdecl: " + line));
        err.printf("perfdecl: review corrections applied to %d form(s)%s%n", forms,
                notApplied.isEmpty() ? "" : ", " + notApplied.size() + " not applied");
    }

    @Override
    public synchronized void done(RunReport report) {
        if (bar != null) {
            bar.close();
        }
    }
}
