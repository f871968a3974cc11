package perfdecl.pdf.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.layout.PageLayouter;

/**
 * Chromium fills each border of a collapsed table as a thin rectangle, a row at a time: a single-line row without
 * padding is 13.5 pt high, no longer than a checkbox's side, and its vertical borders must still be rulings.
 */
class ShortHairlinesTest {

    private static final double ROW = 13.5, TOP = 700, LEFT = 50, MID = 150, RIGHT = 300, HAIR = 0.75;

    /** A 2-column table of 4 single-line rows; the left cell of rows 2-4 merged, as 项目当年投入资金构成 is. */
    private static String table() {
        StringBuilder s = new StringBuilder("0 g\n");
        for (int r = 0; r <= 4; r++) {
            double y = TOP - r * ROW;
            // the rules between the merged rows run under the right column only
            double from = r == 2 || r == 3 ? MID : LEFT;
            s.append(rect(from, y, RIGHT - from, HAIR));
        }
        for (int r = 0; r < 4; r++) {
            double bottom = TOP - (r + 1) * ROW;
            for (double x : new double[] {LEFT, MID, RIGHT}) {
                s.append(rect(x, bottom, HAIR, ROW));
            }
        }
        return s.toString();
    }

    private static String rect(double x, double y, double w, double h) {
        return String.format(java.util.Locale.ROOT, "%.2f %.2f %.2f %.2f re f\n", x, y, w, h);
    }

    @Test
    void singleLineRowsOfAFilledBorderTableAreRuledCells() throws Exception {
        List<Box> cells = PageLayouter.cellBoxes(collect(table()).segments());

        assertThat(cells).as("4 right cells, the left cell of row 1 and the merged left cell").hasSize(6);
        assertThat(cells).anySatisfy(b -> {
            assertThat(b.height()).as("the left cell merged over rows 2-4").isCloseTo(3 * ROW, org.assertj.core.data.Offset.offset(1.0));
            assertThat(b.width()).isCloseTo(MID - LEFT, org.assertj.core.data.Offset.offset(1.0));
        });
    }

    @Test
    void aCheckboxDrawnAsFourFilledSidesIsNoRuling() throws Exception {
        String box = rect(400, 600, 8, 0.6) + rect(400, 607.4, 8, 0.6) + rect(400, 600, 0.6, 8)
                + rect(407.4, 600, 0.6, 8);

        PageContent page = collect("0 g\n" + table() + box);

        assertThat(page.segments()).noneMatch(s -> s.x1() > 390);
        assertThat(page.segments()).hasSize(collect(table()).segments().size());
    }

    private static PageContent collect(String content) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
            doc.addPage(page);
            PageContentCollector collector = new PageContentCollector();
            collector.getText(doc);
            return collector.pages().get(0);
        }
    }
}
