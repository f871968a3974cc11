package perfdecl.pdf.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the table rulings of a deskewed page image: long runs of line pixels, horizontal and vertical, with small
 * gaps bridged (noise and JPEG eat pixels out of a printed line), merged over the few pixel rows a line is thick.
 * A thin ruling scaled down from the scan is much lighter than text, so a line pixel is a dark one or a faint
 * ridge: clearly darker than the pixels two away across the line. Characters are too short to pass (a horizontal
 * ruling runs at least 30 pt, a vertical one 12 pt), and a run through a line of text is refused because text
 * has ink right beside it where a ruling has paper. A frame drawn double (two lines 1.5 pt apart) is one ruling.
 */
final class ScanRulings {

    static final double MIN_HORIZONTAL_PT = 30, MIN_VERTICAL_PT = 12;
    /** Noise and JPEG leave gaps of a pixel or two in a printed line; characters stand three or more apart. */
    private static final int GAP = 2;
    private static final double MAX_THICKNESS_PT = 3.5;
    /**
     * A frame drawn double has its two lines 1.5 pt apart, two pixel rows of paper between them: they are one
     * ruling, and apart each would fail {@link #clearBeside} on the other's ink.
     */
    private static final int APART = 2;

    private ScanRulings() {
    }

    /** A ruling in pixels: {@code at} is its y (horizontal) or x (vertical), {@code from..to} its extent. */
    record Line(boolean horizontal, double at, int from, int to, int thickness) {
    }

    static List<Line> find(ScanRaster r) {
        return withFaintRows(r, ruled(r));
    }

    /**
     * The rulings printed dark enough for the ordinary ridge, without {@link #faintRows}: what tells which way up a
     * page stands, which a light rule found on a page read upside down would sway.
     */
    static List<Line> ruled(ScanRaster r) {
        List<Line> horizontal = scan(r, true, RIDGE).stream().filter(l -> !edgeToEdge(l, r.width)).toList();
        List<Line> out = new ArrayList<>(horizontal);
        int reach = Math.max(4, (int) Math.round(2 * r.scale));
        List<Line> vertical = new ArrayList<>();
        int shortest = (int) Math.round(MIN_HORIZONTAL_PT * r.scale);
        for (Line v : scan(r, false, RIDGE).stream().filter(l -> !edgeToEdge(l, r.height)).toList()) {
            // a vertical ruling meets a horizontal one; a tall stroke of a title character meets nothing, or, in a
            // title cell ruled round as tight as a spreadsheet's gridlines, stops short of them
            boolean meets = v.to() - v.from() >= shortest ? horizontal.stream().anyMatch(h -> meet(h, v, reach))
                    : horizontal.stream().anyMatch(h -> touch(h, v, reach));
            if (meets) {
                vertical.add(v);
            }
        }
        out.addAll(vertical);
        return out;
    }

    /**
     * The rulings with the row rules printed light ({@link #faintRows}) added, the pieces of one ruling joined
     * ({@link #joinedAcross}) and each row rule carried on to the column ruling its faint ridge reaches.
     */
    static List<Line> withFaintRows(ScanRaster r, List<Line> ruled) {
        int reach = Math.max(4, (int) Math.round(2 * r.scale));
        List<Line> faint = faintRows(r, ruled.stream().filter(Line::horizontal).toList(),
                ruled.stream().filter(l -> !l.horizontal()).toList(), reach);
        List<Line> out = new ArrayList<>(ruled.stream().filter(l -> faint.stream().noneMatch(f -> along(l, f, reach)
                && f.from() - reach <= l.from() && l.to() <= f.to() + reach)).toList());
        out.addAll(faint);
        List<Line> joined = reachingAcross(r, bridgedDropout(r, joinedAcross(r, out, reach), reach), reach);
        List<Line> vertical = joined.stream().filter(l -> !l.horizontal()).toList();
        List<Line> rulings = joined.stream().map(l -> l.horizontal() ? toColumns(r, l, vertical, reach) : l).toList();
        List<Line> columns = columnsOfJoinedRows(r, ruled, rulings, reach);
        if (columns.isEmpty()) {
            return rulings;
        }
        // each runs from one row rule to another already: joined again, its ends would be carried past them
        List<Line> all = new ArrayList<>(rulings);
        all.addAll(columns);
        return all;
    }

