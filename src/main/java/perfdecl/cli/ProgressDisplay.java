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
 * few seconds when the output is redirected, nothing when quiet. A file of many pages (a bundle) shows its own
 * progress by page — pages done of its total, forms found, pages per second and the time left — as a bar of its
 * own on a terminal (one bundle at a time) and in the plain lines. Called from the batch's lane threads, one at a
 * time.
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
    /** Bundles in flight: file name to its progress. */
    private final java.util.Map<String, Pages> inFlight = new java.util.LinkedHashMap<>();
    private ProgressBar pageBar;
    private String pageBarFile;

    /** From this many pages a file shows its progress by page. */
    static final int BUNDLE_PAGES = 10;

    /** A bundle's progress: pages done of its total, forms, and when its first page was counted. */
    private record Pages(int done, int total, int forms, long since, int doneAtSince) {
    }

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
    public synchronized void pages(String file, int pagesDone, int pages, int found) {
        if (quiet || pages < BUNDLE_PAGES) {
            return;
        }
        Pages before = inFlight.get(file);
        long now = System.currentTimeMillis();
        Pages p = before == null ? new Pages(pagesDone, pages, found, now, pagesDone)
                : new Pages(pagesDone, pages, found, before.since(), before.doneAtSince());
        inFlight.put(file, p);
        if (System.console() != null) {
            if (pageBar == null) {
                pageBar = new ProgressBarBuilder().setTaskName(shortName(file)).setInitialMax(pages)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                        .showSpeed().setUnit(" pages", 1).build();
                pageBarFile = file;
            }
            if (file.equals(pageBarFile)) {
                pageBar.stepTo(pagesDone);
                pageBar.setExtraMessage(" forms " + found);
            }
        } else if (now - lastLine >= PLAIN_EVERY_MS) {
            lastLine = now;
            err.println("perfdecl: " + pageLine(file, p, now));
        }
    }

    /** {@code bundle.pdf: page 37/100, 16 forms, 0.4 pages/s, about 160 s left}. */
    static String pageLine(String file, int done, int total, int forms, double pagesPerSecond) {
        String left = pagesPerSecond > 0 ? "about " + Math.round((total - done) / pagesPerSecond) + " s left"
                : "time left not known yet";
        return String.format(java.util.Locale.ROOT, "%s: page %d/%d, %d forms, %.2f pages/s, %s", file, done, total,
                forms, pagesPerSecond, left);
    }

    private static String pageLine(String file, Pages p, long now) {
        double secs = (now - p.since()) / 1000.0;
        double rate = secs <= 0 ? 0 : (p.done() - p.doneAtSince()) / secs;
        return pageLine(file, p.done(), p.total(), p.forms(), rate);
    }

    private static String shortName(String file) {
        return file.length() <= 24 ? file : file.substring(0, 21) + "...";
    }

    @Override
    public synchronized void finished(InputReport input) {
        if (inFlight.remove(input.file()) != null && input.file().equals(pageBarFile)) {
            pageBar.close();
            pageBar = null;
            pageBarFile = null;
        }
        int n = done.incrementAndGet();
        forms.addAndGet(input.forms());
        if (InputReport.FAILED.equals(input.status()) || InputReport.PARTIAL.equals(input.status())) {
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
        if (pageBar != null) {
            pageBar.close();
        }
        if (bar != null) {
            bar.close();
        }
    }
}
