package perfdecl.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.GridReader;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;
import perfdecl.model.Declaration;
import perfdecl.model.FormStatus;
import perfdecl.model.InputReport;
import perfdecl.parse.DeclarationParser;
import perfdecl.parse.TemplateCatalog;
import perfdecl.validate.Validator;

/**
 * Extracts one input file: picks the reader that accepts it, parses every form, validates each declaration. Any
 * failure — unreadable, refused, or a defect of ours — becomes a failed {@link InputReport} with a one-line reason;
 * nothing is thrown. Thread-safe.
 */
public final class FileExtractor {

    private final List<GridReader> readers;
    private final DeclarationParser parser = new DeclarationParser();
    private final Validator validator = Validator.standard(TemplateCatalog.requiredFields());

    public FileExtractor(List<GridReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public InputResult extract(Path file) {
        return extract(file, null);
    }

    /**
     * Like {@link #extract(Path)}, for a file whose SHA-256 the caller has just worked out (a batch hashes every
     * input before handing it out, for {@code --resume} and duplicates); {@code sha256} null: work it out here.
     */
    public InputResult extract(Path file, String sha256) {
        List<Declaration> out = new ArrayList<>();
        InputResult result = extract(file, sha256, new ExtractionEvents() {
            @Override
            public void declaration(Declaration declaration, FormStatus status) {
                out.add(declaration);
            }
        });
        return new InputResult(result.report(), result.report().extracted() ? out : List.of());
    }

    /**
     * Extracts {@code file}, handing each declaration to {@code events} as soon as it is parsed and checked; the
     * result holds the report only. A page that cannot be read costs the form it belongs to: the input is then
     * {@code partial}, its report naming the pages and forms lost.
     */
    public InputResult extract(Path file, String sha256, ExtractionEvents events) {
        return extract(file, sha256, events, 1);
    }

    /**
     * {@link #extract(Path, String, ExtractionEvents)} with up to {@code jobs} threads for this one file (the
     * pages of a long scan spread over them): the same declarations, ids and report as with one.
     */
    public InputResult extract(Path file, String sha256, ExtractionEvents events, int jobs) {
        return extract(file, sha256, events, jobs, null);
    }

    /**
     * {@link #extract(Path, String, ExtractionEvents, int)} going on from where an earlier run's reading stopped
     * ({@code from}, null: from page 1): the forms before it are not read again, and the report is that of a read
     * from page 1.
     */
    public InputResult extract(Path file, String sha256, ExtractionEvents events, int jobs, Checkpoint from) {
        long t0 = System.nanoTime();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String sha = null;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableInputException("is a folder without extractable files");
            }
            sha = sha256 != null ? sha256 : FileDigest.sha256(file);
            GridReader reader = readerFor(file);
            FormsRead read = new FormsRead(name, sha, parser, validator, events, from);
            SourceDocument doc = from == null ? reader.read(file, read, jobs)
                    : reader.read(file, read, jobs, from.resumePage(), from.nextForm());
            return new InputResult(read.report(doc.pages(), millis(t0)), List.of());
        } catch (UnreadableInputException e) {
            return failed(name, sha, e.getMessage(), t0);
        } catch (NoSuchFileException e) {
            return failed(name, sha, "no such file", t0);
        } catch (IOException e) {
            return failed(name, sha, "cannot read: " + e.getMessage(), t0);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(name, sha, "extraction failed: " + e, t0);
        }
    }

    private GridReader readerFor(Path file) throws IOException, UnreadableInputException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        }
        if (head.length == 0) {
            throw new UnreadableInputException("empty file");
        }
        for (GridReader r : readers) {
            if (r.accepts(file, head)) {
                return r;
            }
        }
        throw new UnreadableInputException("neither a PDF nor a text export");
    }

    /**
     * A failed result for a file whose extraction ended outside this class (a worker died, a timeout); its SHA-256
     * is worked out here unless {@code sha256} gives it.
     */
    public static InputResult failed(Path file, String sha256, String reason, long t0) {
        String sha = sha256 != null ? sha256 : FileDigest.sha256OrNull(file);
        return failed(file.getFileName() == null ? file.toString() : file.getFileName().toString(), sha, reason, t0);
    }

    static InputResult failed(String name, String sha, String reason, long t0) {
        String line = reason == null ? "unknown error" : reason.replaceAll("\\s+", " ").strip();
        return new InputResult(new InputReport(name, sha, InputReport.FAILED, line, 0, null, millis(t0)), List.of());
    }

    public static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
