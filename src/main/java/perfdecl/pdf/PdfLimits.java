package perfdecl.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import perfdecl.grid.UnreadableInputException;

/**
 * Caps that keep one hostile PDF from exhausting the process reading it, checked on the loaded object graph
 * before any page is read: pages per file (counted by walking the page tree, which must not loop), pixels an
 * image declares, and bytes a stream decodes to. PDFBox's memory settings do not bound the heap a decoded
 * stream takes, so a stream that would decode past the cap is refused before PDFBox decodes it. A file over a
 * cap is refused with a one-line reason.
 *
 * @param maxPages       most pages a file may have
 * @param maxImagePixels most pixels (width × height) an image may declare
 * @param maxStreamBytes most bytes one stream may decode to
 */
public record PdfLimits(int maxPages, long maxImagePixels, long maxStreamBytes) {

    /** 2,000 pages, 100 megapixels, 256 MB per stream: far beyond any filing, far below a worker's heap. */
    public static final PdfLimits STANDARD = new PdfLimits(2000, 100_000_000L, 256L << 20);

    /**
     * Filters whose output size is not known from the dictionary and that PDFBox decodes whole into memory, with
     * the most bytes one input byte can become: deflate's limit is 1032, a 9-bit LZW code names at most 4096 bytes,
     * a run-length pair 128.
     */
    private static final Map<COSName, Integer> GENERAL_FILTERS = Map.of(
            COSName.FLATE_DECODE, 1032, COSName.FLATE_DECODE_ABBREVIATION, 1032,
            COSName.LZW_DECODE, 3641, COSName.LZW_DECODE_ABBREVIATION, 3641,
            COSName.RUN_LENGTH_DECODE, 64, COSName.RUN_LENGTH_DECODE_ABBREVIATION, 64,
            COSName.ASCII85_DECODE, 1, COSName.ASCII85_DECODE_ABBREVIATION, 1,
            COSName.ASCII_HEX_DECODE, 1, COSName.ASCII_HEX_DECODE_ABBREVIATION, 1);

    /** Refuses the document if it breaks a cap: the whole document, then every page's streams. */
    void check(PDDocument doc) throws UnreadableInputException, IOException {
        checkDocument(doc);
        Map<COSStream, String> checked = new IdentityHashMap<>();
        Map<COSBase, String> names = objectNames(doc);
        for (PDPage page : doc.getPages()) {
            String problem = pageProblem(page, checked, names);
            if (problem != null) {
                throw new UnreadableInputException(problem);
            }
        }
    }

    /** Refuses the document if its page tree breaks a cap: too many pages, or a tree that loops. */
    void checkDocument(PDDocument doc) throws UnreadableInputException {
        int pages = countPages(doc);
        if (pages > maxPages) {
            String counted = pages > 100L * maxPages ? "more than " + 100L * maxPages : String.valueOf(pages);
            throw new UnreadableInputException("too many pages (" + counted + " > " + maxPages + ")");
        }
    }

    /**
     * Why reading {@code page} would break a cap — an image, a stream it reaches, objects nested too deep — or
     * {@code null} when it breaks none; {@code checked} remembers the streams seen on earlier pages (fonts and
     * forms are shared) with their problem, or "" for none; {@code names} names them ({@link #objectNames}).
     */
    String pageProblem(PDPage page, Map<COSStream, String> checked, Map<COSBase, String> names) throws IOException {
        List<COSStream> streams;
        try {
            streams = PageStreams.of(page.getCOSObject());
        } catch (PageStreams.TooDeep e) {
            return "damaged PDF: " + e.getMessage();
        }
        for (COSStream stream : streams) {
            String problem = checked.get(stream);
            if (problem == null) {
                try {
                    String where = names.getOrDefault(stream, "?");
                    checkImage(stream, where);
                    checkDecodedSize(stream, where);
                    problem = "";
                } catch (UnreadableInputException e) {
                    problem = e.getMessage();
                }
                checked.put(stream, problem);
            }
            if (!problem.isEmpty()) {
                return problem;
            }
        }
        return null;
    }

    /** Each indirect object's number and generation ("12 0"), by the object it holds. */
    static Map<COSBase, String> objectNames(PDDocument doc) {
        Map<COSBase, String> names = new IdentityHashMap<>();
        for (COSObject object : doc.getDocument().getObjects()) {
            COSBase held = object.getObject();
            if (held instanceof COSStream) {
                names.put(held, object.getObjectNumber() + " " + object.getGenerationNumber());
            }
        }
        return names;
    }

