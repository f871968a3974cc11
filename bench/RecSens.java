package perfdecl.pdf.scan;

import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * How far each of several recognition models moves the reading of a reference model, on the line crops a run read
 * ({@code -Dperfdecl.ocr.dump=DIR}): the lines read differently, and over the lines read the same the mean and the
 * largest change of a character's probability (a continuous measure that ranks models which change no line), with
 * each model's CPU. All models run in this one JVM, one after the other, on one thread: the ranking of
 * tools/ppocr/int8-rec.py's one-convolution models (bench/OCR.md, "selective int8").
 *
 * <pre>
 * java -Dshow=true -cp CLASSES:MODELS_ROOT:target/classes:$(cat CP_FILE) perfdecl.pdf.scan.RecSens LINES STEP \
 *     /q/folded.onnx /q/only00.onnx /q/only01.onnx ...
 * </pre>
 *
 * Models are class-path resources (a folder put on the class path); the first is the reference. {@code STEP} reads
 * every STEP-th crop; {@code -Dshow=true} lists each differing line (crop, reference text, model text).
 */
public final class RecSens {

    private RecSens() {
    }

    /**
     * This model's reading with every line whose least character probability is below a threshold read again by
     * the reference: how many lines then still differ, and what share of the lines' characters the re-reads take.
     */
    private static void cascade(List<PpOcrRecogniser.Line> reference, List<PpOcrRecogniser.Line> read, File[] files,
                                int step, boolean show) {
        long all = reference.stream().mapToLong(l -> Math.max(1, l.text().length())).sum();
        for (double t : new double[] {0.5, 0.7, 0.8, 0.9, 0.95}) {
            int differ = 0, again = 0;
            long againChars = 0;
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < read.size(); i++) {
                PpOcrRecogniser.Line y = read.get(i);
                double least = 1;
                for (float f : y.scores()) {
                    least = Math.min(least, f);
                }
                if (least < t || y.text().isBlank()) {
                    again++;
                    againChars += Math.max(1, reference.get(i).text().length());
                } else if (!y.text().equals(reference.get(i).text())) {
                    differ++;
                    shown.append(String.format(Locale.ROOT, "    %s | %s | %s (least %.3f)%n",
                            files[i * step].getName(), reference.get(i).text(), y.text(), least));
                }
            }
            System.out.printf(Locale.ROOT, "  cascade below %.2f: %d lines re-read (%.1f%% of characters), %d still"
                    + " differ%n%s", t, again, 100.0 * againChars / all, differ, show ? shown : "");
        }
    }

    public static void main(String[] a) throws Exception {
        File[] files = new File(a[0]).listFiles((d, n) -> n.endsWith(".png"));
        Arrays.sort(files);
        int step = Integer.parseInt(a[1]);
        List<BufferedImage> crops = new ArrayList<>();
        for (int i = 0; i < files.length; i += step) {
            crops.add(ImageIO.read(files[i]));
        }
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        boolean show = Boolean.getBoolean("show");
        List<PpOcrRecogniser.Line> reference = null;
        for (int m = 2; m < a.length; m++) {
            List<PpOcrRecogniser.Line> read;
            double ms;
            try (PpOcrRecogniser r = new PpOcrRecogniser(a[m], 1)) {
                r.read(crops.subList(0, Math.min(10, crops.size())));
                long start = clock.getCurrentThreadCpuTime();
                read = r.read(crops);
                ms = (clock.getCurrentThreadCpuTime() - start) / 1e6;
            }
            long chars = read.stream().mapToLong(l -> l.text().length()).sum();
            if (reference == null) {
                reference = read;
            }
            int differ = 0;
            long same = 0;
            double drift = 0, worst = 0;
            for (int i = 0; i < read.size(); i++) {
                PpOcrRecogniser.Line x = reference.get(i), y = read.get(i);
                if (!x.text().equals(y.text())) {
                    differ++;
                    if (show) {
                        System.out.println("  " + files[i * step].getName() + " | " + x.text() + " | " + y.text());
                    }
                    continue;
                }
                for (int k = 0; k < x.scores().length; k++) {
                    double d = Math.abs(x.scores()[k] - y.scores()[k]);
                    drift += d;
                    worst = Math.max(worst, d);
                    same++;
                }
            }
            System.out.printf(Locale.ROOT, "%s\tdiffer %d/%d\tdrift %.5f\tworst %.4f\t%.0f ms\t%.3f ms/char%n", a[m],
                    differ, read.size(), drift / Math.max(1, same), worst, ms, ms / Math.max(1, chars));
            if (m > 2) {
                cascade(reference, read, files, step, show);
            }
        }
    }
}
