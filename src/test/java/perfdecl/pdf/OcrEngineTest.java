package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import perfdecl.pdf.scan.OcrReading;
import perfdecl.pdf.scan.OcrWord;
import perfdecl.pdf.scan.RapidOcr;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.TesseractOcr;

class OcrEngineTest {

    @Test
    void enginesAreChosenByNameAndTheDefaultIsOneOfThem() {
        assertThat(OcrEngine.NAMES).containsExactly("ppocr", "rapidocr", "tesseract", "none");
        assertThat(OcrEngine.NAMES).contains(OcrEngine.DEFAULT);
        for (String name : OcrEngine.NAMES) {
            assertThat(OcrEngine.named(name).name()).isEqualTo(name);
        }
        assertThat(OcrEngine.named("RapidOCR")).isSameAs(OcrEngine.named("rapidocr"));
        assertThat(OcrEngine.standard().name()).isEqualTo(OcrEngine.DEFAULT);
    }

    @Test
    void anUnknownEngineIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> OcrEngine.named("abbyy")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown OCR engine \"abbyy\" (one of ppocr, rapidocr, tesseract, none)");
    }

    @Test
    void noEngineNeverReadsAndSaysHowToTurnOcrOn() {
        OcrEngine none = OcrEngine.named("none");
        assertThat(none.available()).isFalse();
        assertThat(none.missing()).isEqualTo("OCR is turned off (--ocr none); choose --ocr ppocr to OCR it");
        assertThat(none.readPage(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), 2)).isNull();
        assertThat(none.readBlocks(List.of())).isEmpty();
    }

    @Test
    void tesseractThatIsNotInstalledSaysWhichPackagesToInstall() {
        TesseractOcr missing = new TesseractOcr("/nonexistent/tesseract");
        assertThat(missing.available()).isFalse();
        assertThat(missing.missing()).isEqualTo("install tesseract-ocr and tesseract-ocr-chi-sim, or choose --ocr"
                + " ppocr (built in), to OCR it");
    }

    /** No system package: the models and ONNX Runtime come in the jars, so this runs wherever the build does. */
    @Test
    void ppOcrLoadsFromItsJarsAndReadsPrintedChineseIntoPlacedCharacters() throws Exception {
        assumeTrue(new File(ScanDrawing.SONG).isFile(), "the AR PL UMing font is not installed");
        OcrEngine rapid = OcrEngine.named("rapidocr");
        assertThat(rapid.available()).as(((RapidOcr) rapid).missingOrNull()).isTrue();
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(22f);
        BufferedImage image = ScanDrawing.image(400, 60, g -> {
            g.setFont(font);
            g.drawString("项目当年预算", 40, 38);
        });

        List<OcrWord> words = rapid.readPage(image, ScanDrawing.SCALE);

        assertThat(words.stream().map(OcrWord::text).collect(Collectors.joining())).isEqualTo("项目当年预算");
        // six characters of 22 px from x = 40 px: each stands within a few pixels of where it was drawn
        for (int i = 0; i < words.size(); i++) {
            assertThat(words.get(i).box().centerX() * ScanDrawing.SCALE).as(words.get(i).text())
                    .isCloseTo(40 + 22 * i + 11, org.assertj.core.data.Offset.offset(6.0));
            assertThat(words.get(i).confidence()).isGreaterThan(0.8);
        }
        List<OcrReading> blocks = rapid.readBlocks(List.of(image));
        assertThat(blocks).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("项目当年预算");
            assertThat(r.confidence()).isBetween(0.8, 1.0);
        });
    }
}
