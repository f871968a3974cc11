package perfdecl.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import perfdecl.grid.FormGrid;
import perfdecl.grid.FormTitles;
import perfdecl.grid.GridReader;
import perfdecl.grid.ReadListener;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;

/**
 * Reads a born-digital PDF (text layer present) into declaration forms laid out as grids: one PDFBox pass per
 * page gives glyphs, rulings and vector checkboxes; tabula's lattice detection finds the ruled cells; cells are
 * placed by rectangle, a table continued across pages is joined, and a bundle splits at each title line.
 * Refuses, with a one-line reason, files that are not PDFs, need a user password, break a {@link PdfLimits} cap,
 * have no text layer, or hold no declaration form. Stateless and thread-safe.
 */
public final class PdfGridReader implements GridReader {

    /** Held so the configured levels are not lost when the loggers are garbage-collected. */
    private static final List<Logger> QUIET_LOGGERS = List.of(
            Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

    static {
        if (!Boolean.getBoolean(DIAGNOSTICS)) {
            QUIET_LOGGERS.forEach(l -> l.setLevel(Level.OFF));
        }
    }

    /**
     * A test may set the pages of a scan's page range ({@link PageRanges}), so that a bundle of a few scanned pages
     * is cut as a long one would be; the batch passes it on to the JVMs it starts.
     */
    public static final String RANGE_PAGES = "perfdecl.pdf.rangePages";

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final PdfLimits limits;
    private final OcrEngine ocr;
    private final FormTitles titles;

    /** A reader with the {@link PdfLimits#STANDARD standard} caps and the {@link OcrEngine#standard default} OCR. */
    public PdfGridReader() {
        this(PdfLimits.STANDARD);
    }

    public PdfGridReader(PdfLimits limits) {
        this(limits, OcrEngine.standard());
    }

    /** A reader that reads scans and unusable text layers with {@code ocr} (or refuses them when it cannot run). */
    public PdfGridReader(PdfLimits limits, OcrEngine ocr) {
        this(limits, ocr, FormTitles.SH_2019);
    }

    /** A reader that splits files into forms at each of {@code titles} (every generation the parser knows). */
    public PdfGridReader(PdfLimits limits, OcrEngine ocr, FormTitles titles) {
        this.limits = limits;
        this.ocr = ocr;
        this.titles = titles;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        if (head == null || head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SourceDocument read(Path file) throws UnreadableInputException {
        List<FormGrid> forms = new ArrayList<>();
        SourceDocument doc = read(file, new ReadListener() {
            @Override
            public void started(String inputKind, Integer pages) {
                forms.clear();
            }

            @Override
            public void form(FormGrid form) {
                forms.add(form);
            }
        });
        return new SourceDocument(doc.inputKind(), doc.pages(), forms);
    }

    /**
     * Reads the file a page at a time ({@link PagedReading}): a page that breaks a cap, cannot be decoded or
     * makes the OCR engine fail is reported to {@code listener} and costs the form it belongs to; the file is
     * refused as a whole only when it is no PDF, needs a password, has too many pages or a looping page tree, when
     * none of its pages can be read, or when it holds no form.
     */
    @Override
    public SourceDocument read(Path file, ReadListener listener) throws UnreadableInputException {
        return read(file, listener, 1);
    }

    /**
     * {@link #read(Path, ReadListener)}, a long scan's pages read on {@code jobs} threads ({@link PageRanges}): the
     * same forms, ids and reports as on one, sooner.
     */
    @Override
    public SourceDocument read(Path file, ReadListener listener, int jobs) throws UnreadableInputException {
        return read(file, listener, jobs, 1, 0);
    }

    /** Reads on from a page of a scan; a born-digital file is read whole, as it is read fast. */
    @Override
    public SourceDocument read(Path file, ReadListener listener, int jobs, int fromPage, int firstForm)
            throws UnreadableInputException {
        byte[] head = readHead(file);
        if (!accepts(file, head)) {
            throw new UnreadableInputException("not a PDF: the file does not start with %PDF-");
        }
        try (ReleasedDocument released = new ReleasedDocument(PDDocument.load(file.toFile(), scratch()))) {
            return PagedReading.read(released.document(), limits, ocr, titles, listener, jobs,
                    () -> new ReleasedDocument(PDDocument.load(file.toFile(), scratch())), fromPage, firstForm);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("encrypted with a user password", e);
        } catch (IOException e) {
            throw new UnreadableInputException("damaged PDF: " + oneLine(e), e);
        } catch (RuntimeException e) {
            throw new UnreadableInputException("PDF could not be read: " + oneLine(e), e);
        } catch (StackOverflowError e) {
            throw new UnreadableInputException("damaged PDF: objects nested too deeply to read");
        }
    }

    /**
     * Where PDFBox keeps a document's streams: memory up to 32 MB (any filing; a long scan spills to a temporary
     * file). Left unrestricted, PDFBox gives every document a 100,000-page table (400 KB) up front, and since a
     * document is reclaimed only after its finalizer has run, those tables piled up in a worker's old generation.
     */
    private static MemoryUsageSetting scratch() {
        return MemoryUsageSetting.setupMixed(32L << 20);
    }

    private static byte[] readHead(Path file) throws UnreadableInputException {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot open the file: " + oneLine(e), e);
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

}
