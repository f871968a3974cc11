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
 * Recognisers side by side in one JVM on one thread, in alternating rounds over the same line crops
 * ({@code -Dperfdecl.ocr.dump=DIR}), so that a loaded machine slows each of them alike: each one's median CPU over
 * the rounds, and against the first, the lines read differently and the largest change of a character's
 * probability on the lines read the same.
 *
 * <pre>
 * javac -d CLASSES -cp target/classes:target/perfdecl.jar bench/RecRounds.java
 * java [-Dstep=4] -cp CLASSES:target/perfdecl.jar perfdecl.pdf.scan.RecRounds LINES ROUNDS MODEL [FLOAT+FIRST] ...
 * </pre>
 *
 * A model is a class-path resource or a file; {@code FLOAT+FIRST} is a cascade, FIRST reading every line and FLOAT
 * the lines it reads unsure (as {@link PpOcrRecogniser#CASCADE}; without the dropped-character check, which needs
 * the page's ink). {@code -Dshow=true} lists each differing line.
 */
public final class RecRounds {

    private RecRounds() {
    }

    public static void main(String[] a) throws Exception {
        File[] files = new File(a[0]).listFiles((d, n) -> n.endsWith(".png"));
        Arrays.sort(files);
        List<BufferedImage> crops = new ArrayList<>();
        for (File f : files) {
            crops.add(ImageIO.read(f));
        }
        int rounds = Integer.parseInt(a[1]);
        // the rounds read every STEP-th crop (-Dstep, default 1); every crop is read once for the comparison
        int step = Integer.getInteger("step", 1);
        List<BufferedImage> timed = new ArrayList<>();
        for (int i = 0; i < crops.size(); i += step) {
            timed.add(crops.get(i));
        }
        List<String> names = Arrays.asList(a).subList(2, a.length);
        List<PpOcrRecogniser> readers = new ArrayList<>();
        for (String n : names) {
            String[] parts = n.split("\\+");
            readers.add(parts.length == 2 ? new PpOcrRecogniser(parts[0], parts[1], 1) : new PpOcrRecogniser(n, 1));
        }
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        double[][] ms = new double[readers.size()][rounds];
        List<List<PpOcrRecogniser.Line>> read = new ArrayList<>();
        for (PpOcrRecogniser r : readers) {
            read.add(r.read(crops));
        }
        for (int k = 0; k < rounds; k++) {
            for (int m = 0; m < readers.size(); m++) {
                long start = clock.getCurrentThreadCpuTime();
                readers.get(m).read(timed);
                ms[m][k] = (clock.getCurrentThreadCpuTime() - start) / 1e6;
            }
        }
        boolean show = Boolean.getBoolean("show");
        List<PpOcrRecogniser.Line> reference = read.get(0);
        double base = median(ms[0]);
        for (int m = 0; m < readers.size(); m++) {
            List<PpOcrRecogniser.Line> lines = read.get(m);
            long chars = 0;
            for (int i = 0; i < lines.size(); i += step) {
                chars += lines.get(i).text().length();
            }
            int differ = 0;
            double worst = 0;
            for (int i = 0; i < lines.size(); i++) {
                PpOcrRecogniser.Line x = reference.get(i), y = lines.get(i);
                if (!x.text().equals(y.text())) {
                    differ++;
                    if (show) {
                        System.out.println("  " + files[i].getName() + " | " + x.text() + " | " + y.text());
                    }
                    continue;
                }
                for (int c = 0; c < x.scores().length; c++) {
                    worst = Math.max(worst, Math.abs(x.scores()[c] - y.scores()[c]));
                }
            }
            double med = median(ms[m]);
            System.out.printf(Locale.ROOT, "%s\t%d lines, %d characters timed\tmedian %.0f ms (%.3f ms/char, %.2fx the first)"
                            + "\trounds %s\tdiffer %d\tworst score change %.5f%n", names.get(m), lines.size(), chars, med,
                    med / Math.max(1, chars), med / base, Arrays.toString(Arrays.stream(ms[m]).mapToLong(Math::round)
                            .toArray()), differ, worst);
        }
        for (PpOcrRecogniser r : readers) {
            r.close();
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
