package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanOrientationTest {

    private static BufferedImage page(String pdf, int page) throws IOException {
        try (PDDocument doc = PDDocument.load(new File("src/test/resources/filings/" + pdf + "/input.pdf"))) {
            return ScanPreprocess.prepare(new PDFRenderer(doc).renderImageWithDPI(page - 1, ScanPageLayout.DPI,
                    ImageType.RGB)).text();
        }
    }

    /**
     * The turn found for a page scanned turned {@code scanned} degrees clockwise; {@code sure}: and found surely
     * (a page without rulings whose text is centred in its columns is told only by its dots, unsurely).
     */
    private static int found(BufferedImage upright, int scanned, boolean sure) {
        BufferedImage img = ScanOrientation.turn(upright, scanned);
        ScanOrientation.Turn quarter = ScanOrientation.quarterTurn(new ScanRaster(img, ScanDrawing.SCALE));
        assertThat(quarter.confidence()).isGreaterThanOrEqualTo(ScanOrientation.SURE);
        ScanRaster r = new ScanRaster(ScanOrientation.turn(img, quarter.degrees()), ScanDrawing.SCALE);
        java.util.List<ScanRulings.Line> lines = ScanRulings.find(r);
        ScanRaster cleaned = r.copy();
        ScanRulings.erase(cleaned, lines);
        ScanOrientation.Turn half = ScanOrientation.halfTurn(lines, cleaned);
        if (sure) {
            assertThat(half.confidence()).isGreaterThanOrEqualTo(ScanOrientation.SURE);
        }
        return (quarter.degrees() + half.degrees()) % 360 == 90 && half.degrees() == 180 ? 270
                : (quarter.degrees() + half.degrees()) % 360;
    }

    @ParameterizedTest
    @CsvSource({"pdf-form-1, 1, true", "pdf-form-1, 2, true", "pdf-style-no-rulings-form-2, 1, true",
            "pdf-blind6-office-export-long-three-pages-citygrid-2024, 2, true",
            "pdf-style-no-rulings-form-4, 2, false"})
    void aPageScannedTurnedAnyWayIsTurnedUpright(String pdf, int pageNo, boolean sure) throws IOException {
        BufferedImage upright = page(pdf, pageNo);
        for (int scanned : new int[] {0, 90, 180, 270}) {
            assertThat(found(upright, scanned, sure)).as("scanned turned %d", scanned).isEqualTo((360 - scanned) % 360);
        }
    }
    /**
     * An upright page whose table has many tall column rulings and only a few lines of short text (the indicator
     * page of a form), skewed {@code skew}°: text of 20 px characters with 3 px between them, in three rows.
     */
    private static BufferedImage rulingHeavyPage(double skew) {
        BufferedImage upright = ScanDrawing.image(700, 900, g -> {
            g.setStroke(new java.awt.BasicStroke(2f));
            for (int x = 60; x <= 640; x += 58) {
                g.drawLine(x, 80, x, 840);
            }
            for (int y : new int[] {80, 300, 560, 840}) {
                g.drawLine(60, y, 640, y);
            }
            for (int row : new int[] {150, 420, 700}) {
                for (int x = 70; x < 620; x += 23) {
                    g.fillRect(x, row, 20, 3);
                    g.fillRect(x + 9, row - 8, 3, 20);
                    g.fillRect(x, row + 10, 20, 2);
                }
            }
        });
        return ScanSkew.rotate(upright, ScanSkew.correction(skew, 700, 900));
    }

    @Test
    void aSkewedPageOfManyColumnRulingsAndFewTextLinesIsTakenUprightAndItsQuarterTurnSideways() {
        for (double skew : new double[] {-2.5, 2.5}) {
            BufferedImage page = rulingHeavyPage(skew);
            assertThat(ScanOrientation.quarterTurn(new ScanRaster(page, ScanDrawing.SCALE)).degrees())
                    .as("upright, skewed %s°", skew).isZero();
            assertThat(ScanOrientation.quarterTurn(new ScanRaster(ScanOrientation.turn(page, 90), ScanDrawing.SCALE))
                    .degrees()).as("sideways, skewed %s°", skew).isEqualTo(90);
        }
    }

    @Test
    void aRulingCutOffAtTheScansEdgeStartsAtTheFrameWhereverTheSlantingEdgeCutIt() {
        // upside down, the frame cut at the left and the page deskewed: the full-width rulings start a few pixels
        // apart along the slanting edge, and the rulings of the merged cells' rows start there too and stop inside
        List<ScanRulings.Line> lines = new java.util.ArrayList<>();
        for (int k = 0; k < 8; k++) {
            lines.add(new ScanRulings.Line(true, 100 + 40 * k, 2 + 3 * k, 600, 2));
        }
        for (int k = 8; k < 11; k++) {
            lines.add(new ScanRulings.Line(true, 100 + 40 * k, 2 + 3 * k, 400, 2));
        }

        // against the median start, the first full-width rulings look as if they started inside: upright
        assertThat(ScanOrientation.rulingTurn(lines, ScanDrawing.SCALE).degrees()).isZero();
        ScanOrientation.Turn turn = ScanOrientation.rulingTurn(lines, ScanDrawing.SCALE, (x, y) -> x <= 40);
        assertThat(turn.degrees()).isEqualTo(180);
        assertThat(turn.confidence()).isGreaterThan(0.5);
    }

    @Test
    void aRowRuleFadedIntoPiecesRunsFromItsFirstPieceToItsLast() {
        // upside down (the merged cells on the right): three rows of the frame ruled from 100 to 1000, and between
        // them two rules starting at the frame's left and stopping at 700, where the merged cell begins; a faded
        // 1-bit copy keeps each in pieces, a pixel row up or down, the gaps falling anywhere
        List<ScanRulings.Line> lines = List.of(
                new ScanRulings.Line(true, 200, 100, 330, 2), new ScanRulings.Line(true, 200.5, 360, 420, 1),
                new ScanRulings.Line(true, 201, 560, 1000, 2),
                new ScanRulings.Line(true, 260, 100, 180, 1), new ScanRulings.Line(true, 260.5, 260, 700, 2),
                new ScanRulings.Line(true, 320, 100, 500, 2), new ScanRulings.Line(true, 319.5, 610, 700, 1),
                new ScanRulings.Line(true, 380, 100, 250, 2), new ScanRulings.Line(true, 380, 300, 640, 2),
                new ScanRulings.Line(true, 380.5, 700, 1000, 1),
                new ScanRulings.Line(true, 440, 100, 620, 2), new ScanRulings.Line(true, 440, 640, 1000, 2));

        ScanOrientation.Turn turn = ScanOrientation.rulingTurn(lines, ScanDrawing.SCALE);

        assertThat(turn.degrees()).isEqualTo(180);
        assertThat(turn.confidence()).isGreaterThanOrEqualTo(ScanOrientation.SURE);
    }

    @Test
    void aLineAlongTheScansEdgeIsThePapersBorderAndTellsNothingOfTheTurn() {
        // an upright last page without rulings but the one under its last row, which a shift of the page cut at
        // the left edge; the scanner's lid left a shadow along the top edge and a stub along the bottom edge
        int width = 1240, height = 684;
        List<ScanRulings.Line> lines = List.of(
                new ScanRulings.Line(true, 0.5, 509, 1124, 2),
                new ScanRulings.Line(true, 577, 2, 146, 1), new ScanRulings.Line(true, 580, 162, 1090, 5),
                new ScanRulings.Line(true, 682.5, 91, 227, 2), new ScanRulings.Line(true, 683, 3, 83, 1));

        ScanOrientation.Turn turn = ScanOrientation.rulingTurn(lines, ScanDrawing.SCALE, (x, y) ->
                ScanRulings.atScanEdge(x, y, width, height, new java.awt.geom.AffineTransform(), new int[4]));

        assertThat(turn.confidence()).isLessThan(ScanOrientation.SURE);
    }

    /**
     * A page of amounts without rulings, such as a budget table printed before a form: rows of "1234.56", digits as
     * 12×20 px blocks with a hole, and between them a 4 px decimal point at the foot of the line.
     */
    private static BufferedImage amountsPage() {
        return ScanDrawing.image(700, 900, g -> {
            for (int row = 60; row < 840; row += 40) {
                for (int col = 40; col < 660; col += 160) {
                    int x = col;
                    for (int d = 0; d < 6; d++) {
                        if (d == 4) {
                            g.fillRect(x, row + 16, 4, 4);
                            x += 8;
                        }
                        g.setColor(java.awt.Color.BLACK);
                        g.fillRect(x, row, 12, 20);
                        g.setColor(ScanDrawing.gray(ScanDrawing.PAPER));
                        g.fillRect(x + 3, row + 4, 6, 12);
                        g.setColor(java.awt.Color.BLACK);
                        x += 16;
                    }
                }
            }
        });
    }

    @Test
    void aPageOfAmountsIsToldUprightOrUpsideDownByItsDecimalPointsWithPaperAboveThem() {
        BufferedImage upright = amountsPage();
        ScanOrientation.Turn asScanned = ScanOrientation.dotTurn(new ScanRaster(upright, ScanDrawing.SCALE));
        ScanOrientation.Turn turned = ScanOrientation.dotTurn(
                new ScanRaster(ScanOrientation.turn(upright, 180), ScanDrawing.SCALE));
        // a decimal point low in the line is no upside-down dot of a character: it has no strokes above it
        assertThat(asScanned.degrees()).isZero();
        assertThat(asScanned.confidence()).isGreaterThanOrEqualTo(ScanOrientation.SURE);
        assertThat(turned.degrees()).isEqualTo(180);
        assertThat(turned.confidence()).isGreaterThanOrEqualTo(ScanOrientation.SURE);
    }

    /**
     * Runs of text as solid 16 px tall bars, {@code rows} of them 44 px apart from y 100; {@code runs[r]} gives
     * row r's runs as {x, width} pairs.
     */
    private static ScanRaster runsPage(int[][] runs) {
        return new ScanRaster(ScanDrawing.image(1000, 700, g -> {
            for (int r = 0; r < runs.length; r++) {
                for (int k = 0; k < runs[r].length; k += 2) {
                    g.fillRect(runs[r][k], 100 + 44 * r, runs[r][k + 1], 16);
                }
            }
        }), ScanDrawing.SCALE);
    }

    @Test
    void centredLabelsSharingAnEndByChanceLeaveTheFlushSideUnsure() {
        // four rows of three labels centred on x 150, 450 and 800 (the last rows of an indicator table without
        // rulings): by chance two labels start together once and two pairs end together
        ScanRaster page = runsPage(new int[][] {
                {110, 80, 390, 120, 780, 40},
                {90, 120, 340, 220, 770, 60},
                {100, 100, 370, 160, 750, 100},
                {114, 76, 380, 140, 780, 50}});
        ScanOrientation.Turn flush = ScanOrientation.halfTurn(page);
        assertThat(flush.confidence()).isLessThan(ScanOrientation.SURE);
    }

    @Test
    void runsFlushAtTheirColumnsLeftEdgesAreSurelyUpright() {
        // four rows of values set flush left at x 100, 400 and 700, of any length
        ScanRaster page = runsPage(new int[][] {
                {100, 80, 400, 120, 700, 60},
                {100, 200, 400, 60, 700, 180},
                {100, 120, 400, 220, 700, 90},
                {100, 60, 400, 150, 700, 130}});
        ScanOrientation.Turn flush = ScanOrientation.halfTurn(page);
        assertThat(flush.degrees()).isZero();
        assertThat(flush.confidence()).isGreaterThanOrEqualTo(ScanOrientation.SURE);
        ScanOrientation.Turn turned = ScanOrientation.halfTurn(new ScanRaster(
                ScanOrientation.turn(page.toImage(), 180), ScanDrawing.SCALE));
        assertThat(turned.degrees()).isEqualTo(180);
        assertThat(turned.confidence()).isGreaterThanOrEqualTo(ScanOrientation.SURE);
    }
}