    /** Leaves of the page tree, walked without recursion; stops counting far past the cap. */
    private int countPages(PDDocument doc) throws UnreadableInputException {
        COSBase root = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES);
        if (!(root instanceof COSDictionary)) {
            return 0;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> todo = new ArrayDeque<>();
        todo.push((COSDictionary) root);
        int leaves = 0;
        while (!todo.isEmpty()) {
            COSDictionary node = todo.pop();
            COSBase kids = node.getDictionaryObject(COSName.KIDS);
            boolean isTree = COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || kids instanceof COSArray;
            if (!isTree) {
                if (++leaves > 100L * maxPages) {
                    return leaves;
                }
                continue;
            }
            if (!seen.add(node)) {
                throw new UnreadableInputException("damaged PDF: the page tree loops back on itself");
            }
            if (kids instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (array.getObject(i) instanceof COSDictionary kid) {
                        todo.push(kid);
                    }
                }
            }
        }
        return leaves;
    }

    private void checkImage(COSStream stream, String where) throws UnreadableInputException {
        if (!COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            return;
        }
        long width = Math.max(0, stream.getInt(COSName.WIDTH, stream.getInt(COSName.W, 0)));
        long height = Math.max(0, stream.getInt(COSName.HEIGHT, stream.getInt(COSName.H, 0)));
        if (width * height > maxImagePixels) {
            throw new UnreadableInputException("image too large (object " + where + " declares " + width + "×"
                    + height + " pixels > " + maxImagePixels / 1_000_000 + " megapixels)");
        }
    }

    private void checkDecodedSize(COSStream stream, String where) throws UnreadableInputException, IOException {
        List<COSName> filters = filters(stream.getFilters());
        if (filters.isEmpty() || !GENERAL_FILTERS.keySet().containsAll(filters)) {
            // no filter: the raw length is the size; image codecs (DCT, JPX, CCITT, JBIG2) are bounded by pixels
            return;
        }
        double ratio = filters.stream().mapToDouble(GENERAL_FILTERS::get).reduce(1, (a, b) -> a * b);
        if (rawLengthAtMost(stream, (long) (maxStreamBytes / ratio))) {
            // too short to reach the cap: spares decoding nearly every stream of an ordinary filing twice
            return;
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                CappedSink sink = new CappedSink(maxStreamBytes, !last);
                try {
                    filter.decode(in, sink, stream, i);
                } catch (IOException | RuntimeException e) {
                    if (sink.exceeded) {
                        throw new UnreadableInputException("stream " + where + " decompresses to more than "
                                + (maxStreamBytes >= 1 << 20 ? (maxStreamBytes >> 20) + " MB" : maxStreamBytes
                                + " bytes"));
                    }
                    // a corrupt stream is PDFBox's to report or tolerate when the page is read
                    return;
                }
                in = last ? null : new ByteArrayInputStream(sink.bytes());
            }
        }
    }

    private static boolean rawLengthAtMost(COSStream stream, long limit) throws IOException {
        try (InputStream raw = stream.createRawInputStream()) {
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; (n = raw.read(buf)) > 0; ) {
                total += n;
                if (total > limit) {
                    return false;
                }
            }
            return true;
        }
    }

    private static List<COSName> filters(COSBase filter) {
        if (filter instanceof COSName name) {
            return List.of(name);
        }
        if (filter instanceof COSArray array) {
            return array.toList().stream().map(b -> b instanceof COSObject o ? o.getObject() : b)
                    .map(b -> b instanceof COSName n ? n : COSName.getPDFName("?")).toList();
        }
        return List.of();
    }

    /** Counts what a filter writes, keeping it only when a later filter reads it, and stops at the cap. */
    private static final class CappedSink extends OutputStream {
        private final long cap;
        private final ByteArrayOutputStream kept;
        private long count;
        private boolean exceeded;

        CappedSink(long cap, boolean keep) {
            this.cap = cap;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        private void add(int n) throws IOException {
            count += n;
            if (count > cap) {
                exceeded = true;
                throw new IOException("decoded stream exceeds the cap");
            }
        }

        byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
