package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import perfdecl.grid.Token;

/**
 * PP-OCRv4's recogniser on ONNX Runtime: the folded graph against PaddleOCR's export, the int8 cascade against the
 * folded graph alone, the layout ONNX Runtime runs them in.
 */
class PpOcrRecogniserTest {

    @Test
    void theFoldedModelReadsLinesAsTheExportedModelDoes() throws Exception {
        assumeTrue(new File(ScanDrawing.SONG).isFile(), "the AR PL UMing font is not installed");
        Font song = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(30f);
        String[] texts = {"项目总预算（元） 1250000", "继续教育 - 师资进修；设备购置", "完成率≥95%",
            "（沪财教[2015]44号）", "0"};
        List<BufferedImage> lines = new ArrayList<>();
        for (String text : texts) {
            for (Color ink : new Color[] {Color.BLACK, new Color(170, 170, 170)}) {
                // black ink and faded ink on the same lines
                lines.add(ScanDrawing.image(40 + 32 * text.length(), 48, g -> {
                    g.setColor(ink);
                    g.setFont(song);
                    g.drawString(text, 8, 36);
                }));
            }
        }

        List<PpOcrRecogniser.Line> exported, folded;
        try (PpOcrRecogniser r = new PpOcrRecogniser(PpOcrRecogniser.EXPORTED_MODEL, 1)) {
            exported = r.read(lines);
        }
        try (PpOcrRecogniser r = new PpOcrRecogniser(PpOcrRecogniser.FOLDED_MODEL, 1)) {
            folded = r.read(lines);
        }

        assertThat(exported.get(0).text()).isEqualTo("项目总预算（元）1250000");
        for (int i = 0; i < lines.size(); i++) {
            PpOcrRecogniser.Line a = exported.get(i), b = folded.get(i);
            assertThat(b.text()).as("line %d", i).isEqualTo(a.text());
            for (int k = 0; k < a.scores().length; k++) {
                assertThat(b.scores()[k]).isCloseTo(a.scores()[k], within(1e-3f));
                assertThat(b.centres()[k]).isCloseTo(a.centres()[k], within(1e-9));
            }
        }
    }

    @Test
    void theCascadeReadsLinesAsTheFloatModelDoesAndEveryDoubtItReportsIsTheFloatModels() throws Exception {
        assumeTrue(new File(ScanDrawing.SONG).isFile(), "the AR PL UMing font is not installed");
        Font song = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(30f);
        String[] texts = {"项目总预算（元） 1250000", "继续教育 - 师资进修；设备购置", "完成率≥95%",
            "（沪财教[2015]44号）", "0", "10,308,000.00", "一级指标"};
        List<BufferedImage> lines = new ArrayList<>();
        for (String text : texts) {
            for (Color ink : new Color[] {Color.BLACK, new Color(170, 170, 170), new Color(215, 215, 215)}) {
                // black, faded and nearly washed-out ink: the fainter, the less sure the reading
                lines.add(ScanDrawing.image(40 + 32 * text.length(), 48, g -> {
                    g.setColor(ink);
                    g.setFont(song);
                    g.drawString(text, 8, 36);
                }));
            }
        }

        List<PpOcrRecogniser.Line> alone, cascade;
        try (PpOcrRecogniser r = new PpOcrRecogniser(PpOcrRecogniser.FOLDED_MODEL, 1)) {
            alone = r.read(lines);
        }
        try (PpOcrRecogniser r = new PpOcrRecogniser(PpOcrRecogniser.FOLDED_MODEL, PpOcrRecogniser.INT8_MODEL, 1)) {
            cascade = r.read(lines);
        }

        assertThat(PpOcrRecogniser.CASCADE).isEqualTo(PpOcrRecogniser.INT8_MODEL);
        int doubts = 0;
        for (int i = 0; i < lines.size(); i++) {
            PpOcrRecogniser.Line a = alone.get(i), c = cascade.get(i);
            assertThat(c.text()).as("line %d", i).isEqualTo(a.text());
            for (int k = 0; k < a.scores().length; k++) {
                // below 0.7 the scan reader reads the cell again (and below Token.UNCERTAIN reports the value):
                // such a confidence must be the float model's, not the int8 model's surer one
                if (a.scores()[k] < 0.7f) {
                    doubts++;
                    assertThat(c.scores()[k]).as("line %d character %d", i, k).isCloseTo(a.scores()[k], within(0.02f));
                }
            }
        }
        assertThat(doubts).isGreaterThanOrEqualTo(3);
    }

    @Test
    void onnxRuntimeKeepsTheBackboneInItsBlockedLayoutBetweenConvolutions(@TempDir Path dir) throws Exception {
        // written as y * HardSigmoid(y), each hardswish sent every convolution's output back to the plain layout
        // and the next one's input forward again: 36 such reorders in the float graph (of 38 convolutions), 27 in
        // the int8 one; what is left feeds the squeeze-excitation blocks' scaling, the neck's swishes and concat
        // and, in the int8 graph, the quantised convolutions (run in a layout of their own)
        assertThat(reordersBack(PpOcrRecogniser.FOLDED_MODEL, dir.resolve("float.onnx"))).isLessThanOrEqualTo(12);
        assertThat(reordersBack(PpOcrRecogniser.INT8_MODEL, dir.resolve("int8.onnx"))).isLessThanOrEqualTo(18);
    }

