package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import perfdecl.pdf.OcrEngine;

/** PP-OCR run by the scan reader: lines found from the ink, read in batches, characters placed on the ink. */
class PpOcrTest {

    private static Font song(float size) throws Exception {
        assumeTrue(new File(ScanDrawing.SONG).isFile(), "the AR PL UMing font is not installed");
        return Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(size);
    }

    @Test
    void aCellsLinesAreFoundFromTheInkEvenALoneDigit() {
        // two lines of text in a cell, and in another a lone "0" of a few dozen pixels
        BufferedImage page = ScanDrawing.image(400, 200, g -> {
            g.fillRect(20, 20, 200, 20);
            g.fillRect(20, 50, 120, 20);
            g.fillRect(300, 150, 2, 16);
            g.fillRect(309, 150, 2, 16);
            g.fillRect(300, 150, 10, 2);
            g.fillRect(300, 164, 10, 2);
        });

        List<Rectangle> lines = InkLines.find(page, new Rectangle(0, 0, 400, 200));

        assertThat(lines).containsExactly(new Rectangle(20, 20, 200, 20), new Rectangle(20, 50, 120, 20),
                new Rectangle(300, 150, 11, 16));
    }

    @Test
    void piecesOfALineApartByMoreThanALineHeightAreReadApartAndAHyphenIsInk() {
        BufferedImage page = ScanDrawing.image(600, 60, g -> {
            g.fillRect(20, 20, 100, 20);
            g.fillRect(126, 30, 10, 1);
            g.fillRect(142, 20, 60, 20);
            g.fillRect(300, 20, 60, 20);
        });

        List<Rectangle> lines = InkLines.find(page, new Rectangle(0, 0, 600, 60));

        assertThat(lines).containsExactly(new Rectangle(20, 20, 182, 20), new Rectangle(300, 20, 60, 20));
    }

    @Test
    void readsPrintedChineseWithItsSpacesAndALoneZero() throws Exception {
        OcrEngine ppocr = OcrEngine.named("ppocr");
        assumeThat(ppocr.available()).as(ppocr.missing()).isTrue();
        Font font = song(28f);
        BufferedImage image = ScanDrawing.image(700, 140, g -> {
            g.setFont(font);
            g.drawString("继续教育 - 师资进修", 20, 40);
            g.drawString("63678103", 20, 100);
            g.drawString("0", 500, 100);
        });

        List<OcrWord> words = ppocr.readPage(image, 1);
        String first = words.stream().filter(w -> w.box().bottom() < 60).map(OcrWord::text)
                .collect(Collectors.joining());
        assertThat(first).isEqualTo("继续教育-师资进修");
        OcrWord han = words.stream().filter(w -> w.text().equals("育")).findFirst().orElseThrow();
        OcrWord hyphen = words.stream().filter(w -> w.text().equals("-")).findFirst().orElseThrow();
        // the space before the hyphen stays a gap on the page; the digits of the number meet
        assertThat(hyphen.box().x() - han.box().right()).isGreaterThan(5);
        List<OcrWord> number = words.stream().filter(w -> w.box().bottom() > 60 && w.box().x() < 400).toList();
        assertThat(number.stream().map(OcrWord::text).collect(Collectors.joining())).isEqualTo("63678103");
        for (int i = 1; i < number.size(); i++) {
            assertThat(number.get(i).box().x() - number.get(i - 1).box().right()).isLessThan(1.5);
        }
        assertThat(words).filteredOn(w -> w.box().x() > 400).singleElement().satisfies(w -> {
            assertThat(w.text()).isEqualTo("0");
            assertThat(w.confidence()).isGreaterThan(0.8);
        });
        List<OcrReading> blocks = ppocr.readBlocks(List.of(image.getSubimage(480, 60, 100, 60)));
        assertThat(blocks).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("0"));
    }

    @Test
    void pagesReadOnSeveralThreadsAtOnceReadAsOnOne() throws Exception {
        // the page ranges of a bundle and the lanes of a batch share the engine and recognise side by side
        OcrEngine ppocr = OcrEngine.named("ppocr");
        assumeThat(ppocr.available()).as(ppocr.missing()).isTrue();
        Font font = song(26f);
        List<BufferedImage> pages = new ArrayList<>();
        String[] lines = {"项目名称 社区养老服务中心运营", "项目总预算（元） 1250000", "年度绩效目标 完成率≥95%",
            "继续教育 - 师资进修；设备购置"};
        for (String line : lines) {
            pages.add(ScanDrawing.image(640, 80, g -> {
                g.setFont(font);
                g.drawString(line, 20, 50);
            }));
        }
        List<String> alone = new ArrayList<>();
        for (BufferedImage page : pages) {
            alone.add(text(ppocr.readPage(page, 1)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> together = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (BufferedImage page : pages) {
                    Callable<String> read = () -> text(ppocr.readPage(page, 1));
                    together.add(pool.submit(read));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i % pages.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(alone.get(1)).contains("1250000");
    }

    @Test
    void aCellsReReadGivesTheFullWidthHyphenAsTheFormsHyphenLikeThePageReading() {
        PpOcrRecogniser.Line read = new PpOcrRecogniser.Line("继续教育－师资进修",
                new float[] {0.9f, 0.9f, 0.9f, 0.9f, 0.8f, 0.9f, 0.9f, 0.9f, 0.9f}, new double[9]);

        OcrReading cell = PpOcr.block(List.of(read));

        assertThat(cell.text()).isEqualTo("继续教育-师资进修");
        assertThat(cell.confidence()).isCloseTo(0.8, within(1e-6));
    }

    private static String text(List<OcrWord> words) {
        return words.stream().map(OcrWord::text).collect(Collectors.joining());
    }
}
