package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of a table drawn without rulings: cells whose text overlaps vertically share a row band, and a cell
 * merged over several rows is placed in the first row it covers. Without rulings a merged cell is seen only by its
 * text: one that overlaps two rows of another column standing apart spans them; one vertically centred over rows
 * whose cells in its column are empty spans the rows around it that it is centred on (as a ruled merged cell's
 * text is centred between its top and bottom rulings).
 */
final class RowBands {

    /** Vertical overlap, in ems, below which two cells are in different rows. */
    private static final double MIN_OVERLAP = 0.2;

    /** Space, in ems, between two cells one above the other beyond the page's line spacing that puts them in different rows. */
    private static final double ROW_GAP = 0.15;

    /** How far, in ems, the tops, middles or bottoms of two cells of one row may differ. */
    private static final double ALIGNED = 0.3;

    /** How much wider, in ems, than the usual space between rows the space around a cell squeezed between them may be. */
    private static final double SQUEEZE_SLACK = 0.5;

    /** How far, in ems, a merged cell's text may sit from the middle of the rows it spans. */
    private static final double CENTRE_TOLERANCE = 0.5;

    private RowBands() {
    }

    /** One row band: its vertical extent and the cells whose text overlaps it. */
    record Band(double top, double bottom, List<TextBlock> members) {
    }

    /** A cell placed on the bands: its text is in band {@code first}, the cell reaches down to band {@code last}. */
    record Placed(TextBlock block, int first, int last) {
    }

    /**
     * Bands top to bottom, from the cells that do not span rows: such a cell is a member of the band it joined, a
     * spanning cell of each band it overlaps.
     */
    static List<Band> bands(List<TextBlock> blocks, double pitch) {
        List<TextBlock> single = new ArrayList<>();
        List<TextBlock> spanning = new ArrayList<>();
        for (TextBlock b : blocks) {
            (spansRows(b, blocks, pitch) ? spanning : single).add(b);
        }
        single.sort(Comparator.comparingDouble(b -> b.top()));
        List<Extent> extents = new ArrayList<>();
        for (TextBlock b : single) {
            Extent last = extents.isEmpty() ? null : extents.get(extents.size() - 1);
            if (last != null && b.top() < last.bottom - MIN_OVERLAP * b.em() && last.takes(b)) {
                last.add(b);
            } else {
                extents.add(new Extent(b));
            }
        }
        for (TextBlock b : spanning) {
            boolean covers = extents.stream().anyMatch(e -> overlap(b, e.top, e.bottom) > MIN_OVERLAP * b.em());
            if (!covers) {
                extents.add(new Extent(b.top(), b.bottom()));
            }
        }
        extents.sort(Comparator.comparingDouble(e -> e.top));
        List<Band> out = new ArrayList<>();
        for (Extent e : extents) {
            List<TextBlock> members = new ArrayList<>();
            for (TextBlock b : blocks) {
                boolean own = e.cells.stream().anyMatch(o -> o == b);
                boolean reaches = overlap(b, e.top, e.bottom) > MIN_OVERLAP * b.em()
                        || (b.top() >= e.top && b.bottom() <= e.bottom);
                if (own || (reaches && (e.cells.isEmpty() || spanning.stream().anyMatch(o -> o == b)))) {
                    members.add(b);
                }
            }
            out.add(new Band(e.top, e.bottom, members));
        }
        return out;
    }

    /** The vertical range of a band while it is built, and the cells that do not span rows in it. */
    private static final class Extent {
        private double top, bottom;
        private final List<TextBlock> cells = new ArrayList<>();

        Extent(double top, double bottom) {
            this.top = top;
            this.bottom = bottom;
        }

        Extent(TextBlock b) {
            this(b.top(), b.bottom());
            cells.add(b);
        }

        void add(TextBlock b) {
            cells.add(b);
            bottom = Math.max(bottom, b.bottom());
        }

