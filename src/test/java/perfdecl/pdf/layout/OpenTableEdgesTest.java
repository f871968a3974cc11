package perfdecl.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.content.Segment;

class OpenTableEdgesTest {

    /** Three columns (x 50, 150, 400, 550) of rows ruled at {@code rules}, the verticals running from top to bottom. */
    private static List<Segment> table(double top, double bottom, double... rules) {
        List<Segment> s = new ArrayList<>();
        for (double x : new double[] {50, 150, 400, 550}) {
            s.add(new Segment(x, top, x, bottom));
        }
        for (double y : rules) {
            s.add(new Segment(50, y, 550, y));
        }
        return s;
    }

    @Test
    void theFirstRowOfATableContinuedOnANewPageWithoutItsTopBorderIsRuled() {
        // the page break left the row at 45-67 without the border above it
        List<Segment> segments = table(45, 124, 67, 102, 124);
        assertThat(PageLayouter.cellBoxes(segments)).noneMatch(b -> b.y() < 50);

        List<Box> cells = PageLayouter.cellBoxes(OpenTableEdges.closed(segments));

        assertThat(cells).filteredOn(b -> Math.abs(b.y() - 45) < 1).hasSize(3);
        assertThat(cells).hasSize(9);
    }

    @Test
    void aTableWithAllItsBordersIsLeftAsItIs() {
        List<Segment> segments = table(45, 124, 45, 67, 102, 124);

        assertThat(OpenTableEdges.closed(segments)).isEqualTo(segments);
    }

    @Test
    void twoVerticalsStartingTogetherAreNoTable() {
        List<Segment> segments = List.of(new Segment(50, 45, 50, 90), new Segment(150, 45, 150, 90),
                new Segment(50, 90, 150, 90));

        assertThat(OpenTableEdges.closed(segments)).isEqualTo(segments);
    }

    @Test
    void aRowBrokenAtThePageFootIsClosedWhereItsTallerCellsWereLeftOpen() {
        // chromium closed the one-line cells of the last row (x 150-550) and left the wrapped one (50-150) open
        List<Segment> segments = new ArrayList<>(table(45, 124, 45, 67, 102));
        segments.add(new Segment(150, 124, 550, 124));

        List<Segment> closed = OpenTableEdges.closed(segments);

        assertThat(closed).hasSize(segments.size() + 1);
        assertThat(closed.get(closed.size() - 1)).isEqualTo(new Segment(50, 124, 150, 124));
        assertThat(PageLayouter.cellBoxes(closed)).filteredOn(b -> Math.abs(b.y() - 102) < 1).hasSize(3);
    }

    @Test
    void aRowBorderBesideAMergedCellIsNoTableEdge() {
        // verticals drawn row by row; the first column's cell is merged over both rows, so its border stops at x 150
        List<Segment> segments = new ArrayList<>();
        for (double x : new double[] {50, 150, 400, 550}) {
            segments.add(new Segment(x, 45, x, 67));
            segments.add(new Segment(x, 67, x, 90));
        }
        segments.add(new Segment(50, 45, 550, 45));
        segments.add(new Segment(150, 67, 550, 67));
        segments.add(new Segment(50, 90, 550, 90));

        assertThat(OpenTableEdges.closed(segments)).isEqualTo(segments);
    }
}
