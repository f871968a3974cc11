package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.repair.ScanTextLine;

class ScanStrokeWeightTest {

    /** A paper page with one vertical hairline at x = 10: one pixel wide and only mid-gray, as a clean render has it. */
    private static BufferedImage hairline() {
        return ScanDrawing.image(30, 20, g -> {
            g.setColor(ScanDrawing.gray(120));
            g.fillRect(10, 2, 1, 16);
        });
    }

    @Test
    void hairlineIsWidenedByOnePixelAndKeepsItsDarkness() {
        BufferedImage thick = ScanStrokeWeight.thicken(hairline());

        int[] row = thick.getRaster().getSamples(0, 10, 30, 1, 0, new int[30]);
        assertThat(row[9]).isEqualTo(120);
        assertThat(row[10]).isEqualTo(120);
        assertThat(row[8]).isEqualTo(ScanDrawing.PAPER);
        assertThat(row[11]).isEqualTo(ScanDrawing.PAPER);
        // the stroke grows one pixel up as well (each pixel takes the darkest of the square it begins)
        assertThat(thick.getRaster().getSample(10, 1, 0)).isEqualTo(120);
        assertThat(thick.getRaster().getSample(10, 0, 0)).isEqualTo(ScanDrawing.PAPER);
    }

    @Test
    void widenedStrokesGrowSidewaysOnlySoTheGapBetweenTwoLinesStays() {
        // two horizontal hairlines two pixels apart, as the lines of a tight two-line cell nearly touch
        BufferedImage lines = ScanDrawing.image(30, 20, g -> {
            g.setColor(ScanDrawing.gray(120));
            g.fillRect(5, 8, 20, 1);
            g.fillRect(5, 11, 20, 1);
        });

        BufferedImage wide = ScanStrokeWeight.widen(lines);
        BufferedImage thick = ScanStrokeWeight.thicken(lines);

        assertThat(wide.getRaster().getSample(4, 8, 0)).isEqualTo(120);
        assertThat(wide.getRaster().getSample(15, 7, 0)).isEqualTo(ScanDrawing.PAPER);
        assertThat(wide.getRaster().getSample(15, 9, 0)).isEqualTo(ScanDrawing.PAPER);
        assertThat(wide.getRaster().getSample(15, 10, 0)).isEqualTo(ScanDrawing.PAPER);
        // thickened, the lower line reaches up into the gap
        assertThat(thick.getRaster().getSample(15, 10, 0)).isEqualTo(120);
    }

    @Test
    void theImageGivenIsLeftAsItIs() {
        BufferedImage page = hairline();

        ScanStrokeWeight.thicken(page);

        assertThat(page.getRaster().getSample(9, 10, 0)).isEqualTo(ScanDrawing.PAPER);
        assertThat(page.getRaster().getSample(10, 10, 0)).isEqualTo(120);
    }

    @Test
    void songTextGainsDarkPixelsWithoutItsCharactersRunningTogether() throws Exception {
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(ScanDrawing.SONG)).deriveFont(21f);
        BufferedImage line = ScanDrawing.image(200, 40, g -> {
            g.setFont(font);
            g.drawString("资金用途", 10, 28);
        });
        ScanRaster thin = new ScanRaster(line, ScanDrawing.SCALE);
        ScanRaster thick = new ScanRaster(ScanStrokeWeight.thicken(line), ScanDrawing.SCALE);
        Box cell = new Box(0, 0, 200 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);

        assertThat(thick.ink(0, 0, 200, 40)).isGreaterThan(thin.ink(0, 0, 200, 40) * 1.3);
        assertThat(ScanTextLine.in(thick, cell).glyphs()).hasSize(4);
        assertThat(ScanTextLine.in(thin, cell).glyphs()).hasSize(4);
    }

    @Test
    void onlyPagesDrawnInVectorsCountAsVectorPages() {
        ScanTextLayer.Page vector = new ScanTextLayer.Page(1, 595, 842, 0.0, 0, 0, List.of());
        ScanTextLayer.Page logo = new ScanTextLayer.Page(1, 595, 842, 0.1, 0, 0, List.of());
        ScanTextLayer.Page scan = new ScanTextLayer.Page(1, 595, 842, 0.98, 0, 0, List.of());

        assertThat(ScanPageLayout.isVectorPage(vector)).isTrue();
        assertThat(ScanPageLayout.isVectorPage(logo)).isTrue();
        assertThat(ScanPageLayout.isVectorPage(scan)).isFalse();
    }
}
