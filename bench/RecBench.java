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
 * Times PP-OCR recognisers on the line crops a run read (written by {@code -Dperfdecl.ocr.dump=DIR}) and lists the
 * lines two models read differently: the recogniser's own CPU (this thread's), apart from the layout around it.
 *
 * <pre>
 * mkdir LINES
 * java -Dperfdecl.ocr.dump=LINES -jar target/perfdecl.jar extract SCANS -o OUT --no-isolate --jobs 1 -q
 * mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=CP_FILE
 * javac -d CLASSES -cp target/classes:$(cat CP_FILE) bench/RecBench.java
 * java -cp CLASSES:target/classes:$(cat CP_FILE) perfdecl.pdf.scan.RecBench LINES \
 *     /models/ch_PP-OCRv4_rec_infer.onnx /models/ch_PP-OCRv3_rec_infer.onnx
 * </pre>
 *
 * It stands in the recogniser's package (its class is package-private), so it runs from compiled classes, not as a
 * single source file. Models are chosen through {@code perfdecl.ocr.model}, read once per JVM: each runs in a JVM
 * of its own, started by this one.
 */
public final class RecBench {

    private RecBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            one(args[0], args[1]);
            return;
        }
        List<List<String>> texts = new ArrayList<>();
        for (int m = 1; m < args.length; m++) {
            Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    "-Dperfdecl.ocr.model=" + args[m], "-cp", System.getProperty("java.class.path"),
                    RecBench.class.getName(), args[0], args[m]).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), "UTF-8").lines().toList();
            p.waitFor();
            System.out.println(lines.get(0));
            texts.add(lines.subList(1, lines.size()));
        }
        if (texts.size() == 2) {
            int differ = 0;
            for (int i = 0; i < texts.get(0).size(); i++) {
                if (!texts.get(0).get(i).equals(texts.get(1).get(i))) {
                    differ++;
                    System.out.println("line " + (i + 1) + "\n  1: " + texts.get(0).get(i) + "\n  2: "
                            + texts.get(1).get(i));
                }
            }
            System.out.println("read differently: " + differ + " of " + texts.get(0).size() + " lines");
        }
    }

    /** In a JVM of its own: the model's cost over every crop, then each crop's text, one a line. */
    private static void one(String dir, String model) throws Exception {
        File[] files = new File(dir).listFiles((d, n) -> n.endsWith(".png"));
        Arrays.sort(files);
        List<BufferedImage> crops = new ArrayList<>();
        for (File f : files) {
            crops.add(ImageIO.read(f));
        }
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        try (PpOcrRecogniser r = new PpOcrRecogniser(1)) {
            r.read(crops.subList(0, Math.min(10, crops.size())));
            long start = clock.getCurrentThreadCpuTime();
            List<PpOcrRecogniser.Line> read = r.read(crops);
            double ms = (clock.getCurrentThreadCpuTime() - start) / 1e6;
            long chars = read.stream().mapToLong(l -> l.text().length()).sum();
            System.out.printf(Locale.ROOT, "%s: %d lines, %d characters, %.0f ms CPU, %.2f ms/character%n", model,
                    read.size(), chars, ms, ms / Math.max(1, chars));
            for (PpOcrRecogniser.Line l : read) {
                System.out.println(l.text());
            }
        }
    }
}
