package perfdecl.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import perfdecl.grid.GridReader;
import perfdecl.model.Declaration;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pdf.PdfGridReader;
import perfdecl.text.OcrTextReader;

/**
 * Runs an extraction over many inputs: each file on its own, a failure recorded and the batch going on, results
 * written in input order whatever order the workers finish in. An input whose content was already extracted in
 * the same run is skipped as a duplicate.
 */
public final class BatchExtraction {

    /**
     * @param outDir where the outputs go
     * @param jobs   worker threads (1 or more)
     * @param xlsx   also write {@code declarations.xlsx}
     */
    public record Options(Path outDir, int jobs, boolean xlsx) {
    }

    private final FileExtractor extractor;

    public BatchExtraction() {
        this(new FileExtractor(standardReaders()));
    }

    BatchExtraction(FileExtractor extractor) {
        this.extractor = extractor;
    }

    /** The readers in the order they are asked whether they accept a file. */
    public static List<GridReader> standardReaders() {
        return List.of(new PdfGridReader(), new OcrTextReader());
    }

    public RunReport run(List<Path> inputs, Options options, ProgressListener listener) throws IOException {
        List<Path> files = InputFiles.collect(inputs);
        listener.started(files.size());
        ExtractionOutput output = new ExtractionOutput(options.outDir());
        List<InputResult> results = extractAll(files, Math.max(1, options.jobs()), output, listener);
        List<InputReport> reports = new ArrayList<>();
        List<Declaration> all = new ArrayList<>();
        Map<String, String> firstBySha = new HashMap<>();
        for (InputResult r : results) {
            InputReport rep = r.report();
            String sha = rep.sha256();
            if (sha != null && InputReport.OK.equals(rep.status()) && firstBySha.containsKey(sha)) {
                rep = new InputReport(rep.file(), sha, InputReport.SKIPPED,
                        "same content as " + firstBySha.get(sha), 0, rep.pages(), rep.ms());
            } else {
                if (sha != null && InputReport.OK.equals(rep.status())) {
                    firstBySha.put(sha, rep.file());
                }
                all.addAll(r.declarations());
            }
            reports.add(rep);
        }
        RunReport report = RunReport.of(reports);
        output.writeTables(all, report, options.xlsx());
        listener.done(report);
        return report;
    }

    private List<InputResult> extractAll(List<Path> files, int jobs, ExtractionOutput output,
                                         ProgressListener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, files.size())), r -> {
            Thread t = new Thread(r, "perfdecl-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<InputResult>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    InputResult r = extractor.extract(f);
                    for (Declaration d : r.declarations()) {
                        output.writeDeclaration(d);
                    }
                    listener.finished(r);
                    return r;
                }));
            }
            List<InputResult> out = new ArrayList<>();
            for (Future<InputResult> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
