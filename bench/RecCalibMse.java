package perfdecl.pdf.scan;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

/**
 * A second calibration pass for tools/ppocr/int8-rec.py: each named tensor's values over the line crops, binned
 * within the min-max range bench/RecCalib.java wrote, and then the range (both ends shrunk by one factor, 1.00 down
 * to 0.05) with the least expected uint8 error, rounding inside it and clipping outside (bench/OCR.md, "selective
 * int8": halves the drift of min-max ranges, does not remove the misreadings).
 *
 * <pre>
 * java -cp CLASSES:target/classes:$(cat CP_FILE) perfdecl.pdf.scan.RecCalibMse EXPOSED.onnx NAMES LINES \
 *     RANGES.json RANGES_MSE.json
 * </pre>
 */
public final class RecCalibMse {
    static final int BINS = 4096;

    private RecCalibMse() {
    }

    public static void main(String[] a) throws Exception {
        List<String> names = Files.readAllLines(Path.of(a[1])).stream().filter(s -> !s.isBlank()).toList();
        String json = Files.readString(Path.of(a[3]));
        double[] lo = new double[names.size()], hi = new double[names.size()];
        for (int k = 0; k < names.size(); k++) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(names.get(k)) + "\": \\[([^,]+), ([^\\]]+)\\]").matcher(json);
            if (!m.find()) throw new IllegalStateException(names.get(k));
            lo[k] = Math.min(0, Double.parseDouble(m.group(1).trim()));
            hi[k] = Math.max(0, Double.parseDouble(m.group(2).trim()));
        }
        long[][] hist = new long[names.size()][BINS];
        File[] files = new File(a[2]).listFiles((d, n) -> n.endsWith(".png"));
        Arrays.sort(files);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions o = new OrtSession.SessionOptions();
        o.setIntraOpNumThreads(1);
        o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
        OrtSession s = env.createSession(a[0], o);
        String in = s.getInputNames().iterator().next();
        int H = PpOcrRecogniser.HEIGHT;
        for (File file : files) {
            BufferedImage l = ImageIO.read(file);
            int w = Math.min(4800, Math.max(H / 2, (int) Math.ceil(H * l.getWidth() / (double) Math.max(1, l.getHeight()))));
            int wp = (w + 7) / 8 * 8;
            float[] sc = PpOcrRecogniser.scaled(l, w);
            float[] d = new float[3 * H * wp];
            for (int y = 0; y < H; y++) for (int x = 0; x < w; x++) {
                float v = sc[y * w + x] / 127.5f - 1f;
                for (int c = 0; c < 3; c++) d[c * H * wp + y * wp + x] = v;
            }
            try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(d), new long[] {1, 3, H, wp});
                 OrtSession.Result r = s.run(Map.of(in, t), new LinkedHashSet<>(names))) {
                for (int k = 0; k < names.size(); k++) {
                    FloatBuffer b = ((OnnxTensor) r.get(names.get(k)).get()).getFloatBuffer();
                    double span = hi[k] - lo[k];
                    long[] h = hist[k];
                    while (b.hasRemaining()) {
                        int i = (int) ((b.get() - lo[k]) / span * BINS);
                        h[Math.max(0, Math.min(BINS - 1, i))]++;
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder("{\n");
        for (int k = 0; k < names.size(); k++) {
            double span = hi[k] - lo[k], bestF = 1, bestE = Double.MAX_VALUE;
            for (double f = 1.0; f >= 0.05; f -= 0.01) {
                double l = lo[k] * f, u = hi[k] * f, step = (u - l) / 255, e = 0;
                if (step <= 0) break;
                for (int i = 0; i < BINS; i++) {
                    if (hist[k][i] == 0) continue;
                    double v = lo[k] + (i + 0.5) * span / BINS;
                    double err = v < l ? (l - v) * (l - v) : v > u ? (v - u) * (v - u) : step * step / 12;
                    e += hist[k][i] * err;
                }
                if (e < bestE) { bestE = e; bestF = f; }
            }
                        sb.append(String.format(Locale.ROOT, "  \"%s\": [%g, %g]%s%n", names.get(k), lo[k] * bestF, hi[k] * bestF,
                    k + 1 < names.size() ? "," : ""));
        }
        Files.writeString(Path.of(a[4]), sb.append("}\n"));
    }
}
