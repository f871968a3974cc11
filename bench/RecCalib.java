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
import javax.imageio.ImageIO;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

/**
 * The range (min, max) of named tensors of a recognition graph over line crops, as the recogniser scales them: the
 * calibration of tools/ppocr/int8-rec.py's int8 model (bench/OCR.md). Crops come from {@code -Dperfdecl.ocr.dump};
 * {@code -Dmax=N} reads about N of them, evenly spread.
 *
 * <pre>
 * /usr/bin/python3 tools/ppocr/int8-rec.py expose FOLDED.onnx EXPOSED.onnx NAMES
 * javac -d CLASSES -cp target/classes:$(cat CP_FILE) bench/RecCalib.java
 * java -cp CLASSES:target/classes:$(cat CP_FILE) perfdecl.pdf.scan.RecCalib EXPOSED.onnx NAMES LINES RANGES.json
 * /usr/bin/python3 tools/ppocr/int8-rec.py quantise FOLDED.onnx RANGES.json INT8.onnx
 * </pre>
 */
public final class RecCalib {

    private RecCalib() {
    }

    public static void main(String[] a) throws Exception {
        List<String> names = Files.readAllLines(Path.of(a[1])).stream().filter(s -> !s.isBlank()).toList();
        File[] files = new File(a[2]).listFiles((d, n) -> n.endsWith(".png"));
        Arrays.sort(files);
        int step = Math.max(1, files.length / Integer.getInteger("max", 400));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions o = new OrtSession.SessionOptions();
        o.setIntraOpNumThreads(1);
        o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.BASIC_OPT);
        OrtSession s = env.createSession(a[0], o);
        String in = s.getInputNames().iterator().next();
        double[] lo = new double[names.size()], hi = new double[names.size()];
        Arrays.fill(lo, Double.MAX_VALUE); Arrays.fill(hi, -Double.MAX_VALUE);
        int H = PpOcrRecogniser.HEIGHT;
        for (int f = 0; f < files.length; f += step) {
            BufferedImage l = ImageIO.read(files[f]);
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
                    while (b.hasRemaining()) { float v = b.get(); if (v < lo[k]) lo[k] = v; if (v > hi[k]) hi[k] = v; }
                }
            }
        }
        StringBuilder sb = new StringBuilder("{\n");
        for (int k = 0; k < names.size(); k++) {
            sb.append(String.format(Locale.ROOT, "  \"%s\": [%g, %g]%s%n", names.get(k), lo[k], hi[k], k + 1 < names.size() ? "," : ""));
        }
        Files.writeString(Path.of(a[3]), sb.append("}\n"));
    }
}
