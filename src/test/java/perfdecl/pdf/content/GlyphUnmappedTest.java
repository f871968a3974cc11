package perfdecl.pdf.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;
import perfdecl.pdf.Fixtures;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.PdfGridReader;
import perfdecl.pdf.PdfLimits;
import perfdecl.pdf.scan.TesseractOcr;

/** A font without a ToUnicode map: its glyphs are dropped and reported where they stood, never emitted as garbage. */
class GlyphUnmappedTest {

    private final PdfGridReader reader = new PdfGridReader();

    /** A copy of a shared form whose fonts named in {@code fonts} (all when empty) lose their ToUnicode maps. */
    private static Path withoutToUnicode(Path dir, List<String> fonts) throws Exception {
        Path out = dir.resolve("no-tounicode.pdf");
        try (PDDocument doc = PDDocument.load(Fixtures.input("pdf-form-2").toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    COSDictionary font = res.getFont(name).getCOSObject();
                    if (fonts.isEmpty() || fonts.stream().anyMatch(f -> res.getFontNames() != null
                            && font.getNameAsString(COSName.BASE_FONT, "").startsWith(f))) {
                        font.removeItem(COSName.TO_UNICODE);
                    }
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    @Test
    void glyphsOfAFontWithoutToUnicodeAreDroppedAndNotedWithTheirPlace(@TempDir Path dir) throws Exception {
        // EAAAAA is one of the form's three subset fonts: the others still read
        SourceDocument doc = reader.read(withoutToUnicode(dir, List.of("EAAAAA")));
        FormGrid form = doc.forms().get(0);
        assertThat(form.notes()).isNotEmpty().allSatisfy(n -> {
            assertThat(n.code()).isEqualTo("GLYPH_UNMAPPED");
            assertThat(n.page()).isBetween(1, 2);
            assertThat(n.box()).isNotNull();
            assertThat(n.message()).contains("EAAAAA").contains("no Unicode mapping");
        });
        int notedGlyphs = form.notes().stream().map(ReaderNote::message)
                .mapToInt(m -> Integer.parseInt(m.substring(0, m.indexOf(' ')))).sum();
        assertThat(notedGlyphs).as("one note per run of dropped glyphs, counting them all")
                .isGreaterThan(form.notes().size());
        assertThat(form.rows()).flatMap(r -> r.cells()).extracting(Cell::text)
                .noneMatch(t -> t.indexOf('\uFFFD') >= 0 || t.chars().anyMatch(c -> c < 0x20 && c != '\n'));
    }

    @Test
    void aTextLayerWithoutAnyMappingIsRefusedWithItsReasonWithoutTesseract(@TempDir Path dir) throws Exception {
        PdfGridReader withoutOcr = new PdfGridReader(PdfLimits.STANDARD, new TesseractOcr("/nonexistent/tesseract"));
        Path pdf = withoutToUnicode(dir, List.of());
        assertThatThrownBy(() -> withoutOcr.read(pdf)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("text layer unreadable: ")
                .hasMessageContaining("no Unicode mapping")
                .hasMessageEndingWith("install tesseract-ocr and tesseract-ocr-chi-sim, or choose --ocr ppocr"
                        + " (built in), to OCR it");
    }

    @Test
    void aTextLayerWithoutAnyMappingIsReadByOcrAndSaysSo(@TempDir Path dir) throws Exception {
        assumeTrue(OcrEngine.standard().available(), "the default OCR engine cannot run here");
        SourceDocument doc = reader.read(withoutToUnicode(dir, List.of()));
        assertThat(doc.inputKind()).isEqualTo("pdf-ocr");
        assertThat(doc.forms()).hasSize(1);
        assertThat(doc.forms().get(0).notes()).first().satisfies(n -> {
            assertThat(n.code()).isEqualTo("OCR_PAGES");
            assertThat(n.message()).contains("no Unicode mapping").contains("read from its image by OCR");
        });
    }
}
