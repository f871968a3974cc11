package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class ScanRendererTest {

    private static final float DPI = 150;

    @Test
    void committedGrayScansRenderPixelForPixelAsPdfBoxDoes() throws IOException {
        for (String scan : new String[] {"scan-form-1", "scan-mof2021-rural-roads-2022"}) {
            File pdf = Path.of("src/test/resources/filings", scan, "input.pdf").toFile();
            try (PDDocument doc = PDDocument.load(pdf)) {
                PDImageXObject image = onlyImage(doc.getPage(0));
                assertThat(ScanRenderer.isPlainGray(image)).as(scan).isTrue();
                for (int page = 0; page < doc.getNumberOfPages(); page++) {
                    assertSamePixels(new PDFRenderer(doc).renderImageWithDPI(page, DPI, ImageType.RGB),
                            new ScanRenderer(doc).renderImageWithDPI(page, DPI, ImageType.RGB));
                }
            }
        }
    }

    /** At 300 dpi PDFBox first shrinks the image by area averaging, a path the 200 dpi scans above do not take. */
    @Test
    void aGrayScanAt300DpiRendersPixelForPixelAsPdfBoxDoes() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = addScanPage(doc, 2480, 3508);
            assertThat(ScanRenderer.isPlainGray(image)).isTrue();
            assertSamePixels(new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB),
                    new ScanRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB));
        }
    }

    /** 400 dpi (a quarter of the image's size and more) and sizes that do not divide: the same path. */
    @Test
    void aGrayScanAt400DpiAndOddSizesRenderPixelForPixelAsPdfBoxDoes() throws IOException {
        for (int[] size : new int[][] {{3307, 4677}, {2481, 3509}, {2000, 3000}}) {
            try (PDDocument doc = new PDDocument()) {
                addScanPage(doc, size[0], size[1]);
                assertSamePixels(new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB),
                        new ScanRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB));
            }
        }
    }

    /** The gray scan's own shrink gives the pixels the JDK's area-averaging filter gives, for any sizes. */
    @Test
    void aGrayScanShrinksToTheAreaAveragingFiltersPixels() {
        Random random = new Random(11);
        for (int[] size : new int[][] {{97, 61, 40, 30}, {97, 61, 48, 30}, {50, 50, 7, 9}, {64, 48, 32, 24},
                {31, 17, 31, 17}, {20, 15, 33, 40}, {1, 1, 1, 1}, {300, 7, 149, 3}}) {
            int w = size[0], h = size[1];
            byte[] samples = new byte[w * h];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (byte) random.nextInt(256);
            }
            ScanRenderer.GrayScan scan = new ScanRenderer.GrayScan(w, h, samples);
            // the RGB image PDFBox makes of the samples: each level as red, green and blue
            BufferedImage plain = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < samples.length; i++) {
                int g = samples[i] & 0xff;
                plain.setRGB(i % w, i / w, g << 16 | g << 8 | g);
            }
            assertSamePixels(plain, scan);
            assertSamePixels(drawn(plain.getScaledInstance(size[2], size[3], java.awt.Image.SCALE_SMOOTH),
                    size[2], size[3]), drawn(scan.getScaledInstance(size[2], size[3],
                    java.awt.Image.SCALE_SMOOTH), size[2], size[3]));
        }
    }

    /** Any opaque image PDFBox decodes (1-bit, gray, colour) shrinks to the JDK's pixels too. */
    @Test
    void anyOpaqueImageShrinksToTheAreaAveragingFiltersPixels() {
        Random random = new Random(13);
        for (int type : new int[] {BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_GRAY,
                BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB}) {
            for (int[] size : new int[][] {{97, 61, 40, 30}, {50, 50, 7, 9}, {64, 48, 32, 24}, {20, 15, 33, 40}}) {
                BufferedImage image = new BufferedImage(size[0], size[1], type);
                for (int y = 0; y < size[1]; y++) {
                    for (int x = 0; x < size[0]; x++) {
                        image.setRGB(x, y, random.nextInt(1 << 24));
                    }
                }
                BufferedImage shrinkable = ScanRenderer.Shrinkable.of(image);
                assertThat(shrinkable).isInstanceOf(ScanRenderer.Shrinkable.class);
                assertThat(shrinkable.getType()).isEqualTo(type);
                assertSamePixels(drawn(image.getScaledInstance(size[2], size[3], java.awt.Image.SCALE_SMOOTH),
                        size[2], size[3]), drawn(shrinkable.getScaledInstance(size[2], size[3],
                        java.awt.Image.SCALE_SMOOTH), size[2], size[3]));
            }
        }
    }

    /** A 1-bit scan and a colour scan at 300 dpi render pixel for pixel as PDFBox renders them. */
    @Test
    void bilevelAndColourScansAt300DpiRenderPixelForPixelAsPdfBoxDoes() throws IOException {
        for (int type : new int[] {BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_3BYTE_BGR}) {
            try (PDDocument doc = new PDDocument()) {
                BufferedImage scan = new BufferedImage(2480, 3508, type);
                Random random = new Random(3);
                for (int y = 0; y < scan.getHeight(); y += 1) {
                    for (int x = 0; x < scan.getWidth(); x++) {
                        boolean ruled = x % 97 < 3 || y % 61 < 2;
                        scan.setRGB(x, y, ruled || random.nextInt(50) == 0 ? 0x202020 : 0xf0e0d0 - x % 7);
                    }
                }
                PDImageXObject image = type == BufferedImage.TYPE_BYTE_BINARY
                        ? org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, scan)
                        : JPEGFactory.createFromImage(doc, scan, 0.7f);
                assertThat(ScanRenderer.isPlain(image)).isTrue();
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
                assertSamePixels(new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB),
                        new ScanRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB));
            }
        }
    }

    private static BufferedImage drawn(java.awt.Image image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setComposite(java.awt.AlphaComposite.Src);
        g.drawImage(image, new java.awt.geom.AffineTransform(), null);
        g.dispose();
        return out;
    }

    @Test
    void anInvertedGrayImageIsLeftToPdfBox() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = addScanPage(doc, 300, 420);
            COSArray inverted = new COSArray();
            inverted.add(COSInteger.ONE);
            inverted.add(COSInteger.ZERO);
            image.getCOSObject().setItem(COSName.DECODE, inverted);
            assertThat(ScanRenderer.isPlainGray(image)).isFalse();
            assertSamePixels(new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB),
                    new ScanRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB));
        }
    }

    private static PDImageXObject onlyImage(PDPage page) throws IOException {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                return image;
            }
        }
        throw new AssertionError("no image on the page");
    }

    /** An A4 page filled by one gray JPEG of {@code width} × {@code height} pixels: paper, ruled lines, noise. */
    private static PDImageXObject addScanPage(PDDocument doc, int width, int height) throws IOException {
        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean ruled = x % 97 < 3 || y % 61 < 2;
                int level = ruled ? 30 : 230 - x * 20 / width;
                gray.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, level + random.nextInt(21) - 10)));
            }
        }
        PDImageXObject image = JPEGFactory.createFromImage(doc, gray, 0.7f);
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int w = expected.getWidth(), h = expected.getHeight();
        assertThat(actual.getRGB(0, 0, w, h, null, 0, w)).isEqualTo(expected.getRGB(0, 0, w, h, null, 0, w));
    }
}
