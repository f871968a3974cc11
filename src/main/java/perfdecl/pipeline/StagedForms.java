package perfdecl.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import perfdecl.model.Declaration;
import perfdecl.model.FormStatus;
import perfdecl.model.InputReport;
import perfdecl.pipeline.StagedInput.StagedFile;

/**
 * The forms of one input staged as they come (each json file under a temporary name), and how far its reader has
 * got: so that when the input runs out of time, or its worker dies, every form finished before is kept and the
 * rest reported failed from the page reached. Holds the declarations it is given (to write the input's table rows
 * at the end), never reads more than one back. Its time limit is per page ({@link PageClock}): the input may spend
 * {@code perPage} without a sign of progress, and at most {@code perPage} times its pages in all. Thread-safe.
 */
public final class StagedForms {

    private final ExtractionOutput output;
    private final PageClock clock;
    private final List<StagedFile> jsons = new ArrayList<>();
    private final List<Declaration> held = new ArrayList<>();
    private final List<FormStatus> statuses = new ArrayList<>();
    private boolean closed;
    /** Where a resumed read started (its forms before are in place already), and how far the reading has got. */
    private Checkpoint from, latest;

    public StagedForms(ExtractionOutput output, Duration perPage) {
        this.output = output;
        this.clock = new PageClock(perPage);
    }

    /**
     * A form's json file staged (by this process or a worker); {@code declaration} the form itself when this
     * process has it (null: read back from the file when needed). Thrown away when the input is already settled.
     */
    public synchronized void add(StagedFile json, Declaration declaration, FormStatus status) {
        if (closed) {
            try {
                Files.deleteIfExists(json.tmp());
            } catch (IOException e) {
                // swept with the other temporaries at the end of the batch
            }
            return;
        }
        jsons.add(json);
        if (declaration != null) {
            held.add(declaration);
        }
        statuses.add(status);
        clock.alive();
    }

    /**
     * The input is read on from {@code from}, an earlier run's checkpoint: the declarations it names are in place
     * already and count among this input's.
     */
    public synchronized void resumeFrom(Checkpoint from) {
        this.from = from;
    }

    /** How far the reading has got after its last form ({@link Checkpoint}). */
    public synchronized void checkpoint(Checkpoint checkpoint) {
        if (!closed) {
            latest = checkpoint;
        }
    }

    /** The reader has done {@code done} of {@code total} pages (null: not known). */
    public void progress(int done, Integer total) {
        clock.progress(done, total);
    }

    /** The reading's CPU time counts against the limit: see {@link PageClock#measure}. */
    public void measure(java.util.function.LongSupplier cpuNanos) {
        clock.measure(cpuNanos);
    }

    /** The file is handed to whoever extracts it now: its time starts (not while it waited for a worker). */
    public void startClock() {
        clock.start();
    }

    /** A sign of life without a page finished. */
    public void alive() {
        clock.alive();
    }

    public int pagesDone() {
        return clock.pagesDone();
    }

    public Integer pages() {
        return clock.pages();
    }

    public synchronized int forms() {
        return jsons.size() + (from == null ? 0 : from.declarations());
    }

    /** How long to wait at most for the next sign of progress; zero or less: the time is up. */
    public long millisLeft() {
        return clock.millisLeft();
    }

    /** The time is up: see {@link PageClock#stop()}; the reader may still stage the form it was reading. */
    public void stop() {
        clock.stop();
    }

    /** See {@link PageClock#stopMillis()}. */
    public long stopMillis() {
        return clock.stopMillis();
    }

    /** What a timeout says: its limit, and the page it stopped at when the file's pages are known. */
    public String timeoutReason() {
        return clock.timeoutReason();
    }

    /**
     * The input done: its report from the reader, the forms staged and its table rows written from the
     * declarations (held, or read back one at a time); failed, nothing of it kept, when its output cannot be
     * written.
     */
    public synchronized StagedInput complete(InputReport report) {
        closed = true;
        try {
            if (!report.extracted() || report.sha256() == null) {
                discardStaged();
                return StagedInput.without(report);
            }
            return staged(report);
        } catch (IOException | RuntimeException e) {
            discardStaged();
            return StagedInput.without(new InputReport(report.file(), report.sha256(), InputReport.FAILED,
                    "cannot write its output: " + e, 0, report.pages(), report.ms()));
        }
    }

    /**
     * The input stopped short ({@code why}: the time ran out, its worker died): the forms finished so far are
     * kept, the rest reported failed from the page reached; failed as a whole when no form was finished.
     */
    public synchronized StagedInput cutShort(String name, String sha256, String why, long ms) throws IOException {
        closed = true;
        if (forms() == 0 || sha256 == null) {
            discardStaged();
            return StagedInput.without(new InputReport(name, sha256, InputReport.FAILED, why, 0, clock.pages(), ms));
        }
        List<FormStatus> kept = new ArrayList<>(from == null ? List.of() : from.forms());
        kept.addAll(statuses);
        InputReport report = CutShort.report(name, sha256, why, ms, kept, clock);
        StagedInput staged = staged(report);
        return new StagedInput(report, staged.ids(), staged.files(), latest != null ? latest : from);
    }

    /** The input was answered whole (by its worker, whose answer names these files): nothing here is needed. */
    public synchronized void settled() {
        closed = true;
        jsons.clear();
        held.clear();
        statuses.clear();
    }

    /** Throws every staged form away (the input is asked again, or failed). */
    public synchronized void discard() {
        closed = true;
        discardStaged();
    }

    private StagedInput staged(InputReport report) throws IOException {
        Iterable<Declaration> now = held.size() == jsons.size() ? held : () -> readBack(jsons.iterator());
        List<Declaration> before = new ArrayList<>();
        for (String id : from == null ? List.<String>of() : from.ids()) {
            before.add(output.read(id));
        }
        Iterable<Declaration> declarations = before.isEmpty() ? now
                : () -> java.util.stream.Stream.concat(before.stream(),
                        java.util.stream.StreamSupport.stream(now.spliterator(), false)).iterator();
        StagedFile rows;
        try {
            rows = output.stageRows(report.sha256(), declarations);
        } catch (IOException | UncheckedIOException e) {
            discardStaged();
            throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        }
        List<StagedFile> files = new ArrayList<>(jsons);
        files.add(rows);
        List<String> ids = new ArrayList<>(from == null ? List.of() : from.ids());
        statuses.stream().map(FormStatus::id).forEach(ids::add);
        return new StagedInput(report, ids, files, null);
    }

    private Iterator<Declaration> readBack(Iterator<StagedFile> files) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Declaration next() {
                try {
                    return output.readStaged(files.next());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private void discardStaged() {
        for (StagedFile f : jsons) {
            try {
                Files.deleteIfExists(f.tmp());
            } catch (IOException e) {
                // swept with the other temporaries at the end of the batch
            }
        }
        jsons.clear();
        held.clear();
        statuses.clear();
    }
}
