package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.OcrWord;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.ScanRaster;

class ScanPhantomQuotesTest {

    /** The drawn line's ink as OCR boxes a word: from its first to its last inked column, in points. */
    private static Box inkBox(ScanRaster r) {
        int x0 = Integer.MAX_VALUE, x1 = -1, y0 = Integer.MAX_VALUE, y1 = -1;
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x++) {
                if (r.inked(x, y)) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return new Box(x0 / r.scale, y0 / r.scale, (x1 + 1 - x0) / r.scale, (y1 + 1 - y0) / r.scale);
    }

    @Test
    void quoteOcrPutBeforeACharacterWithNoMarkDrawnIsDropped() throws Exception {
        ScanRaster line = ScanDrawing.textLine(ScanDrawing.SONG, "完成年度工作", 220);
        OcrWord read = new OcrWord("“完成年度工作", inkBox(line), 0.5);

        OcrWord stripped = ScanPhantomQuotes.strip(read, line);

        assertThat(stripped.text()).isEqualTo("完成年度工作");
        // the characters left keep the places they had: the dropped mark's share of the box goes with it
        assertThat(stripped.box().x()).isCloseTo(read.box().x() + read.box().width() / 7, within(0.01));
        assertThat(stripped.box().right()).isCloseTo(read.box().right(), within(0.01));
    }

    @Test
    void quoteOcrPutAfterALabelWithNoMarkDrawnIsDropped() throws Exception {
        ScanRaster line = ScanDrawing.textLine(ScanDrawing.SONG, "项目名称", 160);
        OcrWord read = new OcrWord("项目名称”", inkBox(line), 0.5);

        assertThat(ScanPhantomQuotes.strip(read, line).text()).isEqualTo("项目名称");
    }

    @Test
    void quoteThatIsDrawnStays() throws Exception {
        ScanRaster line = ScanDrawing.textLine(ScanDrawing.SONG, "“激活课堂”", 220);
        OcrWord read = new OcrWord("“激活课堂”", inkBox(line), 0.9);

        assertThat(ScanPhantomQuotes.strip(read, line).text()).isEqualTo("“激活课堂”");
    }

    @Test
    void drawnQuoteJustOutsideTheWordsBoxStays() throws Exception {
        // OCR boxed "”师资" from 师 on: the mark it read stands just before the box
        ScanRaster line = ScanDrawing.textLine(ScanDrawing.SONG, "教师”师资", 200);
        Box all = inkBox(line);
        double charWidth = 21 / line.scale;
        Box fromShi = new Box(all.right() - 2 * charWidth, all.y(), 2 * charWidth, all.height());

        assertThat(ScanPhantomQuotes.strip(new OcrWord("”师资", fromShi, 0.9), line).text()).isEqualTo("”师资");
    }
}
