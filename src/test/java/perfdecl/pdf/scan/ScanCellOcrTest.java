package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.OcrEngine;
import perfdecl.pdf.content.Segment;

class ScanCellOcrTest {

    /** An engine that reads every image it is given as one word covering it, and remembers the image sizes. */
    private static final class Recording extends OcrEngine {
        final List<Rectangle> asked = new ArrayList<>();
        /** The dark pixels of every image given. */
        final List<Integer> ink = new ArrayList<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String missing() {
            return "";
        }

        @Override
        public List<OcrWord> readPage(BufferedImage image, double scale) {
            asked.add(new Rectangle(image.getMinX(), image.getMinY(), image.getWidth(), image.getHeight()));
            int dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    dark += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
                }
            }
            ink.add(dark);
            return List.of(new OcrWord("w" + asked.size(), new Box(0, 0, image.getWidth() / scale,
                    image.getHeight() / scale), 0.9));
        }

        @Override
        public List<OcrReading> readBlocks(List<BufferedImage> images) {
            return List.of();
        }

        @Override
        public double[] rereadEnlargements() {
            return new double[] {1};
        }
    }

    @Test
    void eachInkedCellAndTheTitleAboveTheTableAreReadOnTheirOwnAndTheirWordsPlacedOnThePage() {
        // a title at the top; a table of two cells (x 20–150, 150–280 px, y 60–120 px) with text in the left only
        BufferedImage page = ScanDrawing.image(300, 200, g -> {
            g.fillRect(100, 20, 100, 15);
            g.fillRect(40, 80, 60, 20);
        });
        double s = 2;
        List<Segment> rulings = List.of(new Segment(10, 30, 140, 30), new Segment(10, 60, 140, 60),
                new Segment(10, 30, 10, 60), new Segment(75, 30, 75, 60), new Segment(140, 30, 140, 60));
        Recording engine = new Recording();

        List<OcrWord> words = ScanCellOcr.read(engine, page, rulings, s);

        assertThat(engine.asked).hasSize(2);
        assertThat(words).extracting(OcrWord::text).containsExactly("w1", "w2");
        // the title strip runs across the page above the table; the cell's word lies inside the cell
        assertThat(words.get(0).box().y()).isZero();
        assertThat(words.get(0).box().bottom()).isLessThanOrEqualTo(30);
        Box cell = words.get(1).box();
        assertThat(cell.x()).isGreaterThan(10).isLessThan(12);
        assertThat(cell.right()).isGreaterThan(73).isLessThan(75);
        assertThat(cell.y()).isGreaterThan(30).isLessThan(32);
        assertThat(cell.bottom()).isGreaterThan(58).isLessThan(60);
    }

    @Test
    void theLineBetweenTwoTablesIsReadOnItsOwnAndANarrowGapIsNot() {
        // table 1 at y 10–30 pt, a title at y 40–46 pt, table 2 at y 50–70 pt, table 3 2 pt below at y 72–90 pt
        BufferedImage page = ScanDrawing.image(300, 200, g -> {
            g.fillRect(100, 82, 80, 10);
            g.fillRect(100, 146, 20, 4);
        });
        double s = 2;
        List<Segment> rulings = new ArrayList<>();
        for (double[] t : new double[][] {{10, 30}, {50, 70}, {72, 90}}) {
            rulings.add(new Segment(10, t[0], 140, t[0]));
            rulings.add(new Segment(10, t[1], 140, t[1]));
            rulings.add(new Segment(10, t[0], 10, t[1]));
            rulings.add(new Segment(140, t[0], 140, t[1]));
        }
        Recording engine = new Recording();

        List<OcrWord> words = ScanCellOcr.read(engine, page, rulings, s);

        // only the band between tables 1 and 2 and table 3's cell hold ink; the 2 pt gap is no band of its own
        assertThat(engine.asked).hasSize(2);
        List<Box> read = words.stream().map(OcrWord::box).sorted(java.util.Comparator.comparingDouble(Box::y)).toList();
        assertThat(read.get(0).y()).isGreaterThanOrEqualTo(30).isLessThan(41);
        assertThat(read.get(0).bottom()).isGreaterThan(46).isLessThanOrEqualTo(50);
        assertThat(read.get(1).y()).isGreaterThanOrEqualTo(72);
        assertThat(ScanCellOcr.gaps(List.of(new Box(10, 10, 130, 20), new Box(10, 50, 60, 20),
                new Box(70, 50, 70, 20), new Box(10, 72, 130, 18)), 10, 90))
                .singleElement().satisfies(g -> assertThat(g).containsExactly(30, 50));
    }

    @Test
    void aPageWithoutATableIsReadWhole() {
        BufferedImage page = ScanDrawing.image(300, 200, g -> g.fillRect(40, 80, 60, 20));
        Recording engine = new Recording();

        List<OcrWord> words = ScanCellOcr.read(engine, page, List.of(), 2);

        assertThat(engine.asked).containsExactly(new Rectangle(0, 0, 300, 200));
        assertThat(words).hasSize(1);
    }

    @Test
    void aCellSpanningALostRulingIsReadWithoutTheSmallerCellInItWhichIsReadOnItsOwn() {
        // a two-row table (x 10–140, y 30–90 pt) whose row ruling survived only in the value column (x 75–140) and
        // its column ruling only in the lower row: tabula finds a cell across both rows and columns and the lower
        // value cell inside it; the lower line's ink lies in both and is read once, with the value cell
        BufferedImage page = ScanDrawing.image(300, 200, g -> {
            g.fillRect(30, 70, 240, 10);
            g.fillRect(180, 140, 80, 10);
        });
        List<Segment> rulings = List.of(new Segment(10, 30, 140, 30), new Segment(75, 60, 140, 60),
                new Segment(10, 90, 140, 90), new Segment(10, 30, 10, 90), new Segment(75, 60, 75, 90),
                new Segment(140, 30, 140, 90));
        Box spanning = new Box(10, 30, 130, 60), inside = new Box(75, 60, 65, 30);
        Recording engine = new Recording();

        List<OcrWord> words = ScanCellOcr.read(engine, page, rulings, 2);

        assertThat(perfdecl.pdf.layout.PageLayouter.cellBoxes(rulings)).contains(spanning, inside);
        assertThat(ScanCellOcr.spanning(List.of(spanning, inside))).containsExactly(spanning);
        // the value cell's crop holds the lower line; the spanning cell's only the upper one
        assertThat(engine.asked).hasSize(2);
        assertThat(engine.ink).containsExactly(800, 2400);
        assertThat(words).hasSize(2);
    }
}