    /** The ReorderOutput nodes of the graph ONNX Runtime runs for this model, as it saves it. */
    private static int reordersBack(String model, Path optimised) throws Exception {
        try (OrtSession.SessionOptions options = PpOcrRecogniser.options(1)) {
            options.setOptimizedModelFilePath(optimised.toString());
            OrtEnvironment.getEnvironment().createSession(PpOcrRecogniser.model(model), options).close();
        }
        // a node's op_type is its field 4 (tag 0x22), a length-prefixed string
        byte[] name = "ReorderOutput".getBytes(StandardCharsets.US_ASCII);
        byte[] node = new byte[name.length + 2];
        node[0] = 0x22;
        node[1] = (byte) name.length;
        System.arraycopy(name, 0, node, 2, name.length);
        byte[] graph = Files.readAllBytes(optimised);
        int count = 0;
        for (int i = 0; i + node.length <= graph.length; i++) {
            if (Arrays.equals(graph, i, i + node.length, node, 0, node.length)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aCharacterTheRecogniserDropsIsFoundInTheInkAndTheLineIsNoLongerSure() throws Exception {
        assumeTrue(new File(ScanDrawing.SONG).isFile(), "the AR PL UMing font is not installed");
        Font song = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(30f);
        List<BufferedImage> crops = new ArrayList<>();
        List<DroppedCharacters.Ink> inks = new ArrayList<>();
        for (String text : new String[] {"编制缮写工作", "编制写作工作"}) {
            BufferedImage image = ScanDrawing.image(40 + 33 * text.length(), 48, g -> {
                g.setColor(Color.BLACK);
                g.setFont(song);
                g.drawString(text, 8, 36);
            });
            Rectangle line = InkLines.find(image, new Rectangle(0, 0, image.getWidth(), image.getHeight())).get(0);
            Rectangle crop = PpOcr.crop(image, line);
            crops.add(image.getSubimage(crop.x, crop.y, crop.width, crop.height));
            inks.add(new DroppedCharacters.Ink(InkLines.inkedColumns(image, line), line.x - crop.x, line.height));
        }

        List<PpOcrRecogniser.Line> read;
        try (PpOcrRecogniser r = new PpOcrRecogniser(PpOcrRecogniser.FOLDED_MODEL, 1)) {
            read = r.read(crops);
        }
        PpOcrRecogniser.Line dropped = read.get(0), whole = read.get(1);

        // the blank wins at 缮's steps: the line reads one character short, every character kept read surely
        assertThat(dropped.text()).isEqualTo("编制写工作");
        for (float p : dropped.scores()) {
            assertThat(p).isGreaterThan(0.9f);
        }
        DroppedCharacters.Finding lost = inks.get(0).check(dropped.text(), dropped.centres());
        assertThat(lost.lost()).isTrue();
        assertThat(lost.where()).isEqualTo("between characters 2 and 3");
        for (float p : PpOcr.checked(dropped, inks.get(0)).scores()) {
            assertThat((double) p).isLessThan(Token.UNCERTAIN);
        }
        assertThat(whole.text()).isEqualTo("编制写作工作");
        assertThat(inks.get(1).check(whole.text(), whole.centres()).lost()).isFalse();
        assertThat(PpOcr.checked(whole, inks.get(1)).scores()).isEqualTo(whole.scores());
    }

    @Test
    void aReaderStoppedByTheTimeLimitMakesNoFurtherCallIntoTheRuntime() throws Exception {
        List<BufferedImage> lines = List.of(ScanDrawing.image(200, 48, g -> g.fillRect(10, 10, 150, 20)));
        try (PpOcrRecogniser r = new PpOcrRecogniser(PpOcrRecogniser.FOLDED_MODEL, 1)) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> r.read(lines)).isInstanceOf(OrtException.class)
                        .hasMessageContaining("interrupted");
            } finally {
                Thread.interrupted();
            }
            assertThat(r.read(lines)).hasSize(1);
        }
    }

    @Test
    void aReaderInterruptedInsideACallEndsThatCallEarly() throws Exception {
        // one batch (24 lines of a width, 3,000 network steps): seconds of work in a single call
        List<BufferedImage> lines = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            lines.add(ScanDrawing.image(1000, 48, g -> {
                for (int x = 10; x < 990; x += 24) {
                    g.fillRect(x, 12, 14, 22);
                }
            }));
        }
        try (PpOcrRecogniser r = new PpOcrRecogniser(PpOcrRecogniser.MODEL, 1)) {
            long t0 = System.nanoTime();
            assertThat(r.read(lines)).hasSize(24);
            long whole = System.nanoTime() - t0;

            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicLong callEnded = new AtomicLong();
            Thread reader = new Thread(() -> {
                try {
                    r.read(lines);
                } catch (Throwable e) {
                    thrown.set(e);
                } finally {
                    callEnded.set(System.nanoTime());
                }
            });
            reader.start();
            while (PpOcrRecogniser.callsInFlight() == 0 && reader.isAlive()) {
                Thread.onSpinWait();
            }
            long interrupted = System.nanoTime();
            reader.interrupt();
            reader.join();

            assertThat(thrown.get()).isInstanceOf(OrtException.class)
                    .hasMessageNotContaining("the reading was stopped");
            assertThat(callEnded.get() - interrupted).as("nanoseconds from the interrupt to the call's end")
                    .isLessThan(whole / 2);
        }
    }
}

