package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts back a table whose row rulings a 1-bit copy lost (thin row rules gone to toner dropout while the column
 * rulings stand, broken). Its column rulings are gathered from every vertical run, met by a row ruling or not: the
 * table's two sides whole from their pieces (no text crosses a frame), an inner column ruling from pieces at one
 * place joined where no text crosses the gap between them. Its rows are found from where its text stands: a
 * cell's padding leaves paper above and below its text, so between two rows the whole table is blank across for
 * more than a line's leading; between the lines of one cell only for the leading, and a label centred beside a
 * cell of several lines stands across its gaps. A row ruling is drawn across the table through the middle of every
 * such wide gap, and an inner column ruling carried to the rows its ends stop short of. Two paragraphs of one cell
 * set a blank line apart look like two rows: the rebuilt rows are therefore said ({@code SCAN_ROWS_LOST}).
 */
final class ScanLostRows {

    /**
     * A blank band across the table at least this share of a text line's height parts two rows: a cell's lines stand
     * about half a line apart, two rows (the leading and both cells' padding) more than a line.
     */
    private static final double ROW_GAP = 0.85;
    /** A band of ink lower than this share of a text line is dust of the copy, not a line of text. */
    private static final double SPECK = 0.3;
    /** No line of a form's text is lower than this (points): what is, is dust. */
    private static final double MIN_LINE_PT = 3;
    /** A vertical run shorter than this (points) may be a character's stroke; a column ruling runs a row at least. */
    private static final double MIN_COLUMN_PT = 15;
    /** Pieces of one column ruling stand within this many pixels across it. */
    private static final double SAME_PLACE = 2;
    /** Pixels kept clear of a column ruling's place: the erased ruling's ragged edge. */
    private static final int BESIDE_RULING = 4;
    /** How far beside a column ruling's place (pixels) a character crossing it inks the paper. */
    private static final int CROSSING = 7;

    private ScanLostRows() {
    }

    /**
     * Whether the page lost (nearly) every row rule, as a 1-bit copy's dropout does: row rulings found at fewer than
     * two places down the page. What is left of the one kept (the frame's top, say) comes in pieces along one line,
     * and those are one rule. A page that kept its row rules where only a block of the table has none is not
     * rebuilt: forms print indicator blocks without row rules, and the rows the layout finds there from the text
     * lines are better than bands rebuilt across the block.
     */
    static boolean everyRowLost(List<ScanRulings.Line> lines) {
        return ScanOrientation.rowRulings(lines, (x, y) -> false).size() < 2;
    }