    /**
     * The column rulings {@link #ruled} left out for meeting no row ruling, which meet the row rulings once their
     * pieces are joined: ink faded unevenly over the page, or a seal's clearing, leaves the row rules in pieces that
     * stop short of a light column ruling, and the column went with them (its cells' labels and values read as one).
     * A run at least a row rule's least length long is a column ruling where it starts and ends on joined row
     * rulings: a character's stroke stands in a cell's padding, clear of both.
     */
    private static List<Line> columnsOfJoinedRows(ScanRaster r, List<Line> ruled, List<Line> joined, int reach) {
        List<Line> rows = joined.stream().filter(Line::horizontal).toList();
        int shortest = (int) Math.round(MIN_HORIZONTAL_PT * r.scale);
        List<Line> out = new ArrayList<>();
        for (Line v : verticalRuns(r)) {
            if (v.to() - v.from() < shortest || ruled.contains(v)) {
                continue;
            }
            if (rows.stream().anyMatch(h -> endsOn(v, v.from(), h, reach))
                    && rows.stream().anyMatch(h -> endsOn(v, v.to(), h, reach))) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * The pieces, sorted by their place across, joined: each goes on with the ruling before it when
     * {@code joins} takes the two (that ruling so far, the piece) for one, which then runs from the earlier start
     * to the later end at the first piece's place.
     */
    static List<Line> joinedPieces(List<Line> pieces, java.util.function.BiPredicate<Line, Line> joins) {
        List<Line> out = new ArrayList<>();
        for (Line p : pieces) {
            Line q = out.isEmpty() ? null : out.get(out.size() - 1);
            if (q != null && joins.test(q, p)) {
                out.set(out.size() - 1, new Line(q.horizontal(), q.at(), Math.min(q.from(), p.from()),
                        Math.max(q.to(), p.to()), Math.max(q.thickness(), p.thickness())));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** How far apart (pixels) two pieces of one ruling may stand across it: a thin line drifting a row. */
    private static final double SAME_LINE = 1.5;

    /**
     * The rulings with the pieces of one ruling joined: a light ruling is found by its ridge, which it loses
     * where it crosses a ruling the other way (ink, not paper, beside it there), so that it comes in pieces
     * from one crossing to the next, a pixel row up or down from each other where the scan's line drifts. The
     * table's cells are found from rulings that run on through their corners at one position: pieces along one
     * line (within {@link #SAME_LINE}) that overlap, touch within {@link #GAP}, or stand apart no further than a
     * ruling across the gap is thick, with that ruling in it, are one ruling, at their length-weighted position.
     */
    static List<Line> joinedAcross(ScanRaster r, List<Line> lines, int reach) {
        int near = (int) Math.round(NEAR_PT * r.scale);
        // the piece goes on with the line whose end stands nearest before it; a piece bridged to an earlier line
        // may leave a later one overlapping it: one ruling all the same
        return joinedAlong(lines, (q, p, across) -> joins(r, q, p, across, reach, near), true);
    }

    /** Whether piece {@code p}, starting no earlier than line {@code q} along the same line, goes on with it. */
    private interface GoesOn {
        boolean test(Line q, Line p, List<Line> across);
    }

    /**
     * The rulings with each piece joined to the line along the same place (within {@link #SAME_LINE}) whose end
     * stands nearest before it where {@code goesOn} says so, at their length-weighted position; with
     * {@code overlapping}, lines the joining left overlapping are one too. Each joined ruling keeps the place of
     * its first piece in the list, so the order stays as found.
     */
    private static List<Line> joinedAlong(List<Line> lines, GoesOn goesOn, boolean overlapping) {
        java.util.Map<Line, Integer> place = new java.util.IdentityHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            place.put(lines.get(i), i);
        }
        List<Line> out = new ArrayList<>();
        for (boolean horizontal : new boolean[] {true, false}) {
            List<Line> across = lines.stream().filter(l -> l.horizontal() != horizontal).toList();
            List<Line> pieces = new ArrayList<>(lines.stream().filter(l -> l.horizontal() == horizontal).toList());
            pieces.sort(java.util.Comparator.comparingInt(Line::from).thenComparingInt(Line::to));
            List<Line> joined = new ArrayList<>();
            for (Line p : pieces) {
                int best = -1;
                for (int i = 0; i < joined.size(); i++) {
                    Line q = joined.get(i);
                    if (Math.abs(q.at() - p.at()) <= SAME_LINE && (best < 0 || q.to() > joined.get(best).to())
                            && goesOn.test(q, p, across)) {
                        best = i;
                    }
                }
                if (best < 0) {
                    joined.add(p);
                } else {
                    Line q = joined.get(best);
                    int lq = q.to() - q.from() + 1, lp = p.to() - p.from() + 1;
                    double at = Math.round(2 * (q.at() * lq + p.at() * lp) / (lq + lp)) / 2.0;
                    Line both = new Line(horizontal, at, Math.min(q.from(), p.from()), Math.max(q.to(), p.to()),
                            Math.max(q.thickness(), p.thickness()));
                    place.put(both, Math.min(place.get(q), place.get(p)));
                    joined.set(best, both);
                }
            }
            for (boolean merged = overlapping; merged; ) {
                merged = false;
                for (int i = 0; i < joined.size() && !merged; i++) {
                    for (int j = i + 1; j < joined.size() && !merged; j++) {
                        Line a = joined.get(i), b = joined.get(j);
                        if (Math.abs(a.at() - b.at()) <= SAME_LINE && a.from() <= b.to() && b.from() <= a.to()) {
                            Line both = new Line(horizontal, a.to() - a.from() >= b.to() - b.from() ? a.at() : b.at(),
                                    Math.min(a.from(), b.from()), Math.max(a.to(), b.to()),
                                    Math.max(a.thickness(), b.thickness()));
                            place.put(both, Math.min(place.get(a), place.get(b)));
                            joined.set(i, both);
                            joined.remove(j);
                            merged = true;
                        }
                    }
                }
            }
            out.addAll(joined);
        }
        if (out.size() == lines.size()) {
            return lines;
        }
        out.sort(java.util.Comparator.comparingInt(place::get));
        return out;
    }

    /** A gap of plain paper this long (points) in a ruling, left by toner dropout, is bridged ({@link #bridgedDropout}). */
    static final double DROPOUT_PT = 16;
    /** A gap this long (points) is bridged where dropout left the ruling dotted along it ({@link #DOTTED_SHARE}). */
    static final double DOTTED_PT = 40;
    /** The share of a gap's pixels along that hold ink on the ruling's own line for the gap to be dotted. */
    private static final double DOTTED_SHARE = 0.12;

    /**
     * The rulings with the gaps toner dropout left in them closed. A 1-bit copy loses thin lines and light strokes
     * where its toner thins out: a ruling comes in pieces with paper between them, or with a dotted trail of its
     * ink, and an end of a piece stops short of the ruling it ran into. A ruling of a table ends on a ruling across;
     * a piece's end that meets none ({@link #dangling}) was cut by dropout, where the piece or the one it goes on
     * with meets a ruling across somewhere (a rule of something else in a cell, an underline, meets none). Two pieces along one line whose gap has
     * such an end on at least one side are one ruling where the gap is at most {@link #DROPOUT_PT} of paper, or at
     * most {@link #DOTTED_PT} with its trail dotted, and no stroke of text crosses it (a column ruling stopped by a
     * cell merged across a row, and resumed below it, meets row rulings at both ends of its gap). A gap both of whose
     * ends meet no ruling across lies inside one cell, where a ruling cannot have been left open on purpose: there
     * paper up to {@link #DOTTED_PT} is bridged too (a 1-bit copy drops runs of a thin rule that long, and the cells
     * it parts were read as one).
     */
    static List<Line> bridgedDropout(ScanRaster r, List<Line> lines, int reach) {
        return joinedAlong(lines, (q, p, across) -> {
            if (q.to() >= p.from() || !meetsAny(q, across, reach) && !meetsAny(p, across, reach)) {
                return false;
            }
            boolean before = dangling(q, q.to(), across, reach), after = dangling(p, p.from(), across, reach);
            return (before || after) && droppedOut(r, q.horizontal(), (q.at() + p.at()) / 2, q.to() + 1,
                    p.from() - 1, before && after ? DOTTED_PT : DROPOUT_PT);
        }, false);
    }

    /**
     * The rulings with each end that stops short of a ruling across it ({@link #dangling}) carried on to the
     * nearest ruling across beyond it, where toner dropout left the gap between ({@link #droppedOut}): a row rule
     * that stops a few points before the frame leaves the cells it parts merged. A side of the frame that dropout
     * took whole counts as a ruling across where the other rulings end ({@link #lostSides}).
     */
    static List<Line> reachingAcross(ScanRaster r, List<Line> lines, int reach) {
        List<Line> out = new ArrayList<>();
        boolean changed = false;
        List<Line> sides = new ArrayList<>(lines);
        sides.addAll(lostSides(lines, true, reach));
        sides.addAll(lostSides(lines, false, reach));
        for (Line l : lines) {
            List<Line> across = sides.stream().filter(a -> a.horizontal() != l.horizontal()
                    && (a.from() - reach <= l.at() && l.at() <= a.to() + reach || cornerLost(r, a, l, lines, reach)))
                    .toList();
            int from = l.from(), to = l.to();
            if (!meetsAny(l, across, reach)) {
                out.add(l); // a rule of something else inside a cell (an underline, a stroke) is no table ruling
                continue;
            }
            if (dangling(l, from, across, reach)) {
                Line before = across.stream().filter(a -> a.at() < l.from()).max(java.util.Comparator
                        .comparingDouble(Line::at)).orElse(null);
                if (before != null && droppedOut(r, l.horizontal(), l.at(), (int) Math.round(before.at()) + 1,
                        l.from() - 1)) {
                    from = (int) Math.round(before.at());
                }
            }
            if (dangling(l, to, across, reach)) {
                Line after = across.stream().filter(a -> a.at() > l.to()).min(java.util.Comparator
                        .comparingDouble(Line::at)).orElse(null);
                if (after != null && droppedOut(r, l.horizontal(), l.at(), l.to() + 1,
                        (int) Math.round(after.at()) - 1)) {
                    to = (int) Math.round(after.at());
                }
            }
            changed |= from != l.from() || to != l.to();
            out.add(from == l.from() && to == l.to() ? l : new Line(l.horizontal(), l.at(), from, to, l.thickness()));
        }
        return changed ? out : lines;
    }

    /**
     * Whether {@code a} stops short of {@code l}'s line at an end that meets no ruling across, over a gap that
     * dropout left ({@link #droppedOut}): the corner where the two met was lost, both stopping short of it.
     */
    private static boolean cornerLost(ScanRaster r, Line a, Line l, List<Line> lines, int reach) {
        List<Line> acrossA = lines.stream().filter(o -> o.horizontal() != a.horizontal()).toList();
        if (l.at() < a.from() - reach) {
            return dangling(a, a.from(), acrossA, reach)
                    && droppedOut(r, a.horizontal(), a.at(), (int) Math.round(l.at()) + 1, a.from() - 1);
        }
        if (l.at() > a.to() + reach) {
            return dangling(a, a.to(), acrossA, reach)
                    && droppedOut(r, a.horizontal(), a.at(), a.to() + 1, (int) Math.round(l.at()) - 1);
        }
        return false;
    }

    /** How many rulings one way must end at one place, with no ruling across there, to show a side lost there. */
    private static final int SIDE_ENDS = 3;

    /**
     * The sides of a table that dropout took whole, as rulings the other way: where {@link #SIDE_ENDS} or more
     * rulings {@code horizontal} end at one place (within {@code reach}) and no ruling across stands there, the
     * frame's side ran along their ends, from the first of them to the last.
     */
    private static List<Line> lostSides(List<Line> lines, boolean horizontal, int reach) {
        List<Line> along = lines.stream().filter(l -> l.horizontal() == horizontal).toList();
        List<Line> across = lines.stream().filter(l -> l.horizontal() != horizontal).toList();
        List<Line> out = new ArrayList<>();
        for (boolean start : new boolean[] {true, false}) {
            List<Line> byEnd = along.stream().sorted(java.util.Comparator.comparingInt(l -> start ? l.from() : l.to()))
                    .toList();
            for (int i = 0; i < byEnd.size(); ) {
                int end = start ? byEnd.get(i).from() : byEnd.get(i).to(), j = i;
                while (j < byEnd.size() && (start ? byEnd.get(j).from() : byEnd.get(j).to()) - end <= 2 * reach) {
                    j++;
                }
                List<Line> group = byEnd.subList(i, j);
                double at = group.stream().mapToInt(l -> start ? l.from() : l.to()).average().orElse(end);
                if (group.size() >= SIDE_ENDS && across.stream().noneMatch(a -> Math.abs(a.at() - at) <= reach
                        && group.stream().anyMatch(l -> a.from() - reach <= l.at() && l.at() <= a.to() + reach))) {
                    // the side ran as far as the table: the rulings across that the ends' rulings meet
                    List<Line> met = across.stream().filter(a -> group.stream().anyMatch(l -> horizontal
                            ? meet(l, a, reach) : meet(a, l, reach))).toList();
                    int first = (int) Math.floor(Math.min(group.stream().mapToDouble(Line::at).min().orElse(0),
                            met.stream().mapToInt(Line::from).min().orElse(Integer.MAX_VALUE)));
                    int last = (int) Math.ceil(Math.max(group.stream().mapToDouble(Line::at).max().orElse(0),
                            met.stream().mapToInt(Line::to).max().orElse(Integer.MIN_VALUE)));
                    out.add(new Line(!horizontal, Math.round(at), first, last, 1));
                }
                i = j;
            }
        }
        return out;
    }

    /** Whether {@code line} meets or crosses one of the rulings {@code across} (within {@code reach}). */
    private static boolean meetsAny(Line line, List<Line> across, int reach) {
        return across.stream().anyMatch(a -> a.horizontal() != line.horizontal() && (line.horizontal()
                ? meet(line, a, reach) : meet(a, line, reach)));
    }

    /** Whether {@code line}'s end at {@code end} meets none of the rulings {@code across} (within {@code reach}). */
    private static boolean dangling(Line line, int end, List<Line> across, int reach) {
        return across.stream().noneMatch(a -> a.horizontal() != line.horizontal() && endsOn(line, end, a, reach));
    }

    /**
     * Whether the gap {@code from..to} along a line at {@code at} is what toner dropout leaves of a ruling: at most
     * {@link #DROPOUT_PT} long, or at most {@link #DOTTED_PT} with ink on the line's own row (or the one either side)
     * at {@link #DOTTED_SHARE} of its pixels, and crossed by no more than two strokes wider than a ruling (text, or
     * a character's bar, has ink four pixels either side of the line too; a dust speck or the trail has not).
     */
    static boolean droppedOut(ScanRaster r, boolean horizontal, double at, int from, int to) {
        return droppedOut(r, horizontal, at, from, to, DROPOUT_PT);
    }

    /** {@link #droppedOut}, with gaps of plain paper up to {@code plainPt} points taken as dropout. */
    private static boolean droppedOut(ScanRaster r, boolean horizontal, double at, int from, int to, double plainPt) {
        int length = to - from + 1, line = (int) Math.round(at);
        if (length <= 0) {
            return true;
        }
        if (length > DOTTED_PT * r.scale) {
            return false;
        }
        int trail = 0, crossed = 0;
        for (int i = from; i <= to; i++) {
            boolean ink = false;
            for (int d = -1; d <= 1 && !ink; d++) {
                ink = horizontal ? r.dark(i, line + d) : r.dark(line + d, i);
            }
            if (ink) {
                trail++;
                int w = 4;
                boolean before = horizontal ? r.dark(i, line - w) : r.dark(line - w, i);
                boolean after = horizontal ? r.dark(i, line + w) : r.dark(line + w, i);
                if (before && after) {
                    crossed++;
                }
            }
        }
        if (crossed > 2) {
            return false;
        }
        return length <= plainPt * r.scale || trail >= DOTTED_SHARE * length;
    }

    /** Whether {@code p}, starting no earlier than {@code q}, goes on with it ({@link #joinedAcross}). */
    private static boolean joins(ScanRaster r, Line q, Line p, List<Line> across, int reach, int near) {
        int gap = p.from() - q.to();
        if (gap <= near) {
            return true;
        }
        if (across.stream().anyMatch(a -> gap <= a.thickness() + 2 * reach
                && q.to() - reach <= a.at() && a.at() <= p.from() + reach
                && a.from() - reach <= p.at() && p.at() <= a.to() + reach)) {
            return true;
        }
        return faintAlong(r, q.horizontal(), (q.at() + p.at()) / 2, q.to() + 1, p.from() - 1);
    }

    /**
     * Whether the gap {@code from..to} along a line at {@code at} holds the line printed light: at least
     * {@link #FAINT_SHARE} of its pixels along have a faint ridge ({@link #FAINT_RIDGE}), not dark ink, on the
     * line's own row or the one either side. A ruling faded unevenly (lamp fall-off, toner) is found by the
     * ordinary ridge in pieces only, while two rulings that merely stand in one line have paper, or text, between
     * them; a 1-bit copy has no light ink, and its black specks along a gap are no evidence of a line.
     */
    private static boolean faintAlong(ScanRaster r, boolean horizontal, double at, int from, int to) {
        int line = (int) Math.round(at), ridged = 0, length = to - from + 1;
        int lines = horizontal ? r.height : r.width, along = horizontal ? r.width : r.height;
        if (length <= 0 || line < 3 || line >= lines - 3 || from < 0 || to >= along) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            for (int d = -1; d <= 1; d++) {
                int x = horizontal ? i : line + d, y = horizontal ? line + d : i;
                if (!r.dark(x, y) && linePixel(r, x, y, horizontal ? 0 : 1, horizontal ? 1 : 0, FAINT_RIDGE)) {
                    ridged++;
                    break;
                }
            }
        }
        return ridged >= FAINT_SHARE * length;
    }

    /** Gaps in one ruling this short (points) are noise eating its pixels, whatever lies in them. */
    private static final double NEAR_PT = 2.5;
    /** The share of a gap's pixels along that must hold a faint ridge for the pieces either side to be one. */
    private static final double FAINT_SHARE = 0.6;

    /** Whether {@code line}'s end at {@code end} lies on {@code across}, a ruling the other way, within {@code reach}. */
    private static boolean endsOn(Line line, int end, Line across, int reach) {
        return Math.abs(across.at() - end) <= reach && across.from() - reach <= line.at()
                && line.at() <= across.to() + reach;
    }

    /**
     * Whether the vertical {@code v} reaches into the horizontal {@code h}'s own thickness (give or take a pixel):
     * a ruling runs on into the line it meets, where a character's stroke leaves the cell's padding of paper.
     */
    private static boolean touch(Line h, Line v, int reach) {
        double tight = h.thickness() / 2.0 + 1;
        return h.from() - reach <= v.at() && v.at() <= h.to() + reach
                && v.from() - tight <= h.at() && h.at() <= v.to() + tight;
    }

    private static boolean meet(Line h, Line v, int reach) {
        return h.from() - reach <= v.at() && v.at() <= h.to() + reach
                && v.from() - reach <= h.at() && h.at() <= v.to() + reach;
    }

    /**
     * A ridge this much darker than the paper beside it is a ruling printed light (some templates draw the rules
     * between indicator rows in grey), which only a long run that ends on column rulings at both ends tells from
     * sensor noise and JPEG ringing.
     */
    private static final int FAINT_RIDGE = 8;

    /**
     * Row rulings printed so light that the ordinary ridge misses them: faint runs at least half as long as the
     * widest ruling found that start and end on a vertical ruling (a light rule runs from one column ruling to
     * another; noise ends anywhere) and stand apart from the rulings already found.
     */
    private static List<Line> faintRows(ScanRaster r, List<Line> horizontal, List<Line> vertical, int reach) {
        if (vertical.size() < 2) {
            return List.of();
        }
        int widest = horizontal.stream().mapToInt(h -> h.to() - h.from()).max().orElse(0);
        List<Line> out = new ArrayList<>();
        for (Line f : scan(r, true, FAINT_RIDGE)) {
            if (2 * (f.to() - f.from()) < widest) {
                continue; // a light rule parts rows across the table; a short faint run is JPEG or lamp shading
            }
            List<Line> found = horizontal.stream().filter(h -> along(h, f, reach)).toList();
            boolean known = !found.isEmpty() && uncovered(f, found) < MIN_HORIZONTAL_PT * r.scale;
            boolean startsOnColumn = vertical.stream().anyMatch(v -> endsOn(f, f.from(), v, reach));
            boolean endsOnColumn = vertical.stream().anyMatch(v -> endsOn(f, f.to(), v, reach));
            if (!known && startsOnColumn && endsOnColumn) {
                out.add(f);
            }
        }
        return out;
    }

    /** Share of a gap to a column ruling the faint ridge must fill for a row ruling to be carried across it. */
    private static final double GAP_FILLED = 0.8;

    /**
     * The row ruling {@code h} carried on to the column ruling nearest beyond each end that it stops short of,
     * where the faint ridge runs on along its row all the way there (but for a few pixels): deskewing blurs a thin
     * rule over two pixel rows, and where neither row holds enough of it the ruling is followed only so far, which
     * leaves the cells it parts merged.
     */
    private static Line toColumns(ScanRaster r, Line h, List<Line> vertical, int reach) {
        int from = h.from(), to = h.to();
        Line start = null, end = null;
        for (Line v : vertical) {
            if (v.from() - reach > h.at() || h.at() > v.to() + reach) {
                continue;
            }
            if (Math.abs(v.at() - h.from()) <= reach || Math.abs(v.at() - h.to()) <= reach) {
                continue;
            }
            if (v.at() < h.from() && (start == null || v.at() > start.at())) {
                start = v;
            }
            if (v.at() > h.to() && (end == null || v.at() < end.at())) {
                end = v;
            }
        }
        boolean onStart = vertical.stream().anyMatch(v -> endsOn(h, h.from(), v, reach));
        boolean onEnd = vertical.stream().anyMatch(v -> endsOn(h, h.to(), v, reach));
        if (!onStart && start != null && filled(r, h.at(), (int) Math.round(start.at()), h.from())) {
            from = (int) Math.round(start.at());
        }
        if (!onEnd && end != null && filled(r, h.at(), h.to(), (int) Math.round(end.at()))) {
            to = (int) Math.round(end.at());
        }
        return from == h.from() && to == h.to() ? h : new Line(true, h.at(), from, to, h.thickness());
    }

    private static boolean filled(ScanRaster r, double at, int from, int to) {
        int y = (int) Math.round(at), hits = 0;
        for (int x = from; x < to; x++) {
            for (int dy = -1; dy <= 1; dy++) {
                if (y + dy > 0 && y + dy < r.height - 1 && linePixel(r, x, y + dy, 0, 1, FAINT_RIDGE)) {
                    hits++;
                    break;
                }
            }
        }
        return to > from && hits >= GAP_FILLED * (to - from);
    }

    /** Whether the horizontal {@code h} runs along {@code f}, on its row within {@code reach}, for part of its length. */
    private static boolean along(Line h, Line f, int reach) {
        return h.horizontal() && Math.abs(h.at() - f.at()) <= reach && h.from() < f.to() && f.from() < h.to();
    }

    /** How many pixels of {@code f}'s length none of {@code found} covers. */
    private static int uncovered(Line f, List<Line> found) {
        List<Line> byStart = found.stream().sorted(java.util.Comparator.comparingInt(Line::from)).toList();
        int covered = 0, reached = f.from();
        for (Line h : byStart) {
            int from = Math.max(reached, h.from()), to = Math.min(f.to(), h.to());
            if (to > from) {
                covered += to - from;
                reached = to;
            }
        }
        return f.to() - f.from() - covered;
    }

    /**
     * A line from one edge of the image to the other is no ruling: a printed table keeps a margin on both sides,
     * and a page cut through its table loses it on one side only. It is a fold in the paper or the scanner's seam.
     */
    private static boolean edgeToEdge(Line l, int length) {
        return l.from() <= 0.02 * length && l.to() >= 0.98 * length;
    }

    /**
     * Every vertical run of line pixels the ordinary ridge finds, whether or not it meets a row ruling: the pieces
     * of column rulings whose row rulings a 1-bit copy lost, with the strokes of tall characters among them.
     */
    static List<Line> verticalRuns(ScanRaster r) {
        return scan(r, false, RIDGE).stream().filter(l -> !edgeToEdge(l, r.height)).toList();
    }

    private static List<Line> scan(ScanRaster r, boolean horizontal, int ridge) {
        int lines = horizontal ? r.height : r.width, length = horizontal ? r.width : r.height;
        int min = (int) Math.round((horizontal ? MIN_HORIZONTAL_PT : MIN_VERTICAL_PT) * r.scale);
        int maxThick = Math.max(2, (int) Math.round(MAX_THICKNESS_PT * r.scale));
        List<Open> open = new ArrayList<>();
        List<Line> out = new ArrayList<>();
        List<int[]>[] columns = horizontal ? null : columnRuns(r, min, ridge);
        for (int l = 0; l < lines; l++) {
            List<int[]> runs = horizontal ? runs(r, true, l, length, min, ridge) : columns[l];
            List<Open> next = new ArrayList<>();
            boolean[] taken = new boolean[runs.size()];
            for (Open o : open) {
                boolean continued = false;
                if (o.last >= l - 1 - APART) {
                    for (int i = 0; i < runs.size(); i++) {
                        int[] run = runs.get(i);
                        if (!taken[i] && run[0] < o.to && run[1] > o.from) {
                            taken[i] = true;
                            o.add(l, run);
                            continued = true;
                        }
                    }
                }
                if (continued || o.last >= l - APART) {
                    next.add(o);
                } else {
                    close(o, horizontal, maxThick, out, r, ridge);
                }
            }
            for (int i = 0; i < runs.size(); i++) {
                if (!taken[i]) {
                    Open o = new Open(l);
                    o.add(l, runs.get(i));
                    next.add(o);
                }
            }
            open = next;
        }
        for (Open o : open) {
            close(o, horizontal, maxThick, out, r, ridge);
        }
        return withoutSlivers(out);
    }

    /**
     * The lines without those that lie along another, longer one within its thickness: a thin line drifting from
     * one pixel row to the next is followed from where each of its rows starts, and the run that started along
     * the row it leaves is a sliver of the same ruling.
     */
    private static List<Line> withoutSlivers(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line s : lines) {
            boolean sliver = false;
            for (Line m : lines) {
                if (m != s && m.to() - m.from() > s.to() - s.from() && s.from() >= m.from() - APART
                        && s.to() <= m.to() + APART
                        && Math.abs(s.at() - m.at()) <= (m.thickness() + s.thickness()) / 2.0 + 1) {
                    sliver = true;
                    break;
                }
            }
            if (!sliver) {
                out.add(s);
            }
        }
        return out;
    }

    /** A ruling being followed across pixel rows (columns): its first and last row, its extent, each row's runs. */
    private static final class Open {
        final int first;
        int last, from = Integer.MAX_VALUE, to = Integer.MIN_VALUE;
        final List<int[]> rows = new ArrayList<>(); // {row, from, to}

        Open(int first) {
            this.first = first;
            this.last = first;
        }

        void add(int row, int[] run) {
            last = row;
            from = Math.min(from, run[0]);
            to = Math.max(to, run[1]);
            rows.add(new int[] {row, run[0], run[1]});
        }
    }

    private static final int RIDGE = 18;

    /**
     * Dark, or a ridge across the direction ({@code dx, dy} points across the line); a pixel too light to be a
     * ridge on its own is also a line's where it or a pixel beside it across is the core of a faint line spread
     * over three pixels ({@link #spreadRidge}): where a thin line passes from one pixel row to the next, both rows
     * hold it, so that the runs along either row overlap and are followed as one line. A darker pixel never counts
     * by the spread test: the grey edge of a bold character's stroke would pass it.
     */
    private static boolean linePixel(ScanRaster r, int x, int y, int dx, int dy, int ridge) {
        int v;
        if (x >= 0 && y >= 0 && x < r.width && y < r.height) {
            // the rasters' own arrays: this is asked of every pixel of the page, row and column, and mostly answered
            // from the pixel alone
            int i = y * r.width + x;
            if (r.darkPixels()[i]) {
                return true;
            }
            v = r.levelPixels()[i];
        } else {
            v = r.level(x, y);
        }
        int d = r.paper() - v;
        if (d < ridge / SPREAD_SHARE) {
            return false;
        }
        if (d >= ridge) {
            return lighterBeside(r, x, y, -dx, -dy, v, ridge) && lighterBeside(r, x, y, dx, dy, v, ridge);
        }
        return spreadRidge(r, x, y, dx, dy, ridge) || spreadRidge(r, x - dx, y - dy, dx, dy, ridge)
                || spreadRidge(r, x + dx, y + dy, dx, dy, ridge);
    }

    /** A pixel holding part of a spread line is at least this share of the ridge darker than the paper. */
    private static final int SPREAD_SHARE = 3;

    /**
     * Whether the pixel is the core of a thin line spread over it and the pixels either side of it across
     * ({@code dx, dy}): a hairline the scan's render and the rotation undoing its skew blurred over two or three
     * pixel rows, each too light for the ridge, where their darkness together is the line's. The core is the
     * darkest of the three; the three together make the ridge; and two and three pixels out on both sides it is
     * paper, lighter than the core by half the ridge (in a gap between characters the blur greys everything
     * alike).
     */
    private static boolean spreadRidge(ScanRaster r, int x, int y, int dx, int dy, int ridge) {
        int paper = r.paper();
        int core = paper - r.level(x, y);
        if (core < ridge / SPREAD_SHARE) {
            return false;
        }
        int before = Math.max(0, paper - r.level(x - dx, y - dy)), after = Math.max(0, paper - r.level(x + dx, y + dy));
        if (before > core || after > core || core + before + after < ridge) {
            return false;
        }
        int beside = Math.max(Math.max(paper - r.level(x - 2 * dx, y - 2 * dy), paper - r.level(x - 3 * dx, y - 3 * dy)),
                Math.max(paper - r.level(x + 2 * dx, y + 2 * dy), paper - r.level(x + 3 * dx, y + 3 * dy)));
        return beside <= core - ridge / 2 && beside <= core + before + after - ridge;
    }

    /**
     * Paper two and three pixels to one side; or paper two away and again five or six away, with the other line of
     * a frame drawn double (1.5 pt apart, three pixels) in between.
     */
    private static boolean lighterBeside(ScanRaster r, int x, int y, int dx, int dy, int v, int ridge) {
        int two = r.level(x + 2 * dx, y + 2 * dy), three = r.level(x + 3 * dx, y + 3 * dy);
        if (Math.min(two, three) >= v + ridge) {
            return true;
        }
        return two >= v + ridge
                && Math.max(r.level(x + 5 * dx, y + 5 * dy), r.level(x + 6 * dx, y + 6 * dy)) >= v + ridge;
    }

    private static void close(Open o, boolean horizontal, int maxThick, List<Line> out, ScanRaster r, int ridge) {
        int thickness = o.last - o.first + 1;
        if (thickness > maxThick) {
            int slanting = slantingThickness(o, maxThick);
            if (slanting > 0) {
                Line line = new Line(horizontal, (o.first + o.last) / 2.0, o.from, o.to, slanting);
                if (clearBeside(r, line) && unbroken(r, line, o.first, o.last, ridge)) {
                    out.add(line);
                }
                return;
            }
            Open ruling = alongBlob(o, maxThick);
            if (ruling == null) {
                int[] past = slantingPastBlobs(o, maxThick);
                if (past != null) {
                    Line line = new Line(horizontal, (past[0] + past[1]) / 2.0, o.from, o.to, past[2]);
                    if (clearBeside(r, line) && unbroken(r, line, past[0], past[1], ridge)) {
                        out.add(line);
                    }
                }
                return;
            }
            o = ruling;
            thickness = o.last - o.first + 1;
        }
        Line line = new Line(horizontal, (o.first + o.last) / 2.0, o.from, o.to, thickness);
        if (clearBeside(r, line) && unbroken(r, line, o.first, o.last, ridge)) {
            out.add(line);
        }
    }

    /**
     * How thick a ruling that slants across pixel rows (columns) is where it crosses each place along it, when
     * that is at most {@code maxThick} all along it; else 0. Deskewing squares the page as a whole, but a scan's
     * keystone leaves the frame's sides leaning a few pixels over the page's height, so that a frame drawn double
     * spans more rows than a ruling is thick, though nowhere along it is it thicker than its two lines.
     */
    static int slantingThickness(Open o, int maxThick) {
        int[][] span = placeSpans(o);
        int[] low = span[0], high = span[1];
        int places = low.length;
        int thickest = 0, covered = 0;
        for (int k = 0; k < places; k++) {
            if (high[k] >= low[k]) {
                covered++;
                thickest = Math.max(thickest, high[k] - low[k] + 1);
            }
        }
        // a wedge or a strip is thick somewhere along it; a ruling broken by noise is still found along most of it
        return thickest <= maxThick && 10 * covered >= 9 * places ? thickest : 0;
    }

    /**
     * The lowest and highest pixel row (column) of a ruling's run at each place 8 pixels apart along it
     * ({@code {low, high}}; a place no run reaches has low above high).
     */
    private static int[][] placeSpans(Open o) {
        int step = 8, places = (o.to - o.from) / step + 1;
        int[] low = new int[places], high = new int[places];
        java.util.Arrays.fill(low, Integer.MAX_VALUE);
        java.util.Arrays.fill(high, Integer.MIN_VALUE);
        for (int[] row : o.rows) {
            for (int k = (row[1] - o.from + step - 1) / step; k < places && o.from + k * step < row[2]; k++) {
                low[k] = Math.min(low[k], row[0]);
                high[k] = Math.max(high[k], row[0]);
            }
        }
        return new int[][] {low, high};
    }

    /**
     * A ruling that slants across pixel rows (columns) with blobs on it, as {@link #slantingThickness} measures it
     * where no blob is: a punched hole's shadow sitting on a frame side that keystone leaves leaning. Each blob
     * makes the places it covers thick, and the leaning side has no pixel row (column) holding half its length,
     * which {@link #alongBlob} looks for. The ruling is where the places are thin, when they are at least three
     * quarters of them and lie within a ruling's thickness plus its lean; a lid's strip or a corner's wedge is
     * thick along most of its length. Returns {first row, last row, thickness} of the thin places, or {@code null}.
     */
    static int[] slantingPastBlobs(Open o, int maxThick) {
        int[][] span = placeSpans(o);
        int[] low = span[0], high = span[1];
        int places = low.length;
        int covered = 0, thin = 0, thickest = 0, first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (int k = 0; k < places; k++) {
            if (high[k] < low[k]) {
                continue;
            }
            covered++;
            int t = high[k] - low[k] + 1;
            if (t <= maxThick) {
                thin++;
                thickest = Math.max(thickest, t);
                first = Math.min(first, low[k]);
                last = Math.max(last, high[k]);
            }
        }
        // the lean of a frame side keystone leaves: a few pixels over the page, one in a hundred at most
        int lean = maxThick + (o.to - o.from) / 100;
        if (10 * covered < 9 * places || 4 * thin < 3 * places || thin == 0 || last - first + 1 > lean) {
            return null;
        }
        return new int[] {first, last, thickest};
    }

    /** A blob on a ruling reaches at most this share of the ruling's length along it. */
    private static final int BLOB_SHARE = 4;

    /**
     * The ruling within a run of ink too thick to be one: where a blob touches a ruling along a short stretch (a
     * punched hole's shadow on the frame, a checkbox drawn against a column rule), the blob's short runs joined the
     * ruling's long ones and made it as thick as the blob. The rows whose runs reach at least half the extent are
     * the ruling (the others reaching no more than a quarter of it), when they lie within a ruling's thickness of
     * each other; otherwise ({@code null}) it is a band of ink, not a ruling (a scanner lid's strip, a corner's
     * wedge, a block of print).
     */
    private static Open alongBlob(Open o, int maxThick) {
        int extent = o.to - o.from;
        Open ruling = null;
        for (int[] row : o.rows) {
            if (2 * (row[2] - row[1]) < extent) {
                if (BLOB_SHARE * (row[2] - row[1]) > extent) {
                    return null; // a wedge or a strip narrowing along its length, no blob on a ruling
                }
                continue;
            }
            if (ruling == null) {
                ruling = new Open(row[0]);
            }
            ruling.add(row[0], new int[] {row[1], row[2]});
        }
        if (ruling == null || ruling.last - ruling.first + 1 > maxThick) {
            return null;
        }
        return ruling;
    }

    /** At most one break per 40 pixels: a run through a line of text breaks between every two characters. */
    private static boolean unbroken(ScanRaster r, Line line, int firstRow, int lastRow, int ridge) {
        int gaps = 0;
        boolean inGap = false;
        for (int p = line.from(); p < line.to(); p++) {
            boolean any = false;
            for (int k = firstRow; k <= lastRow && !any; k++) {
                any = line.horizontal() ? linePixel(r, p, k, 0, 1, ridge) : linePixel(r, k, p, 1, 0, ridge);
            }
            if (!any && !inGap) {
                gaps++;
            }
            inGap = !any;
        }
        return gaps * 40 <= line.to() - line.from();
    }

    /** Paper on both sides along at least half the line: a ruling, not a run through text. */
    private static boolean clearBeside(ScanRaster r, Line line) {
        int off = line.thickness() / 2 + 3;
        int c = (int) Math.round(line.at());
        int clear = 0, n = 0;
        for (int p = line.from(); p < line.to(); p++) {
            n++;
            boolean a = line.horizontal() ? r.dark(p, c - off) : r.dark(c - off, p);
            boolean b = line.horizontal() ? r.dark(p, c + off) : r.dark(c + off, p);
            if (!a && !b) {
                clear++;
            }
        }
        return n > 0 && clear >= 0.5 * n;
    }

    /**
     * {@link #runs} of every pixel column, found for all columns at once row by row: the image is read as it lies
     * in memory, where a column at a time went from row to row through the whole image for every pixel.
     */
    @SuppressWarnings("unchecked")
    private static List<int[]>[] columnRuns(ScanRaster r, int min, int ridge) {
        int w = r.width, length = r.height;
        List<int[]>[] runs = new List[w];
        int[] start = new int[w], lastDark = new int[w];
        for (int l = 0; l < w; l++) {
            runs[l] = new ArrayList<>();
            start[l] = -1;
            lastDark[l] = -1;
        }
        for (int p = 0; p <= length; p++) {
            for (int l = 0; l < w; l++) {
                boolean d = p < length && linePixel(r, l, p, 1, 0, ridge);
                if (d) {
                    if (start[l] < 0 || p - lastDark[l] > GAP + 1) {
                        if (start[l] >= 0 && lastDark[l] - start[l] + 1 >= min) {
                            runs[l].add(new int[] {start[l], lastDark[l] + 1});
                        }
                        start[l] = p;
                    }
                    lastDark[l] = p;
                }
            }
        }
        for (int l = 0; l < w; l++) {
            if (start[l] >= 0 && lastDark[l] - start[l] + 1 >= min) {
                runs[l].add(new int[] {start[l], lastDark[l] + 1});
            }
        }
        return runs;
    }

    /** Dark runs of one pixel row (or column) at least {@code min} long, gaps up to {@link #GAP} bridged. */
    private static List<int[]> runs(ScanRaster r, boolean horizontal, int l, int length, int min, int ridge) {
        List<int[]> runs = new ArrayList<>();
        int start = -1, lastDark = -1;
        for (int p = 0; p <= length; p++) {
            boolean d = p < length && (horizontal ? linePixel(r, p, l, 0, 1, ridge) : linePixel(r, l, p, 1, 0, ridge));
            if (d) {
                if (start < 0 || p - lastDark > GAP + 1) {
                    if (start >= 0 && lastDark - start + 1 >= min) {
                        runs.add(new int[] {start, lastDark + 1});
                    }
                    start = p;
                }
                lastDark = p;
            }
        }
        if (start >= 0 && lastDark - start + 1 >= min) {
            runs.add(new int[] {start, lastDark + 1});
        }
        return runs;
    }

    /**
     * The rulings with the frame's side put back where the page was cut through the table (a scan shifted or
     * cropped): where at least three rulings run into the same edge of the scanned image, a ruling at their outmost
     * end joins them, as the missing side of the frame did, and those stopping short of it are carried to it.
     * {@code toScan} maps this image's pixels back to the scan's ({@code width}×{@code height}): undone skew leaves
     * the scan's edge slanting across the image, so a ruling meets it at a different place on every row; {@code strips} (left, top, right, bottom) are how far in from
     * each edge of the scan a dark strip was made paper, the scan's true edge there. A line lying along an edge (the
     * scan's dark rim, a strip's border) runs into no edge: its end, wherever it stops, would put the side back
     * across the table. Returns the lines unchanged when nothing is cut.
     */
    static List<Line> closeCutFrame(List<Line> lines, int width, int height, java.awt.geom.AffineTransform toScan,
                                    int[] strips) {
        List<Line> out = new ArrayList<>(lines);
        List<Line> sides = new ArrayList<>();
        for (int side = 0; side < 4; side++) {
            boolean horizontal = side < 2; // rulings of this direction run into the left/right (or top/bottom) edge
            boolean low = side % 2 == 0;
            List<Integer> meeting = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                int end = low ? l.from() : l.to();
                double middle = (l.from() + l.to()) / 2.0;
                if (l.horizontal() == horizontal
                        && !atScanEdge(horizontal ? middle : l.at(), horizontal ? l.at() : middle, width, height,
                                toScan, strips)
                        && atScanEdge(horizontal ? end : l.at(), horizontal ? l.at() : end, width, height, toScan,
                                strips)) {
                    meeting.add(i);
                }
            }
            List<Integer> running = alongOneEdge(lines, meeting, low, toScan);
            double min = Double.MAX_VALUE, max = -1;
            int outmost = low ? Integer.MAX_VALUE : 0, inmost = low ? 0 : Integer.MAX_VALUE;
            for (int i : running) {
                Line l = lines.get(i);
                int end = low ? l.from() : l.to();
                min = Math.min(min, l.at());
                max = Math.max(max, l.at());
                outmost = low ? Math.min(outmost, end) : Math.max(outmost, end);
                inmost = low ? Math.max(inmost, end) : Math.min(inmost, end);
            }
            if (running.size() >= 3) {
                // undone skew slants the scan's edge across the image, so each ruling stops at another place:
                // the side stands at the outmost end and the shorter rulings are carried to it, else the cells of
                // the rows where the edge lies further out lose what was printed there (an amount's last digits).
                // A line along the edge between the ends (the scan's dark rim, the frame cut lengthwise) keeps the
                // side at the inmost end: put back outside it, the side would open a column (or row) of its own
                int near = Math.min(outmost, inmost) - CUT_EDGE, far = Math.max(outmost, inmost) + CUT_EDGE;
                double top = min, bottom = max;
                boolean rim = lines.stream().anyMatch(l -> l.horizontal() != horizontal && l.at() > near
                        && l.at() < far && l.from() <= bottom && l.to() >= top);
                int end = rim ? inmost : outmost;
                int at = low ? Math.max(1, end) : Math.min((horizontal ? width : height) - 2, end);
                for (int i : rim ? List.<Integer>of() : running) {
                    Line l = out.get(i);
                    out.set(i, new Line(l.horizontal(), l.at(), low ? Math.min(l.from(), at) : l.from(),
                            low ? l.to() : Math.max(l.to(), at), l.thickness()));
                }
                sides.add(new Line(!horizontal, at, (int) Math.floor(min), (int) Math.ceil(max) + 1, 1));
            }
        }
        // two sides cut (a page shifted past a corner) meet there: each reaches only as far as the rulings that ran
        // into it, the other side's closing line not among them, and the corner cell would stay open
        for (Line side : sides) {
            int from = side.from(), to = side.to();
            for (Line other : sides) {
                if (other.horizontal() != side.horizontal()) {
                    from = Math.min(from, (int) Math.floor(other.at()));
                    to = Math.max(to, (int) Math.ceil(other.at()) + 1);
                }
            }
            out.add(new Line(side.horizontal(), side.at(), from, to, side.thickness()));
        }
        return out;
    }

    /**
     * Of the rulings {@code meeting} an edge of the scan, those whose ends lie along one straight edge: the scan's
     * edge, slanted across the deskewed image by the skew undone ({@code toScan}), puts the ends of the rulings it
     * cut within that slant of one another. A line whose end stands further off than that (a dark strip's or a
     * corner's border, slanted by the same skew so that one end touches the edge while its middle does not) met no
     * cut edge: taken for one, it put the frame's side back across the middle of the table and every column beyond
     * it was lost. The ends are held against their median, which the rulings the edge cut make.
     */
    static List<Integer> alongOneEdge(List<Line> lines, List<Integer> meeting, boolean low,
                                      java.awt.geom.AffineTransform toScan) {
        if (meeting.size() < 3) {
            return meeting;
        }
        double angle = Math.atan2(toScan.getShearY(), toScan.getScaleX());
        double tan = Math.abs(Math.tan(angle));
        double slant = Math.min(tan, tan > 0 ? 1 / tan : 0);
        double first = Double.MAX_VALUE, last = -Double.MAX_VALUE;
        List<Integer> ends = new ArrayList<>();
        for (int i : meeting) {
            Line l = lines.get(i);
            first = Math.min(first, l.at());
            last = Math.max(last, l.at());
            ends.add(low ? l.from() : l.to());
        }
        List<Integer> sorted = ends.stream().sorted().toList();
        double median = (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2.0;
        double reach = slant * (last - first) + 4 * CUT_EDGE;
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < meeting.size(); k++) {
            if (Math.abs(ends.get(k) - median) <= reach) {
                out.add(meeting.get(k));
            }
        }
        return out;
    }

    /**
     * Within {@link #CUT_EDGE} pixels of the scan's edge (or of a strip cleared along it) or beyond it, or of this
     * image's own edge, past which deskewing turned part of the scan.
     */
    static boolean atScanEdge(double x, double y, int width, int height, java.awt.geom.AffineTransform toScan,
                                      int[] strips) {
        if (x <= CUT_EDGE || y <= CUT_EDGE || x >= width - 1 - CUT_EDGE || y >= height - 1 - CUT_EDGE) {
            return true;
        }
        java.awt.geom.Point2D p = toScan.transform(new java.awt.geom.Point2D.Double(x, y), null);
        int slack = CUT_EDGE + 2;
        return p.getX() <= strips[0] + (strips[0] > 0 ? slack : CUT_EDGE)
                || p.getY() <= strips[1] + (strips[1] > 0 ? slack : CUT_EDGE)
                || p.getX() >= width - 1 - strips[2] - (strips[2] > 0 ? slack : CUT_EDGE)
                || p.getY() >= height - 1 - strips[3] - (strips[3] > 0 ? slack : CUT_EDGE);
    }

    private static final int CUT_EDGE = 3;

    /** How much of the page's height a column ruling must run to be the side of a table. */
    static final double TABLE_SIDE = 0.2;

    /**
     * Whether the rulings are a table's columns without its rows: a column ruling runs a fifth of the page or more,
     * yet fewer than two row rulings cross it, where even one cell has a top and a bottom. A 1-bit copy breaks thin
     * row rules into dots the ridge cannot follow, and the cells between the columns would then merge whole.
     */
    static boolean rowsLost(List<Line> lines, int height) {
        return !rowlessSides(lines, height).isEmpty();
    }

    /** The column rulings of {@link #rowsLost}: a fifth of the page or more, crossed by fewer than two row rulings. */
    static List<Line> rowlessSides(List<Line> lines, int height) {
        int reach = 4;
        List<Line> out = new ArrayList<>();
        for (Line v : lines) {
            if (v.horizontal() || v.to() - v.from() < TABLE_SIDE * height) {
                continue;
            }
            long crossing = lines.stream().filter(h -> h.horizontal() && meet(h, v, reach)).count();
            if (crossing < 2) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether {@link #closeCutFrame} had to put a side back. */
    static boolean cut(List<Line> found, List<Line> closed) {
        return closed.size() > found.size();
    }

    /**
     * The rulings that end on a ruling across them at both ends (within a couple of points), or run at least a
     * third of the page's {@code width}: a table's own lines. A horizontal run along the top of a pen ring round an
     * option, or along the feet of a line of characters the ring touches, stops short of the cell's sides.
     */
    static List<Line> framed(List<Line> lines, int width, double scale) {
        int reach = Math.max(4, (int) Math.round(2 * scale));
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            boolean from = false, to = false;
            for (Line o : lines) {
                if (o.horizontal() != l.horizontal()) {
                    from |= endsOn(l, l.from(), o, reach);
                    to |= endsOn(l, l.to(), o, reach);
                }
            }
            if (from && to || l.to() - l.from() >= width / 3) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Clears the rulings' pixels as {@link #erase} does, but keeps them where a stroke crosses the ruling: where
     * {@code original} has ink just beyond the cleared band on both sides, within a few pixels along it, that is
     * not another ruling's. A pen ring drawn across a cell's ruling stays one closed stroke.
     */
    static void eraseKeepingCrossings(ScanRaster r, List<Line> lines, ScanRaster original) {
        List<int[]> keep = new ArrayList<>();
        for (Line line : lines) {
            int half = line.thickness() / 2 + 2;
            int c = (int) Math.round(line.at());
            for (int p = line.from(); p < line.to(); p++) {
                if (inkBeyond(original, line, p, c - half - 1, lines) && inkBeyond(original, line, p, c + half + 1,
                        lines)) {
                    keep.add(new int[] {line.horizontal() ? 1 : 0, p, c - half, c + half});
                }
            }
        }
        erase(r, lines);
        for (int[] k : keep) {
            for (int q = k[2]; q <= k[3]; q++) {
                int x = k[0] == 1 ? k[1] : q, y = k[0] == 1 ? q : k[1];
                r.restore(original, x, y);
            }
        }
    }

    /** How far along a ruling a slanting stroke's two sides of the ruling may stand apart. */
    private static final int SLANT = 3;

    private static boolean inkBeyond(ScanRaster r, Line line, int p, int across, List<Line> lines) {
        for (int d = -SLANT; d <= SLANT; d++) {
            int x = line.horizontal() ? p + d : across, y = line.horizontal() ? across : p + d;
            if (r.inked(x, y) && lines.stream().noneMatch(o -> o != line && within(o, x, y))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pixel is one {@link #erase} clears for one of the lines (or a pixel or two past its end). */
    static boolean underAny(List<Line> lines, int x, int y) {
        for (Line l : lines) {
            if (within(l, x, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Line l, int x, int y) {
        int half = l.thickness() / 2 + 2;
        int along = l.horizontal() ? x : y, across = l.horizontal() ? y : x;
        return along >= l.from() - half && along < l.to() + half && Math.abs(across - l.at()) <= half;
    }

    /** Clears the rulings' pixels (one pixel beyond their thickness) so what is left are characters and boxes. */
    static void erase(ScanRaster r, List<Line> lines) {
        for (Line line : lines) {
            int half = line.thickness() / 2 + 2;
            int c = (int) Math.round(line.at());
            for (int p = line.from(); p < line.to(); p++) {
                for (int k = c - half; k <= c + half; k++) {
                    if (line.horizontal()) {
                        r.clear(p, k);
                    } else {
                        r.clear(k, p);
                    }
                }
            }
        }
    }
}