        /**
         * Whether an overlapping cell shares this row: it lies inside the row, or is aligned with one of its cells
         * (tops, middles or bottoms level). A merged cell centred between two rows overlaps both when the rows are
         * set close, but stands out of each and is aligned with neither.
         */
        boolean takes(TextBlock b) {
            double tolerance = ALIGNED * b.em();
            if (b.top() >= top - tolerance && b.bottom() <= bottom + tolerance) {
                return true;
            }
            for (TextBlock o : cells) {
                if (Math.abs(o.top() - b.top()) <= tolerance || Math.abs(o.bottom() - b.bottom()) <= tolerance
                        || Math.abs(o.centerY() - b.centerY()) <= tolerance) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether the cell overlaps two shorter cells of one column that stand apart vertically by more than the line
     * spacing (so lie in two rows); {@code pitch} is the page's line pitch in ems. Cells of different columns say
     * nothing about rows: one of them may be a merged cell centred between rows.
     */
    static boolean spansRows(TextBlock b, List<TextBlock> blocks, double pitch) {
        List<TextBlock> beside = new ArrayList<>();
        for (TextBlock o : blocks) {
            if (o != b && o.height() < b.height() - 0.1 * b.em() && b.verticalOverlap(o) > MIN_OVERLAP * b.em()) {
                beside.add(o);
            }
        }
        for (int i = 0; i < beside.size(); i++) {
            for (int j = i + 1; j < beside.size(); j++) {
                if (beside.get(i).overlapsHorizontally(beside.get(j))
                        && beside.get(i).verticalOverlap(beside.get(j)) < -(pitch - 1 + ROW_GAP) * b.em()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Places every cell on the bands: a cell spans the bands it overlaps, widened over the empty bands of its
     * columns above and below when its text is centred on the widened range; cells are taken top to bottom and a
     * band a cell spans is no longer empty for the cells after it.
     */
    static List<Placed> place(List<Band> bands, List<TextBlock> blocks, ColumnSlots slots) {
        // cells that certainly span rows claim their bands first, so a lone heading cannot widen into them
        List<TextBlock> order = new ArrayList<>(blocks);
        order.sort(Comparator.comparing((TextBlock b) -> bandsOf(bands, b) < 2).thenComparingDouble(b -> b.top()));
        List<List<int[]>> claimed = new ArrayList<>();
        bands.forEach(b -> claimed.add(new ArrayList<>()));
        boolean[] squeezed = new boolean[bands.size()];
        for (int k = 0; k < bands.size(); k++) {
            squeezed[k] = betweenRows(bands, k, slots);
        }
        List<Placed> out = new ArrayList<>();
        for (TextBlock b : order) {
            int i = -1, j = -1;
            for (int k = 0; k < bands.size(); k++) {
                if (isMember(bands.get(k), b)) {
                    i = i < 0 ? k : i;
                    j = k;
                }
            }
            if (i < 0) {
                continue;
            }
            int lo = slots.first(b), hi = slots.last(b);
            int up = i, down = j;
            while (up > 0 && free(bands.get(up - 1), squeezed[up - 1], claimed.get(up - 1), b, lo, hi, slots)) {
                up--;
            }
            while (down < bands.size() - 1
                    && free(bands.get(down + 1), squeezed[down + 1], claimed.get(down + 1), b, lo, hi, slots)) {
                down++;
            }
            int first = i, last = j;
            double centre = b.centerY(), tolerance = CENTRE_TOLERANCE * b.em();
            // widened one way only when the cell's lines stand between the lines of its row: a cell on the row's
            // line grid (say the first line of a two-line row) is not taken for one centred on it and a neighbour
            boolean offGrid = offGrid(b, bands, i, j);
            // bounded above by a cell of its column (a header, the group before), a merged cell takes the widest
            // range it is centred on; open to the top of the page, the rows above it may continue a cell from the
            // previous page, so it takes the narrowest
            boolean openAbove = up == 0;
            for (int n = 0; n <= i - up; n++) {
                int s = openAbove ? i - n : up + n;
                int bestEnd = -1;
                double best = Double.MAX_VALUE;
                for (int e = j; e <= down; e++) {
                    // a merged cell reaches through a cell squeezed between rows but neither begins nor ends there
                    if ((s == i && e == j) || (!offGrid && (s == i || e == j)) || (s < i && squeezed[s])
                            || (e > j && squeezed[e])) {
                        continue;
                    }
                    double err = Math.abs(centre - (bands.get(s).top() + bands.get(e).bottom()) / 2);
                    if (err < best) {
                        best = err;
                        bestEnd = e;
                    }
                }
                if (best <= tolerance) {
                    first = s;
                    last = bestEnd;
                    break;
                }
            }
            if ((first < i || last > j) && !besideCoversToo(b, bands, i, j, first, last, slots)) {
                first = i;
                last = j;
            }
            for (int k = first; k <= last; k++) {
                claimed.get(k).add(new int[] {lo, hi});
            }
            out.add(new Placed(b, first, last));
        }
        return out;
    }

    /**
     * Whether the cell level with {@code b} on its left could be merged over the rows {@code b} is to be widened
     * over: its columns hold no other text in them. A merged cell's neighbours on the left are merged over at
     * least its rows (the hierarchy columns of an indicator table, a label over a block of rows), so a value
     * beside a one-row label is a one-row value, however empty its column is above and below (a value after a
     * label in the table's middle, under a wide cell and over a row that leaves the column empty).
     */
    private static boolean besideCoversToo(TextBlock b, List<Band> bands, int i, int j, int first, int last,
                                           ColumnSlots slots) {
        TextBlock beside = null;
        for (int k = i; k <= j; k++) {
            for (TextBlock o : bands.get(k).members()) {
                if (o != b && slots.last(o) < slots.first(b) && level(o, b)
                        && (beside == null || o.box().right() > beside.box().right())) {
                    beside = o;
                }
            }
        }
        if (beside == null) {
            return true;
        }
        int lo = slots.first(beside), hi = slots.last(beside);
        for (int k = first; k <= last; k++) {
            if (k >= i && k <= j) {
                continue;
            }
            for (TextBlock o : bands.get(k).members()) {
                if (o != b && o != beside && slots.first(o) <= hi && lo <= slots.last(o)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a line of one cell is level with a line of the other. */
    private static boolean level(TextBlock a, TextBlock b) {
        for (TextChunk mine : a.chunks()) {
            for (TextChunk theirs : b.chunks()) {
                if (Math.abs(mine.mid() - theirs.mid()) < 0.2 * Math.max(mine.em(), theirs.em())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether none of the cell's lines is level with a line of another cell in the bands it overlaps. */
    private static boolean offGrid(TextBlock b, List<Band> bands, int i, int j) {
        for (int k = i; k <= j; k++) {
            for (TextBlock o : bands.get(k).members()) {
                if (o != b && level(b, o)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int bandsOf(List<Band> bands, TextBlock b) {
        return (int) bands.stream().filter(band -> isMember(band, b)).count();
    }

    private static boolean isMember(Band band, TextBlock b) {
        return band.members().stream().anyMatch(o -> o == b);
    }

    /**
     * Whether a band is empty in the cell's columns. A band of a single cell is a row of its own (a heading
     * or a full-width row), which a merged cell does not reach through, unless the cell is {@code squeezed}
     * between two rows: a merged cell of its own column centred between them, which set a band of its own only
     * because it overlaps neither.
     */
    private static boolean free(Band band, boolean squeezed, List<int[]> claims, TextBlock b, int lo, int hi,
                                ColumnSlots slots) {
        if (band.members().size() < 2 && !squeezed) {
            return false;
        }
        for (int[] c : claims) {
            if (c[0] <= hi && lo <= c[1]) {
                return false;
            }
        }
        for (TextBlock o : band.members()) {
            if (o != b && slots.first(o) <= hi && lo <= slots.last(o)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether band {@code k} holds a single cell of one column squeezed between two table rows: the rows above and
     * below it stand no further apart than the page's table rows usually do, so the cell adds no row of its own (a
     * heading between rows sets them a row further apart).
     */
    private static boolean betweenRows(List<Band> bands, int k, ColumnSlots slots) {
        if (bands.get(k).members().size() != 1 || k == 0 || k == bands.size() - 1
                || bands.get(k - 1).members().size() < 2 || bands.get(k + 1).members().size() < 2) {
            return false;
        }
        TextBlock lone = bands.get(k).members().get(0);
        List<Double> gaps = new ArrayList<>();
        for (int n = 0; n + 1 < bands.size(); n++) {
            if (bands.get(n).members().size() > 1 && bands.get(n + 1).members().size() > 1) {
                gaps.add(bands.get(n + 1).top() - bands.get(n).bottom());
            }
        }
        if (gaps.isEmpty() || slots.first(lone) != slots.last(lone)) {
            return false;
        }
        gaps.sort(Double::compare);
        double usual = gaps.get(gaps.size() / 2);
        return bands.get(k + 1).top() - bands.get(k - 1).bottom() <= usual + SQUEEZE_SLACK * lone.em();
    }

    private static double overlap(TextBlock b, double top, double bottom) {
        return Math.min(b.bottom(), bottom) - Math.max(b.top(), top);
    }
}