    /**
     * {@code lines} with the table of each column ruling whose rows were lost ({@link ScanRulings#rowlessSides})
     * rebuilt from {@code runs} (every vertical run on the page, {@link ScanRulings#verticalRuns}) and the gaps
     * between its text lines in {@code text} (the page with {@code lines} erased); {@code lines} itself when no
     * table lost its rows.
     */
    static List<ScanRulings.Line> restored(ScanRaster text, List<ScanRulings.Line> lines, List<ScanRulings.Line> runs) {
        List<ScanRulings.Line> out = new ArrayList<>(lines);
        List<ScanRulings.Line> taken = new ArrayList<>();
        int shortest = (int) Math.round(MIN_COLUMN_PT * text.scale);
        List<ScanRulings.Line> all = new ArrayList<>(lines.stream().filter(v -> !v.horizontal()).toList());
        for (ScanRulings.Line run : runs) {
            if (run.to() - run.from() >= shortest && !scannerMark(run, text)
                    && all.stream().noneMatch(p -> Math.abs(p.at() - run.at()) <= SAME_PLACE
                    && p.from() <= run.to() && run.from() <= p.to())) {
                all.add(run);
            }
        }
        for (ScanRulings.Line side : ScanRulings.rowlessSides(withTableSides(lines, runs, text), text.height)) {
            if (taken.contains(side) || scannerMark(side, text)) {
                continue; // a side of a table already rebuilt, or the scanner's
            }
            int long_ = (int) Math.round(ScanRulings.MIN_HORIZONTAL_PT * text.scale);
            List<ScanRulings.Line> beside = all.stream().filter(p -> p.to() - p.from() >= long_
                    && p.from() < side.to() && side.from() < p.to()).toList();
            double left = beside.stream().mapToDouble(ScanRulings.Line::at).min().orElse(side.at());
            double right = beside.stream().mapToDouble(ScanRulings.Line::at).max().orElse(side.at());
            if (right - left < ScanRulings.MIN_HORIZONTAL_PT * text.scale) {
                continue;
            }
            int[] span = sideSpan(all, left, right, side, (int) Math.round(SIDE_GAP * text.height));
            int top = span[0], bottom = span[1];
            List<ScanRulings.Line> inside = all.stream().filter(p -> left - SAME_PLACE <= p.at()
                    && p.at() <= right + SAME_PLACE && p.from() < bottom && top < p.to()).toList();
            taken.addAll(inside);
            List<ScanRulings.Line> columns = joined(text, inside, left, right, top, bottom);
            int l = (int) Math.round(left), r = (int) Math.round(right);
            int line = lineHeight(bands(text, columns, l, r, top, bottom), text.scale);
            if (line == 0) {
                continue;
            }
            out.removeAll(inside);
            List<ScanRulings.Line> rows = new ArrayList<>();
            for (int y : List.of(top, bottom)) {
                rows.add(new ScanRulings.Line(true, y, l, r + 1, 1));
            }
            for (int y : rowGaps(text, columns, l, r, top, bottom, line)) {
                rows.add(new ScanRulings.Line(true, y, l, r + 1, 1));
            }
            // a label merged over several rows stands across their gaps: the rows right of it are parted where a
            // column ruling stands beside the gap, from that ruling on
            List<ScanRulings.Line> inner = columns.stream().filter(c -> l + SAME_PLACE < c.at()
                    && c.at() < r - SAME_PLACE).sorted(Comparator.comparingDouble(ScanRulings.Line::at)).toList();
            for (ScanRulings.Line c : inner) {
                int x = (int) Math.round(c.at());
                for (int y : rowGaps(text, columns, x, r, c.from(), c.to(), line)) {
                    if (rows.stream().noneMatch(h -> Math.abs(h.at() - y) <= line && h.from() <= x + SAME_PLACE)) {
                        rows.add(new ScanRulings.Line(true, y, leftmost(text, columns, l, x, y, line, top, bottom),
                                r + 1, 1));
                    }
                }
            }
            List<Integer> at = rows.stream().map(h -> (int) Math.round(h.at())).toList();
            for (ScanRulings.Line c : columns) {
                out.add(snapped(c, at, line));
            }
            out.addAll(keptPieces(text, runs, columns, inner, rows, line));
            for (ScanRulings.Line h : rows) {
                if (lines.stream().noneMatch(o -> o.horizontal() && Math.abs(o.at() - h.at()) <= BESIDE_RULING
                        && o.from() <= h.from() + BESIDE_RULING && h.to() - BESIDE_RULING <= o.to())) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /**
     * The inner column rulings carried through the rebuilt rows they were not found in where a piece of them stands
     * there: a vertical run at the ruling's place, at least a text line long, inside the row and with paper on both
     * sides of it (a character's stroke has the rest of the character beside it). Dropout leaves such pieces of a
     * ruling too short to be found as one.
     */
    private static List<ScanRulings.Line> keptPieces(ScanRaster text, List<ScanRulings.Line> runs,
                                                     List<ScanRulings.Line> columns, List<ScanRulings.Line> inner,
                                                     List<ScanRulings.Line> rows, int line) {
        List<ScanRulings.Line> out = new ArrayList<>();
        for (double x : inner.stream().map(ScanRulings.Line::at).distinct().toList()) {
            List<Integer> through = rows.stream().filter(h -> h.from() <= x + SAME_PLACE && x - SAME_PLACE <= h.to())
                    .map(h -> (int) Math.round(h.at())).distinct().sorted().toList();
            for (int i = 1; i < through.size(); i++) {
                int top = through.get(i - 1), bottom = through.get(i);
                boolean found = columns.stream().anyMatch(c -> Math.abs(c.at() - x) <= SAME_PLACE
                        && c.from() < bottom - line / 2 && top + line / 2 < c.to());
                java.util.Optional<ScanRulings.Line> piece = runs.stream().filter(p -> Math.abs(p.at() - x)
                        <= SAME_PLACE && top - BESIDE_RULING <= p.from() && p.to() <= bottom + BESIDE_RULING
                        && p.to() - p.from() >= line && !besideInk(text, p)).findFirst();
                if (!found && piece.isPresent()) {
                    out.add(new ScanRulings.Line(false, x, top, bottom, piece.get().thickness()));
                }
            }
        }
        return out;
    }

    /** Whether ink stands just beside the vertical run {@code p} on either side, along its length. */
    private static boolean besideInk(ScanRaster text, ScanRulings.Line p) {
        int x = (int) Math.round(p.at());
        for (int y = p.from(); y <= p.to(); y++) {
            for (int d = BESIDE_RULING; d <= CROSSING; d++) {
                if (text.dark(x - d, y) || text.dark(x + d, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far apart (share of the page's height) two pieces of a table's side may stand and be one side. */
    private static final double SIDE_GAP = 0.15;

    /**
     * Where a row parted at {@code y} right of the column ruling at {@code x} starts: on across each cell to the left
     * whose own text lines stand apart there as two rows' do, since the piece of a column ruling that would have
     * parted them there may be lost too; not into a label merged over the rows, which stands across the gap or ends
     * above it.
     */
    private static int leftmost(ScanRaster text, List<ScanRulings.Line> columns, int left, int x, int y, int line,
                                int top, int bottom) {
        List<Integer> before = new ArrayList<>(columns.stream().map(c -> (int) Math.round(c.at()))
                .filter(a -> left - SAME_PLACE <= a && a < x - SAME_PLACE).distinct().sorted().toList());
        int from = x;
        for (int i = before.size() - 1; i >= 0; i--) {
            int at = before.get(i);
            boolean parted = rowGaps(text, columns, at, from, Math.max(top, y - 3 * line), Math.min(bottom,
                    y + 3 * line), line).stream().anyMatch(g -> Math.abs(g - y) <= line);
            if (!parted) {
                break;
            }
            from = at;
        }
        return from;
    }

    /** The top and bottom of the table whose side is {@code side}: its two sides' pieces, chained down and up. */
    private static int[] sideSpan(List<ScanRulings.Line> all, double left, double right, ScanRulings.Line side,
                                  int gap) {
        int top = side.from(), bottom = side.to();
        for (boolean grew = true; grew; ) {
            grew = false;
            for (ScanRulings.Line p : all) {
                if ((Math.abs(p.at() - left) <= SAME_PLACE || Math.abs(p.at() - right) <= SAME_PLACE)
                        && p.from() <= bottom + gap && top - gap <= p.to() && (p.from() < top || p.to() > bottom)) {
                    top = Math.min(top, p.from());
                    bottom = Math.max(bottom, p.to());
                    grew = true;
                }
            }
        }
        return new int[] {top, bottom};
    }

    /**
     * {@code lines} with the tall vertical runs that meet no row ruling, where two of them (or one and a column
     * ruling found) stand a third of the page apart beside each other: a table's sides with every row rule lost.
     */
    private static List<ScanRulings.Line> withTableSides(List<ScanRulings.Line> lines, List<ScanRulings.Line> runs,
                                                          ScanRaster text) {
        List<ScanRulings.Line> tall = new ArrayList<>(lines.stream().filter(l -> !l.horizontal()
                && l.to() - l.from() >= ScanRulings.TABLE_SIDE * text.height && !scannerMark(l, text)).toList());
        for (ScanRulings.Line run : runs) {
            if (run.to() - run.from() >= ScanRulings.TABLE_SIDE * text.height && !scannerMark(run, text)
                    && tall.stream().noneMatch(t -> Math.abs(t.at() - run.at()) <= SAME_PLACE
                    && t.from() < run.to() && run.from() < t.to())) {
                tall.add(run);
            }
        }
        List<ScanRulings.Line> out = new ArrayList<>(lines);
        for (ScanRulings.Line t : tall) {
            if (!lines.contains(t) && tall.stream().anyMatch(o -> Math.abs(o.at() - t.at()) >= text.width / 3.0
                    && o.from() < t.to() && t.from() < o.to())) {
                out.add(t);
            }
        }
        return out;
    }

    /** A run this close to the image's left or right edge (pixels) lies along the sheet's edge. */
    private static final int SHEET_EDGE = 4;
    /** A hairline running this share of the image's height or more is a scanner's streak. */
    private static final double STREAK_HEIGHT = 0.9;

    /**
     * Whether a vertical run is the scanner's and no side of a table: the dark edge of the sheet along the image's
     * side, or a hairline streak (one pixel wide, nearly the image's height; a printed table keeps a margin above and
     * below). With the page's rows lost nothing else tells the two from a table's sides, and the table built between
     * them parts the page's text into rows of a table that is not there.
     */
    private static boolean scannerMark(ScanRulings.Line v, ScanRaster text) {
        return v.at() < SHEET_EDGE || v.at() > text.width - 1 - SHEET_EDGE
                || v.thickness() <= 1 && v.to() - v.from() >= STREAK_HEIGHT * text.height;
    }

    /**
     * The column pieces joined: all pieces at the table's sides into one each from {@code top} to {@code bottom};
     * the pieces of an inner column ruling at one place where no character crosses the gap between them.
     */
    private static List<ScanRulings.Line> joined(ScanRaster text, List<ScanRulings.Line> pieces, double left,
                                                 double right, int top, int bottom) {
        List<ScanRulings.Line> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(ScanRulings.Line::at).thenComparingInt(ScanRulings.Line::from));
        List<ScanRulings.Line> out = ScanRulings.joinedPieces(sorted, (last, p) -> {
            boolean sideOfTable = Math.abs(p.at() - left) <= SAME_PLACE || Math.abs(p.at() - right) <= SAME_PLACE;
            return Math.abs(last.at() - p.at()) <= SAME_PLACE
                    && (sideOfTable || p.from() <= last.to() || !crossed(text, p.at(), last.to(), p.from()));
        });
        return out.stream().map(c -> Math.abs(c.at() - left) <= SAME_PLACE || Math.abs(c.at() - right) <= SAME_PLACE
                ? new ScanRulings.Line(false, c.at(), top, bottom, c.thickness()) : c).toList();
    }

    /** Whether text crosses the place {@code at} between {@code from} and {@code to}: ink just beside the place. */
    private static boolean crossed(ScanRaster text, double at, int from, int to) {
        int x = (int) Math.round(at);
        for (int y = from; y < to; y++) {
            for (int d = BESIDE_RULING - 1; d <= CROSSING; d++) {
                if (text.dark(x - d, y) && text.dark(x + d, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The column ruling carried to the row ruling nearest each end, within {@code reach}. */
    private static ScanRulings.Line snapped(ScanRulings.Line c, List<Integer> rows, int reach) {
        return new ScanRulings.Line(false, c.at(), nearest(rows, c.from(), reach), nearest(rows, c.to(), reach),
                c.thickness());
    }

    private static int nearest(List<Integer> rows, int end, int reach) {
        int best = end;
        for (int y : rows) {
            if (Math.abs(y - end) <= reach && (best == end || Math.abs(y - end) < Math.abs(best - end))) {
                best = y;
            }
        }
        return best;
    }

    /** The middles of the blank bands between {@code top} and {@code bottom} wide enough to part two rows. */
    static List<Integer> rowGaps(ScanRaster text, List<ScanRulings.Line> columns, int left, int right, int top,
                                 int bottom, int line) {
        List<int[]> lines = bands(text, columns, left, right, top, bottom).stream()
                .filter(b -> b[1] - b[0] >= SPECK * line).toList();
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int gap = lines.get(i)[0] - lines.get(i - 1)[1];
            if (gap >= ROW_GAP * line) {
                out.add((lines.get(i)[0] + lines.get(i - 1)[1]) / 2);
            }
        }
        return out;
    }

    /**
     * Whether the cell between {@code left} and {@code right}, {@code top} and {@code bottom} holds two rows parted
     * at {@code y}: lines of text above and below it, and between the nearest two a blank band across the cell,
     * {@code y} in it, as wide as between two rows ({@link #ROW_GAP}); the dots a 1-bit copy left of a ruling along
     * {@code y} are too low for a line of text and do not count.
     */
    static boolean partedAt(ScanRaster text, List<ScanRulings.Line> columns, int left, int right, int top, int bottom,
                            int y) {
        List<int[]> all = bands(text, columns, left, right, top, bottom);
        int line = lineHeight(all, text.scale);
        if (line == 0) {
            return false;
        }
        int above = -1, below = -1;
        for (int[] b : all) {
            if (b[1] - b[0] < SPECK * line) {
                continue;
            }
            if (b[0] < y && y < b[1]) {
                return false; // a line of text stands across y
            }
            if (b[1] <= y) {
                above = b[1];
            } else if (below < 0) {
                below = b[0];
            }
        }
        return above >= 0 && below >= 0 && below - above >= ROW_GAP * line;
    }

    /** The median height of the bands of ink, those too low for a line of text left out; 0 without two lines. */
    private static int lineHeight(List<int[]> bands, double scale) {
        List<Integer> heights = bands.stream().map(b -> b[1] - b[0]).filter(h -> h >= MIN_LINE_PT * scale)
                .sorted().toList();
        return heights.size() < 2 ? 0 : heights.get(heights.size() / 2);
    }

    /** The bands of pixel rows (from, to) with ink between the table's sides, the column rulings' places left out. */
    private static List<int[]> bands(ScanRaster text, List<ScanRulings.Line> columns, int left, int right, int top,
                                     int bottom) {
        List<int[]> bands = new ArrayList<>();
        int start = -1;
        for (int y = top + BESIDE_RULING; y <= bottom - BESIDE_RULING; y++) {
            boolean ink = y < bottom - BESIDE_RULING && inked(text, columns, left, right, y);
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                bands.add(new int[] {start, y});
                start = -1;
            }
        }
        return bands;
    }

    private static boolean inked(ScanRaster text, List<ScanRulings.Line> columns, int left, int right, int y) {
        for (int x = left + BESIDE_RULING; x <= right - BESIDE_RULING; x++) {
            if (text.dark(x, y) && !onColumn(columns, x, y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether ({@code x}, {@code y}) stands at a column ruling's place, above or below its ends too: the pieces of
     * a ruling dropout left in the rows it was not found through stand across the blank band between them.
     */
    private static boolean onColumn(List<ScanRulings.Line> columns, int x, int y) {
        for (ScanRulings.Line v : columns) {
            if (Math.abs(v.at() - x) <= v.thickness() / 2.0 + BESIDE_RULING) {
                return true;
            }
        }
        return false;
    }
}
