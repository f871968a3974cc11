package perfdecl.pdf;

import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * CPU of rendering scanned pages as the scan reader does (150 dpi, RGB) with PDFBox's own renderer and with
 * {@link ScanRenderer}, page by page in turn on one thread, and whether the two images are the same pixel for pixel.
 *
 * <pre>
 * javac -d CLASSES -cp target/perfdecl.jar bench/RenderBench.java
 * java -cp CLASSES:target/perfdecl.jar perfdecl.pdf.RenderBench ROUNDS PDF...
 * </pre>
 * It stands in the renderer's package (the class is package-private). The first round warms the JIT up and is not
 * counted.
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        int rounds = Integer.parseInt(args[0]);
        long pdfbox = 0, scan = 0;
        int pages = 0, differ = 0;
        for (int round = 0; round <= rounds; round++) {
            for (int f = 1; f < args.length; f++) {
                for (int page = 0; ; page++) {
                    BufferedImage a, b;
                    long t0, t1, t2;
                    // a document opened afresh for each renderer: PDFBox keeps a decoded image with its object
                    try (PDDocument doc = PDDocument.load(new File(args[f]))) {
                        if (page >= doc.getNumberOfPages()) {
                            break;
                        }
                        t0 = clock.getCurrentThreadCpuTime();
                        a = new PDFRenderer(doc).renderImageWithDPI(page, 150, ImageType.RGB);
                        t1 = clock.getCurrentThreadCpuTime();
                    }
                    try (PDDocument doc = PDDocument.load(new File(args[f]))) {
                        t2 = clock.getCurrentThreadCpuTime();
                        b = new ScanRenderer(doc).renderImageWithDPI(page, 150, ImageType.RGB);
                    }
                    long t3 = clock.getCurrentThreadCpuTime();
                    if (round > 0) {
                        pdfbox += t1 - t0;
                        scan += t3 - t2;
                        pages++;
                        int w = a.getWidth(), h = a.getHeight();
                        if (w != b.getWidth() || h != b.getHeight() || !Arrays.equals(a.getRGB(0, 0, w, h, null, 0, w),
                                b.getRGB(0, 0, w, h, null, 0, w))) {
                            differ++;
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d pages rendered (%d rounds): PDFRenderer %.1f ms CPU a page, ScanRenderer"
                + " %.1f ms CPU a page; %d pages differ%n", pages, rounds, pdfbox / 1e6 / pages, scan / 1e6 / pages,
                differ);
    }
}
